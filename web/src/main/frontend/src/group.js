/**
 * The group NIST P-256 (docs/protocol.md §2.1), its strict element decoding (§2.2), scalars and
 * challenges (§2.3), and randomness from the platform's cryptographic generator.
 */
import { p256 } from '@noble/curves/nist.js';
import { ProtocolError, bigIntToBytes, bytesToBigInt } from './encoding.js';

const Point = p256.Point;

/** The group order q. */
export const ORDER = Point.CURVE().n;
/** The field prime p. */
export const FIELD = Point.CURVE().p;
/** 2^128, the modulus of challenges. */
export const CHALLENGE_MODULUS = 1n << 128n;
/** The generator g. */
export const G = Point.BASE;
/** The identity (never valid in a message; may appear as an intermediate result). */
export const IDENTITY = Point.ZERO;

/** x mod q in 0..q−1. */
export function modQ(x) {
  const r = x % ORDER;
  return r < 0n ? r + ORDER : r;
}

/** k·P (written P^k in the protocol) for any integer k; the identity when k ≡ 0 or P is the identity. */
export function pow(point, k) {
  const e = modQ(k);
  if (e === 0n || point.is0()) return IDENTITY;
  return point.multiply(e);
}

/** g^k. */
export function gPow(k) {
  return pow(G, k);
}

/** k·P for public k (faster, not constant time): for checking proofs. */
export function powPublic(point, k) {
  const e = modQ(k);
  if (e === 0n || point.is0()) return IDENTITY;
  return point.multiplyUnsafe(e);
}

/**
 * Decodes an element as SEC1 compressed, refusing (the *group element check* of §2.2) a wrong
 * length, a wrong prefix, x ≥ p and an x not on the curve.
 */
export function decodeElement(bytes, what = 'element') {
  if (!(bytes instanceof Uint8Array) || bytes.length !== 33) {
    throw new ProtocolError(`group element check: ${what} must be 33 bytes`);
  }
  if (bytes[0] !== 0x02 && bytes[0] !== 0x03) {
    throw new ProtocolError(`group element check: ${what} must start with 02 or 03`);
  }
  if (bytesToBigInt(bytes.subarray(1)) >= FIELD) {
    throw new ProtocolError(`group element check: ${what} has a non-canonical x`);
  }
  let point;
  try {
    point = Point.fromBytes(bytes);
    point.assertValidity();
  } catch {
    throw new ProtocolError(`group element check: ${what} is not on the curve`);
  }
  if (point.is0()) throw new ProtocolError(`group element check: ${what} is the identity`);
  return point;
}

/** enc(P): 33 bytes compressed; the single byte 00 for the identity (only ever a proof commitment, §3.1). */
export function encodeElement(point) {
  if (point.is0()) return new Uint8Array([0]);
  return point.toBytes(true);
}

/** enc32(x) of a scalar 0 ≤ x < q. */
export function encodeScalar(x) {
  if (x < 0n || x >= ORDER) throw new ProtocolError('scalar check: a scalar lies in 0..q−1');
  return bigIntToBytes(x, 32);
}

/** Decodes a 32-byte scalar, refusing a wrong length or a value ≥ q (*scalar check*). */
export function decodeScalar(bytes, what = 'scalar') {
  if (bytes.length !== 32) throw new ProtocolError(`scalar check: ${what} must be 32 bytes`);
  const x = bytesToBigInt(bytes);
  if (x >= ORDER) throw new ProtocolError(`scalar check: ${what} must be below the group order`);
  return x;
}

/** enc16(c) of a challenge 0 ≤ c < 2^128. */
export function encodeChallenge(c) {
  return bigIntToBytes(c, 16);
}

/**
 * The randomness of every secret and nonce: the platform's cryptographic generator
 * (crypto.getRandomValues). Functions that draw randomness take a source like this one, so that
 * tests can replay the reference implementation's seeded stream; real use always takes this one.
 */
export const systemRandom = Object.freeze({
  bytes(n) {
    const out = new Uint8Array(n);
    globalThis.crypto.getRandomValues(out);
    return out;
  },
});

/** A uniformly random scalar in 1..q−1 (rejection sampling over 256 bits, as the reference). */
export function randomScalar(random = systemRandom) {
  for (;;) {
    const x = bytesToBigInt(random.bytes(32));
    if (x > 0n && x < ORDER) return x;
  }
}

/** A uniformly random challenge in 0..2^128−1 (16 bytes big-endian, as the reference). */
export function randomChallenge(random = systemRandom) {
  return bytesToBigInt(random.bytes(16));
}
