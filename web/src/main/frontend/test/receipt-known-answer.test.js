// The version 2 known-answer example of the reference (ballot-crypto's ReceiptKnownAnswerTest,
// kat/receipt-example.json: board key b = 555555555), reproduced here byte for byte: the context
// with its board key, code_0 binding the opening, code_1, the receipt digest and the signed receipt.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  checkReceipt, fromBase64Url, fromHex, genesisCode, readElection, receiptDigest, receiptFile, toBase64Url, toHex,
  trackingCode,
} from '../src/index.js';

const kat = {
  ballotDigest: '951fbc64110ab0fc33d8240019fe0bb1f1a7b2d678163774a348f3178914de33',
  baseHash: '3199ddcf67f0ebf659f5fb00c9505de77c2cc14a5475ee539f7e3cd0c0de144d',
  boardKey: '021c7e3234cff1eb36e8286653ccaadf48be85a37e604e359b4762dade97de7812',
  contextJson: '{"baseHash":"MZndz2fw6_ZZ9fsAyVBd53wswUpUde5Tn3480MDeFE0","boardKey":"Ahx-MjTP8es26ChmU8yq30i-haN-YE41m0di2t6X3ngS","ceremonyDigest":"6xJVZOTPVaJuuoapCydJmv6j3GNtzREHyxeK7tYO6GA","eligible":15,"eligibleBasis":"active members of chapter Moderators Europe when voting opened","extendedHash":"aYFw-xNWqJnL8TPUaoOCC3vCi19KfXM7HAeX3H1AAIo","jointKey":"AvtQOI8pSY0Kk60l7Ew0A3udPMPMpHh-tv7aviswA-rI","opened":"2026-12-06T23:05:00Z","rollDigest":"A0jIJMvKABVILn3mqXcbw9835p4_q2m3iO90hyq6nr0"}',
  electionJson: '{"contests":[{"id":"motion-1","max":1,"method":"yes-no-abstain","min":1,"options":["yes","no","abstain"],"question":"Adopt the budget?","range":1}],"election":"kat-2026","format":"unionhall-election/2","group":"P-256","threshold":1,"title":"Known-answer election","trustees":1}',
  extendedHash: '698170fb1356a899cbf133d46a83820b7bc28b5f4a7d733b1c0797dc7d40008a',
  genesisCode: '48b49e30633a6a81073999233609170bf686575a3d3aa4c62c84d9df37348285',
  receipt: '{"code":"GR3-tMyco4nvwm3wgYtqf0T6u0JbxkDdgom_Ygs2WPM","election":"aYFw-xNWqJnL8TPUaoOCC3vCi19KfXM7HAeX3H1AAIo","format":"unionhall-receipt/2","previous":"SLSeMGM6aoEHOZkjNgkXC_aGV1o9OqTGLITZ3zc0goU","seq":1,"signature":"QveIZJ6EnirBO9gtxrU4_BYEnyriXKR_cxuzgcDYEbc4hCJ7Tu3Z9NwXjcwZfVkm","state":"cast"}',
  receiptDigest: '984d1e22e8085d42d0481047bffbc1965a5670b16d88fb431c15e608e83e6953',
  trackingCode1: '191dfeb4cc9ca389efc26df0818b6a7f44fabb425bc640dd8289bf620b3658f3',
};

test('the version 2 example: hashes, board key, code_0, code_1 and the receipt match the reference', () => {
  const e = readElection(kat.electionJson, kat.contextJson);
  assert.equal(toHex(e.baseHash), kat.baseHash);
  assert.equal(toHex(e.extendedHash), kat.extendedHash);
  assert.equal(toHex(e.boardKey.toBytes(true)), kat.boardKey);
  assert.equal(toHex(genesisCode(e)), kat.genesisCode);
  const code1 = trackingCode(e, genesisCode(e), 1, 'cast', fromHex(kat.ballotDigest));
  assert.equal(toHex(code1), kat.trackingCode1);
  const r = JSON.parse(kat.receipt);
  assert.equal(toHex(receiptDigest(e.extendedHash, 1, 'cast', fromBase64Url(r.previous), code1)), kat.receiptDigest);
  assert.deepEqual(checkReceipt(e, r, { seq: 1, code: toBase64Url(code1), state: 'cast' }), { ok: true, problems: [] });
  assert.equal(receiptFile(r), kat.receipt);
});
