/**
 * Byte encodings of the Unionhall ballot protocol (docs/protocol.md §1, §2.3, §2.4):
 * u32/u64 big-endian integers, UTF-8 text, base64url without padding, scalars and challenges.
 */

/** An input that breaks a rule of the protocol; the message names the check, as in §2 and §8. */
export class ProtocolError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ProtocolError';
  }
}

const textEncoder = new TextEncoder();

/** Concatenates byte arrays. */
export function concat(...arrays) {
  let length = 0;
  for (const a of arrays) length += a.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const a of arrays) {
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** u32(n): 4 bytes big-endian, 0 ≤ n < 2^32. */
export function u32(n) {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new ProtocolError(`u32 out of range: ${n}`);
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n, false);
  return out;
}

/** u64(n): 8 bytes big-endian, 0 ≤ n < 2^63 (n a safe integer or a bigint). */
export function u64(n) {
  const v = BigInt(n);
  if (v < 0n || v >= 1n << 63n) throw new ProtocolError(`u64 out of range: ${n}`);
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, v, false);
  return out;
}

/** utf8(s): UTF-8 bytes, no terminator. */
export function utf8(s) {
  return textEncoder.encode(s);
}

/** Lowercase hex of bytes. */
export function toHex(bytes) {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** Bytes of an even-length hex string. */
export function fromHex(hex) {
  if (hex.length % 2 !== 0 || /[^0-9a-fA-F]/.test(hex)) throw new ProtocolError('not a hex string');
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(2 * i, 2), 16);
  return out;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((ch, i) => [ch, i]));

/** base64url without padding (RFC 4648 §5), as every byte string in the record (§2.4). */
export function toBase64Url(bytes) {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63];
  }
  return out;
}

/**
 * Decodes base64url without padding, refusing every other spelling (*encoding check*, §2.4):
 * other alphabets, padding, an impossible length, non-zero unused trailing bits. When
 * {@code length} is given, the decoded bytes must have exactly that length.
 */
export function fromBase64Url(text, what = 'value', length = undefined) {
  if (typeof text !== 'string') throw new ProtocolError(`encoding check: ${what} must be a base64url string`);
  if (text.length % 4 === 1) throw new ProtocolError(`encoding check: ${what} has an impossible length`);
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let at = 0;
  for (const ch of text) {
    const v = LOOKUP.get(ch);
    if (v === undefined) throw new ProtocolError(`encoding check: ${what} is not base64url without padding`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (acc >> bits) & 0xff;
      acc &= (1 << bits) - 1;
    }
  }
  if (acc !== 0) throw new ProtocolError(`encoding check: ${what} has non-zero unused trailing bits`);
  if (length !== undefined && out.length !== length) {
    throw new ProtocolError(`encoding check: ${what} must be ${length} bytes, found ${out.length}`);
  }
  return out;
}

/** Unsigned big-endian integer of bytes. */
export function bytesToBigInt(bytes) {
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return v;
}

/** Fixed-length unsigned big-endian bytes of a non-negative bigint. */
export function bigIntToBytes(v, length) {
  if (v < 0n || v >= 1n << BigInt(8 * length)) throw new ProtocolError(`integer does not fit in ${length} bytes`);
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/** True when two byte arrays are equal (length and content). */
export function bytesEqual(a, b) {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a[i] ^ b[i];
  return d === 0;
}
