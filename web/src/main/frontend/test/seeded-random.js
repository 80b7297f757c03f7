/**
 * The reference implementation's deterministic test stream (ballot-crypto's SeededRandom):
 * SHA-256(utf8(seed + "/" + label) ‖ u64(counter)) blocks. For replaying known answers only.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { concat, u64, utf8 } from '../src/encoding.js';

export function seededRandom(seed, label) {
  const key = utf8(`${seed}/${label}`);
  let counter = 0;
  let block = new Uint8Array(0);
  let used = 0;
  return {
    bytes(n) {
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        if (used === block.length) {
          block = sha256(concat(key, u64(counter++)));
          used = 0;
        }
        out[i] = block[used++];
      }
      return out;
    },
  };
}
