/**
 * Signed receipts (protocol version 2): the board's signed statement that it accepted a ballot
 * at a position, extending a given board head. The booth checks the signature with the board key
 * of context.json before it tells the voter to keep the receipt; a receipt that does not check
 * proves nothing, and the voter is told so.
 */
import { ProtocolError, fromBase64Url, toBase64Url, u64, utf8 } from './encoding.js';
import { Tag, keyedHash } from './hash.js';
import { checkSchnorr } from './proofs.js';
import { canonicalJson } from './election.js';

/** The format name a receipt carries. */
export const RECEIPT_FORMAT = 'unionhall-receipt/2';

const FIELDS = ['code', 'election', 'format', 'previous', 'seq', 'signature', 'state'];

/** receiptDigest = HK(H_E, "unionhall/v2/receipt", u64(seq), utf8(state), previous, code). */
export function receiptDigest(extendedHash, seq, state, previous, code) {
  return keyedHash(extendedHash, Tag.RECEIPT, [u64(seq), utf8(state), previous, code]);
}

/**
 * Checks a receipt answered for a ballot: its fields and shape, that it names this election (its
 * H_E), the answered position, state and tracking code, and that the board key signed it.
 * {@code expected} holds what the server answered beside it ({ seq, code, state }). Returns
 * { ok, problems: [words] }; the problems name what a voter or a steward can act on.
 */
export function checkReceipt(election, receipt, expected = {}) {
  const problems = [];
  if (!receipt || typeof receipt !== 'object' || Array.isArray(receipt)) {
    return { ok: false, problems: ['the receipt is not a JSON object'] };
  }
  const extra = Object.keys(receipt).filter((k) => !FIELDS.includes(k));
  if (extra.length > 0) problems.push(`the receipt has fields a receipt does not have: ${extra.join(', ')}`);
  if (receipt.format !== RECEIPT_FORMAT) problems.push(`the receipt's format is not ${RECEIPT_FORMAT}`);
  if (!Number.isSafeInteger(receipt.seq) || receipt.seq < 1) problems.push('the receipt has no board position');
  if (receipt.state !== 'cast' && receipt.state !== 'challenged') problems.push('the receipt\'s state is neither cast nor challenged');
  const bytes = {};
  for (const [name, length] of [['election', 32], ['previous', 32], ['code', 32], ['signature', 48]]) {
    try {
      bytes[name] = fromBase64Url(receipt[name], `the receipt's ${name}`, length);
    } catch (e) {
      problems.push(e.message);
    }
  }
  if (bytes.election && receipt.election !== toBase64Url(election.extendedHash)) {
    problems.push('the receipt is for another election');
  }
  if (expected.code !== undefined && receipt.code !== expected.code) {
    problems.push('the receipt names another tracking code than the one answered');
  }
  if (expected.seq !== undefined && receipt.seq !== expected.seq) {
    problems.push(`the receipt names position ${receipt.seq}, the answer ${expected.seq}`);
  }
  if (expected.state !== undefined && receipt.state !== expected.state) {
    problems.push(`the receipt says ${receipt.state}, but the ballot was ${expected.state}`);
  }
  if (problems.length > 0) return { ok: false, problems };
  if (!election.boardKey) {
    return { ok: false, problems: ['this election publishes no board key, so no receipt of it can be checked'] };
  }
  const digest = receiptDigest(election.extendedHash, receipt.seq, receipt.state, bytes.previous, bytes.code);
  if (!checkSchnorr(election.extendedHash, Tag.RECEIPT_SIGNATURE, [digest], election.boardKey, bytes.signature)) {
    return { ok: false, problems: ['the receipt\'s signature does not check with the election\'s board key'] };
  }
  return { ok: true, problems: [] };
}

/** The receipt as the file a voter keeps: canonical JSON (§10.1) of exactly its fields. */
export function receiptFile(receipt) {
  const kept = {};
  for (const k of FIELDS) {
    if (receipt[k] === undefined) throw new ProtocolError(`the receipt has no ${k}`);
    kept[k] = receipt[k];
  }
  return canonicalJson(kept);
}

/** The file name of a kept receipt: receipt-ELECTION-SEQ.json. */
export function receiptFileName(electionId, receipt) {
  return `receipt-${electionId}-${receipt.seq}.json`;
}
