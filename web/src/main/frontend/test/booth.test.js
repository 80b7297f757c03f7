// The voter's role: ballots of every contest kind check, tampering is caught, openings check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ProtocolError, Tag, baseHash, ballotProblems, checkOpening, credentialBackup, credentialFromBackup, encodeElement,
  encryptBallot, gPow, keyedHash, newCredential, plainHash, randomScalar, readElection, readManifest, toBase64Url, utf8,
} from '../src/index.js';

const manifest = {
  contests: [
    { id: 'motion-7', max: 1, method: 'yes-no-abstain', min: 1, options: ['yes', 'no', 'abstain'], question: 'Adopt?', range: 1 },
    { id: 'chair', max: 1, method: 'one-of-n', min: 1, options: ['Ada', 'Bo', 'Cy', 'Di'], question: 'Chair?', range: 1 },
    { id: 'board', max: 2, method: 'approval', min: 1, options: ['Eli', 'Fay', 'Gus'], question: 'Board?', range: 1 },
    { id: 'mood', max: 6, method: 'score', min: 0, options: ['x', 'y', 'z'], question: 'Score?', range: 2 },
  ],
  election: 'e-42', format: 'unionhall-election/1', group: 'P-256', threshold: 1, title: 'Spring vote', trustees: 1,
};

/** A context consistent with the manifest (as the server publishes it), for a key g^s. */
function contextFor(m, s) {
  const key = gPow(s);
  const ceremonyDigest = plainHash(Tag.CEREMONY, [utf8('test ceremony')]);
  const rollDigest = plainHash(Tag.ROLL, [utf8('test roll')]);
  const hb = baseHash(readManifest(m));
  const he = keyedHash(hb, Tag.EXTENDED, [encodeElement(key), ceremonyDigest, rollDigest]);
  return { baseHash: toBase64Url(hb), ceremonyDigest: toBase64Url(ceremonyDigest), extendedHash: toBase64Url(he),
    jointKey: toBase64Url(encodeElement(key)), rollDigest: toBase64Url(rollDigest) };
}

function election() {
  const m = JSON.stringify(manifest);
  return { election: readElection(m, contextFor(m, randomScalar())) };
}

const choices = [[0, 1, 0], [0, 0, 1, 0], [1, 0, 1], [2, 0, 1]];

test('a ballot with yes/no/abstain, one-of-n, approval and score contests checks', () => {
  const { election: e } = election();
  const cred = newCredential();
  const { ballot, opening } = encryptBallot(e, cred.secret, choices);
  assert.deepEqual(ballotProblems(e, ballot), []);
  assert.equal(ballot.credential, cred.credential);
  assert.ok(ballot.contests[0].limit && ballot.contests[1].limit && ballot.contests[2].limit);
  assert.equal(ballot.contests[3].limit, undefined, 'a score contest has no limit proof');
  const check = checkOpening(e, ballot, opening);
  assert.equal(check.ok, true, check.problems.join('; '));
  assert.equal(check.checked, 13);
});

test('choices that break a contest rule are refused before anything is encrypted', () => {
  const { election: e } = election();
  const cred = newCredential();
  assert.throws(() => encryptBallot(e, cred.secret, [[1, 1, 0], ...choices.slice(1)]), /contest limit check/);
  assert.throws(() => encryptBallot(e, cred.secret, [[2, 0, 0], ...choices.slice(1)]), /selection range check/);
  assert.throws(() => encryptBallot(e, cred.secret, [...choices.slice(0, 2), [0, 0, 0], choices[3]]), /contest limit/);
  assert.throws(() => encryptBallot(e, cred.secret, choices.slice(1)), ProtocolError);
});

test('tampering with a ballot is caught by its checks', () => {
  const { election: e } = election();
  const cred = newCredential();
  const { ballot } = encryptBallot(e, cred.secret, choices);
  const swapped = structuredClone(ballot);
  [swapped.contests[0].selections[0], swapped.contests[0].selections[1]] = [swapped.contests[0].selections[1],
    swapped.contests[0].selections[0]];
  assert.match(ballotProblems(e, swapped).join(';'), /signature check/);
  const other = newCredential();
  const stolen = { ...structuredClone(ballot), credential: other.credential };
  assert.match(ballotProblems(e, stolen).join(';'), /selection proof check/);
  const wrongElection = { ...structuredClone(ballot), election: toBase64Url(new Uint8Array(32)) };
  assert.match(ballotProblems(e, wrongElection).join(';'), /binding check/);
  const offCurve = structuredClone(ballot);
  offCurve.contests[1].selections[2].alpha = toBase64Url(Uint8Array.of(2, ...new Uint8Array(31), 1));
  assert.match(ballotProblems(e, offCurve).join(';'), /group element check/);
});

test('an opening that lies about a value or a nonce fails the challenged ballot check', () => {
  const { election: e } = election();
  const cred = newCredential();
  const { ballot, opening } = encryptBallot(e, cred.secret, choices);
  const lie = structuredClone(opening);
  lie[0][0].value = 1;
  lie[0][1].value = 0;
  assert.match(checkOpening(e, ballot, lie).problems.join(';'), /does not re-encrypt/);
  const badNonce = structuredClone(opening);
  badNonce[2][1].nonce = toBase64Url(new Uint8Array(32).fill(255));
  assert.match(checkOpening(e, ballot, badNonce).problems.join(';'), /below the group order/);
});

test('a credential backup restores the same credential and refuses another election', () => {
  const cred = newCredential();
  const backup = credentialBackup('e-42', cred);
  assert.deepEqual(credentialFromBackup(JSON.stringify(backup), 'e-42'), cred);
  assert.throws(() => credentialFromBackup(backup, 'e-43'), /another election/);
  assert.throws(() => credentialFromBackup({ ...backup, credential: newCredential().credential }), /damaged/);
});

test('a context whose hashes do not match the manifest is refused', () => {
  const { election: e } = election();
  const context = contextFor(JSON.stringify(manifest), 5n);
  const changed = { ...manifest, title: 'Another title' };
  assert.throws(() => readElection(JSON.stringify(changed), context), /base hash does not match/);
  assert.throws(() => readElection(JSON.stringify(manifest), { ...context, rollDigest: context.ceremonyDigest }),
    /extended hash/);
  assert.ok(e.key);
});

test('a file that is not JSON is refused in words', () => {
  assert.throws(() => credentialFromBackup('not json'), /not a Unionhall backup file/);
});
