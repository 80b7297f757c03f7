/**
 * Hashing (docs/protocol.md §3): the framing of §3.1, the tags of §3.2, H (SHA-256), HK
 * (HMAC-SHA-256 keyed by H_B or H_E) and 128-bit Fiat–Shamir challenges CH (§3.3).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { hmac } from '@noble/hashes/hmac.js';
import { bytesToBigInt, concat, u32, utf8 } from './encoding.js';

/** Domain-separation tags (§3.2). */
export const Tag = Object.freeze({
  ELECTION_BASE: 'unionhall/v1/election-base',
  CEREMONY: 'unionhall/v1/ceremony',
  ROLL: 'unionhall/v1/roll',
  EXTENDED: 'unionhall/v1/extended',
  COEFFICIENT_PROOF: 'unionhall/v1/coefficient-proof',
  ENCRYPTION_KEY_PROOF: 'unionhall/v1/encryption-key-proof',
  SHARE_PAD: 'unionhall/v1/share-pad',
  SHARE_MAC: 'unionhall/v1/share-mac',
  COMPLAINT_PROOF: 'unionhall/v1/complaint-proof',
  SELECTION_PROOF: 'unionhall/v1/selection-proof',
  CONTEST_PROOF: 'unionhall/v1/contest-proof',
  BALLOT: 'unionhall/v1/ballot',
  BALLOT_SIGNATURE: 'unionhall/v1/ballot-signature',
  BOARD_GENESIS: 'unionhall/v1/board-genesis',
  TRACKING_CODE: 'unionhall/v1/tracking-code',
  DECRYPTION_PROOF: 'unionhall/v1/decryption-proof',
  // Version 2: the board's first code binds what was fixed when voting opened; receipts.
  BOARD_GENESIS_V2: 'unionhall/v2/board-genesis',
  RECEIPT: 'unionhall/v2/receipt',
  RECEIPT_SIGNATURE: 'unionhall/v2/receipt-signature',
});

/** frame(tag, parts…) = u32(len(tag)) ‖ tag ‖ (u32(len(part)) ‖ part)… (§3.1). */
export function frame(tag, parts) {
  const pieces = [];
  const t = utf8(tag);
  pieces.push(u32(t.length), t);
  for (const p of parts) pieces.push(u32(p.length), p);
  return concat(...pieces);
}

/** H(tag, parts…) = SHA-256(frame) — only for the base hash H_B. */
export function plainHash(tag, parts) {
  return sha256(frame(tag, parts));
}

/** HK(key, tag, parts…) = HMAC-SHA-256(key, frame). */
export function keyedHash(key, tag, parts) {
  return hmac(sha256, key, frame(tag, parts));
}

/** CH(key, tag, parts…): the first 16 bytes of HK as an unsigned integer below 2^128 (§3.3). */
export function challenge(key, tag, parts) {
  return bytesToBigInt(keyedHash(key, tag, parts).subarray(0, 16));
}
