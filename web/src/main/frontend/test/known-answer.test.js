// The worked example of docs/protocol.md §13, byte for byte, with the reference's seeded stream.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  Tag, baseHash, ballotDigest, ballotProblems, boardBallot, canonicalJson, credentialFromSecret, encodeElement, encryptBallot,
  fromBase64Url, fromHex, gPow, genesisCode, keyedHash, plainHash, readElection, readManifest, toBase64Url, toHex,
  trackingCode, u32, u64, utf8,
} from '../src/index.js';
import { seededRandom } from './seeded-random.js';

const kat = JSON.parse(readFileSync(new URL('../../../../../ballot-crypto/src/test/resources/kat/worked-example.json',
  import.meta.url), 'utf8'));

const TRUSTEE_SECRET = 123456789n;
const CREDENTIAL_SECRET = 987654321n;

function katElection() {
  const manifest = readManifest(kat.electionJson);
  const hb = baseHash(manifest);
  const key = gPow(TRUSTEE_SECRET);
  const x = gPow(CREDENTIAL_SECRET);
  const rollDigest = keyedHash(hb, Tag.ROLL, [u32(1), encodeElement(x), u64(3)]);
  const ceremonyDigest = plainHash(Tag.CEREMONY, [utf8('example ceremony')]);
  const he = keyedHash(hb, Tag.EXTENDED, [encodeElement(key), ceremonyDigest, rollDigest]);
  const context = { baseHash: toBase64Url(hb), ceremonyDigest: toBase64Url(ceremonyDigest),
    extendedHash: toBase64Url(he), jointKey: toBase64Url(encodeElement(key)), rollDigest: toBase64Url(rollDigest) };
  return { election: readElection(kat.electionJson, JSON.stringify(context)), rollDigest, ceremonyDigest };
}

test('the generator, base hash, key, credential and digests match the worked example', () => {
  const { election, rollDigest, ceremonyDigest } = katElection();
  assert.equal(toHex(encodeElement(gPow(1n))), kat.generator);
  assert.equal(toHex(election.baseHash), kat.baseHash);
  assert.equal(toHex(election.keyBytes), kat.jointKey);
  assert.equal(toHex(fromBase64Url(credentialFromSecret(CREDENTIAL_SECRET).credential)), kat.credential);
  assert.equal(toHex(rollDigest), kat.rollDigest);
  assert.equal(toHex(ceremonyDigest), kat.ceremonyDigest);
  assert.equal(toHex(election.extendedHash), kat.extendedHash);
  assert.equal(toHex(genesisCode(election)), kat.genesisCode);
});

test('the "yes" ballot of the worked example is reproduced byte for byte', () => {
  const { election } = katElection();
  const { ballot, opening, digest } = encryptBallot(election, CREDENTIAL_SECRET, [[1, 0, 0]],
    seededRandom(2026, 'known-answer'));
  assert.equal(toHex(fromBase64Url(opening[0][0].nonce)), kat.nonceYes);
  const yes = ballot.contests[0].selections[0];
  assert.equal(toHex(fromBase64Url(yes.alpha)), kat.alphaYes);
  assert.equal(toHex(fromBase64Url(yes.beta)), kat.betaYes);
  assert.equal(toHex(fromBase64Url(yes.proof)), kat.proofYes);
  assert.equal(toHex(fromBase64Url(ballot.contests[0].limit)), kat.limitProof);
  assert.equal(toHex(digest), kat.ballotDigest);
  assert.equal(toHex(ballotDigest(election, ballot)), kat.ballotDigest);
  assert.equal(toHex(fromBase64Url(ballot.signature)), kat.signature);
  const code = trackingCode(election, genesisCode(election), 1, 'cast', digest);
  assert.equal(toHex(code), kat.trackingCode1);
  assert.equal(canonicalJson(ballot), kat.submittedBallot);
  const line = canonicalJson({ ballot: boardBallot(ballot), code: toBase64Url(code), seq: 1, state: 'cast' });
  assert.equal(line, kat.boardLine1);
  assert.equal(toHex(ballotDigest(election, boardBallot(ballot))), kat.ballotDigest);
  assert.deepEqual(ballotProblems(election, ballot), []);
});

test('the framing example of §13: the genesis code is HMAC over 0000001a ‖ tag', () => {
  const { election } = katElection();
  const framed = keyedHash(election.extendedHash, Tag.BOARD_GENESIS, []);
  assert.equal(toHex(framed), kat.genesisCode);
  assert.equal(toHex(u32(Tag.BOARD_GENESIS.length)), '0000001a');
  assert.equal(fromHex(kat.generator).length, 33);
});
