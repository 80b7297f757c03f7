/**
 * The zero-knowledge proofs of docs/protocol.md §5: Schnorr proof of knowledge (§5.1),
 * disjunctive Chaum–Pedersen range proof (§5.2, also the contest-limit proof of §5.3), and
 * equality of discrete logarithms (§5.4). Each has a prover and a checker; proofs are bytes.
 */
import { ProtocolError, bytesToBigInt, concat, u32 } from './encoding.js';
import {
  CHALLENGE_MODULUS, G, IDENTITY, ORDER, encodeChallenge, encodeElement, encodeScalar, gPow, modQ, pow, powPublic,
  randomChallenge, randomScalar, systemRandom,
} from './group.js';
import { challenge } from './hash.js';

const BRANCH = 48;

function splitBranches(bytes, count, what) {
  if (!(bytes instanceof Uint8Array) || bytes.length !== BRANCH * count) {
    throw new ProtocolError(`${what}: the proof must be ${BRANCH * count} bytes`);
  }
  const out = [];
  for (let i = 0; i < count; i++) {
    const c = bytesToBigInt(bytes.subarray(BRANCH * i, BRANCH * i + 16));
    const v = bytesToBigInt(bytes.subarray(BRANCH * i + 16, BRANCH * (i + 1)));
    if (v >= ORDER) throw new ProtocolError(`${what}: a response is not below the group order`);
    out.push({ c, v });
  }
  return out;
}

/** Schnorr proof (§5.1) that the prover knows x for X = g^x: enc16(c) ‖ enc32(v). */
export function proveSchnorr(key, tag, context, secret, random = systemRandom) {
  const x = gPow(secret);
  const u = randomScalar(random);
  const h = gPow(u);
  const c = challenge(key, tag, [...context, encodeElement(x), encodeElement(h)]);
  const v = modQ(u - c * secret);
  return concat(encodeChallenge(c), encodeScalar(v));
}

/** Checks a Schnorr proof for the public key X (a point). */
export function checkSchnorr(key, tag, context, publicKey, proof) {
  let parts;
  try {
    parts = splitBranches(proof, 1, 'Schnorr proof');
  } catch {
    return false;
  }
  const [{ c, v }] = parts;
  const h = powPublic(G, v).add(powPublic(publicKey, c));
  return challenge(key, tag, [...context, encodeElement(publicKey), encodeElement(h)]) === c;
}

function rangeChallenge(key, tag, context, lo, hi, electionKey, alpha, beta, commitments) {
  const parts = [...context, u32(lo), u32(hi), encodeElement(electionKey), encodeElement(alpha), encodeElement(beta)];
  for (const p of commitments) parts.push(encodeElement(p));
  return challenge(key, tag, parts);
}

/**
 * Range proof (§5.2) that (alpha, beta) = (g^r, K^r·g^m) encrypts m with lo ≤ m ≤ hi. Draws its
 * randomness in the reference order (u, then c_i and v_i of each other branch), so that a
 * replayed stream gives the reference's bytes. {@code electionKey} should carry a precomputed table.
 */
export function proveRange(key, tag, context, electionKey, alpha, beta, m, r, lo, hi, random = systemRandom) {
  if (m < lo || m > hi) throw new ProtocolError(`the value ${m} is outside ${lo}..${hi}`);
  const n = hi - lo + 1;
  const c = new Array(n);
  const v = new Array(n);
  const commitments = [];
  const u = randomScalar(random);
  let fakeSum = 0n;
  for (let i = 0; i < n; i++) {
    const value = lo + i;
    if (value === m) {
      commitments.push(gPow(u), pow(electionKey, u));
    } else {
      c[i] = randomChallenge(random);
      v[i] = randomScalar(random);
      // With r known: a_i = g^(v_i + r·c_i), b_i = K^(v_i + r·c_i) · g^((m − i)·c_i).
      const e = modQ(v[i] + r * c[i]);
      commitments.push(gPow(e), pow(electionKey, e).add(gPow(BigInt(m - value) * c[i])));
      fakeSum += c[i];
    }
  }
  const total = rangeChallenge(key, tag, context, lo, hi, electionKey, alpha, beta, commitments);
  const real = m - lo;
  c[real] = (((total - fakeSum) % CHALLENGE_MODULUS) + CHALLENGE_MODULUS) % CHALLENGE_MODULUS;
  v[real] = modQ(u - c[real] * r);
  const out = [];
  for (let i = 0; i < n; i++) out.push(encodeChallenge(c[i]), encodeScalar(v[i]));
  return concat(...out);
}

/** Checks a range proof (§5.2) for the ciphertext (alpha, beta) and the values lo..hi. */
export function checkRange(key, tag, context, electionKey, alpha, beta, lo, hi, proof) {
  let branches;
  try {
    branches = splitBranches(proof, hi - lo + 1, 'range proof');
  } catch {
    return false;
  }
  const commitments = [];
  let sum = 0n;
  for (let i = 0; i < branches.length; i++) {
    const { c, v } = branches[i];
    const shifted = beta.add(gPow(BigInt(-(lo + i))));
    commitments.push(powPublic(G, v).add(powPublic(alpha, c)));
    commitments.push(powPublic(electionKey, v).add(shifted.is0() ? IDENTITY : powPublic(shifted, c)));
    sum += c;
  }
  return sum % CHALLENGE_MODULUS === rangeChallenge(key, tag, context, lo, hi, electionKey, alpha, beta, commitments);
}

function equalityChallenge(key, tag, context, p, base, result, a, b) {
  return challenge(key, tag, [...context, encodeElement(p), encodeElement(base), encodeElement(result),
    encodeElement(a), encodeElement(b)]);
}

/** Chaum–Pedersen proof (§5.4) that log_g(g^s) = log_A(A^s); returns { result: A^s, proof }. */
export function proveEquality(key, tag, context, secret, base, random = systemRandom) {
  const p = gPow(secret);
  const result = pow(base, secret);
  const u = randomScalar(random);
  const c = equalityChallenge(key, tag, context, p, base, result, gPow(u), pow(base, u));
  const v = modQ(u - c * secret);
  return { result, proof: concat(encodeChallenge(c), encodeScalar(v)) };
}

/** Checks a Chaum–Pedersen proof that log_g(P) = log_A(M). */
export function checkEquality(key, tag, context, p, base, result, proof) {
  let parts;
  try {
    parts = splitBranches(proof, 1, 'equality proof');
  } catch {
    return false;
  }
  const [{ c, v }] = parts;
  const a = powPublic(G, v).add(powPublic(p, c));
  const b = powPublic(base, v).add(powPublic(result, c));
  return equalityChallenge(key, tag, context, p, base, result, a, b) === c;
}
