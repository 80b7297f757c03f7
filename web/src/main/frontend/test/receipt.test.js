// Signed receipts (version 2): a receipt signed with the board key checks; every tampered field,
// another election, another board key and a version 1 election are refused in words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  RECEIPT_FORMAT, Tag, baseHash, checkReceipt, encodeElement, gPow, keyedHash, plainHash,
  genesisCode, proveSchnorr, randomScalar, readElection, readManifest, receiptDigest, receiptFile, receiptFileName, toBase64Url,
  utf8,
} from '../src/index.js';

const manifest = {
  contests: [
    { id: 'motion-7', max: 1, method: 'yes-no-abstain', min: 1, options: ['yes', 'no', 'abstain'], question: 'Adopt?', range: 1 },
  ],
  election: 'e-42', format: 'unionhall-election/2', group: 'P-256', threshold: 1, title: 'Spring vote', trustees: 1,
};

/** election.json and a context.json as the server publishes them, with a board key B = g^b. */
function electionWithBoardKey(m, boardSecret) {
  const key = gPow(randomScalar());
  const ceremonyDigest = plainHash(Tag.CEREMONY, [utf8('test ceremony')]);
  const rollDigest = plainHash(Tag.ROLL, [utf8('test roll')]);
  const hb = baseHash(readManifest(m));
  const he = keyedHash(hb, Tag.EXTENDED, [encodeElement(key), ceremonyDigest, rollDigest]);
  const context = { baseHash: toBase64Url(hb), ceremonyDigest: toBase64Url(ceremonyDigest),
    extendedHash: toBase64Url(he), jointKey: toBase64Url(encodeElement(key)), rollDigest: toBase64Url(rollDigest) };
  if (boardSecret !== undefined) {
    Object.assign(context, { boardKey: toBase64Url(encodeElement(gPow(boardSecret))), eligible: 15,
      eligibleBasis: 'active members of the chapter when voting opened', opened: '2026-12-06T23:05:00Z' });
  }
  return readElection(JSON.stringify(m), context);
}

function bytes(n, fill) {
  return new Uint8Array(n).fill(fill);
}

/** A receipt as the server signs it (§5.1 Schnorr proof over the receipt digest). */
function sign(election, boardSecret, seq, state, previous, code) {
  const digest = receiptDigest(election.extendedHash, seq, state, previous, code);
  const signature = proveSchnorr(election.extendedHash, Tag.RECEIPT_SIGNATURE, [digest], boardSecret);
  return { code: toBase64Url(code), election: toBase64Url(election.extendedHash), format: RECEIPT_FORMAT,
    previous: toBase64Url(previous), seq, signature: toBase64Url(signature), state };
}

const boardSecret = randomScalar();
const e = electionWithBoardKey(manifest, boardSecret);
const receipt = sign(e, boardSecret, 7, 'cast', bytes(32, 1), bytes(32, 2));
const answered = { seq: 7, code: receipt.code, state: 'cast' };

test('a receipt signed with the board key checks against what the server answered', () => {
  assert.deepEqual(checkReceipt(e, receipt, answered), { ok: true, problems: [] });
  const challenged = sign(e, boardSecret, 8, 'challenged', bytes(32, 2), bytes(32, 3));
  assert.equal(checkReceipt(e, challenged, { seq: 8, state: 'challenged' }).ok, true);
});

test('changing any signed field breaks the signature', () => {
  const changes = {
    seq: 8, state: 'challenged', previous: toBase64Url(bytes(32, 9)), code: toBase64Url(bytes(32, 9)),
  };
  for (const [name, value] of Object.entries(changes)) {
    const check = checkReceipt(e, { ...receipt, [name]: value });
    assert.equal(check.ok, false, name);
    assert.match(check.problems.join(';'), /signature does not check/, name);
  }
  const flipped = toBase64Url(bytes(48, 0));
  assert.match(checkReceipt(e, { ...receipt, signature: flipped }).problems.join(';'), /signature does not check/);
});

test('a receipt signed by another key, or made for another election, is refused', () => {
  const forged = sign(e, randomScalar(), 7, 'cast', bytes(32, 1), bytes(32, 2));
  assert.match(checkReceipt(e, forged, answered).problems.join(';'), /signature does not check/);
  const other = electionWithBoardKey({ ...manifest, election: 'e-43' }, boardSecret);
  const theirs = sign(other, boardSecret, 7, 'cast', bytes(32, 1), bytes(32, 2));
  assert.match(checkReceipt(e, theirs, answered).problems.join(';'), /another election/);
});

test('a receipt that names another code, position or state than the answer is refused', () => {
  assert.match(checkReceipt(e, receipt, { ...answered, code: toBase64Url(bytes(32, 5)) }).problems.join(';'),
    /another tracking code/);
  assert.match(checkReceipt(e, receipt, { ...answered, seq: 6 }).problems.join(';'), /position 7, the answer 6/);
  assert.match(checkReceipt(e, receipt, { ...answered, state: 'challenged' }).problems.join(';'), /says cast/);
});

test('a receipt with a malformed or missing field, or an unknown one, is refused before any signature check', () => {
  assert.match(checkReceipt(e, { ...receipt, format: 'unionhall-receipt/1' }).problems.join(';'), /format/);
  assert.match(checkReceipt(e, { ...receipt, seq: 0 }).problems.join(';'), /no board position/);
  assert.match(checkReceipt(e, { ...receipt, previous: `${receipt.previous}=` }).problems.join(';'), /previous/);
  assert.match(checkReceipt(e, { ...receipt, code: receipt.code.slice(1) }).problems.join(';'), /code/);
  const { signature, ...unsigned } = receipt;
  assert.ok(signature);
  assert.match(checkReceipt(e, unsigned).problems.join(';'), /signature/);
  assert.match(checkReceipt(e, { ...receipt, voter: 'x' }).problems.join(';'), /fields a receipt does not have: voter/);
  assert.equal(checkReceipt(e, 'not an object').ok, false);
});

test('a version 1 election, or one of version 2 before voting opens, has no board key to check with', () => {
  const v1 = electionWithBoardKey({ ...manifest, format: 'unionhall-election/1' }, undefined);
  assert.equal(v1.boardKey, undefined);
  assert.match(checkReceipt(v1, receipt).problems.join(';'), /another election/);
  const same = { ...receipt, election: toBase64Url(v1.extendedHash) };
  assert.match(checkReceipt(v1, same).problems.join(';'), /publishes no board key/);
  const notOpen = electionWithBoardKey(manifest, undefined);
  assert.equal(notOpen.boardKey, undefined);
  assert.throws(() => genesisCode(notOpen), /starts when voting opens/);
});

test('the kept file is canonical JSON of exactly the receipt, named by election and position', () => {
  const text = receiptFile({ ...receipt });
  assert.equal(text, `{"code":"${receipt.code}","election":"${receipt.election}","format":"${RECEIPT_FORMAT}",`
    + `"previous":"${receipt.previous}","seq":7,"signature":"${receipt.signature}","state":"cast"}`);
  assert.deepEqual(checkReceipt(e, JSON.parse(text), answered), { ok: true, problems: [] });
  assert.equal(receiptFileName('e-42', receipt), 'receipt-e-42-7.json');
});
