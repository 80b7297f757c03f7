/**
 * The trustee's role (docs/protocol.md §6): the announcement (message 1), the encrypted shares
 * (message 2), receiving and checking the shares addressed to this trustee and the complaint
 * (message 3) when one is wrong, and the partial decryption of the tally (message 4). The
 * trustee's secrets live in a state object that the page keeps on the trustee's device only.
 */
import { ProtocolError, bytesEqual, fromBase64Url, toBase64Url, u32 } from './encoding.js';
import {
  IDENTITY, ORDER, decodeElement, decodeScalar, encodeElement, encodeScalar, gPow, modQ, pow, powPublic,
  randomScalar, systemRandom,
} from './group.js';
import { Tag, keyedHash } from './hash.js';
import { parseFile } from './booth.js';
import { checkEquality, checkSchnorr, proveEquality, proveSchnorr } from './proofs.js';

/** The format name of a trustee backup file. */
export const TRUSTEE_FORMAT = 'unionhall-trustee/1';

/**
 * A new trustee i (1..n) of an election: draws the polynomial a_(i,0..t−1) and the
 * share-encryption secret d_i (§6.2), in the reference order. {@code manifest} is from
 * readManifest; the returned state is what the trustee must keep secret and safe.
 */
export function newTrustee(manifest, index, random = systemRandom) {
  const { trustees: n, threshold: t } = manifest;
  if (!Number.isInteger(index) || index < 1 || index > n) throw new ProtocolError(`a trustee number lies in 1..${n}`);
  const coefficients = [];
  for (let k = 0; k < t; k++) coefficients.push(randomScalar(random));
  return { election: manifest.election, index, trustees: n, threshold: t, coefficients,
    encryptionSecret: randomScalar(random), keyShare: undefined };
}

/** The trustee's state as a backup file (JSON-ready; it holds secrets). */
export function trusteeBackup(state) {
  const out = {
    coefficients: state.coefficients.map((a) => toBase64Url(encodeScalar(a))),
    election: state.election,
    encryptionSecret: toBase64Url(encodeScalar(state.encryptionSecret)),
    format: TRUSTEE_FORMAT,
    threshold: state.threshold,
    trustee: state.index,
    trustees: state.trustees,
  };
  if (state.keyShare !== undefined) out.keyShare = toBase64Url(encodeScalar(state.keyShare));
  return out;
}

/** Reads a trustee backup file, checking that it is for this election and this manifest. */
export function trusteeFromBackup(backup, manifest) {
  const b = parseFile(backup);
  if (!b || b.format !== TRUSTEE_FORMAT) throw new ProtocolError('this is not a Unionhall trustee file');
  if (b.election !== manifest.election || b.trustees !== manifest.trustees || b.threshold !== manifest.threshold) {
    throw new ProtocolError('this trustee file belongs to another election');
  }
  if (!Array.isArray(b.coefficients) || b.coefficients.length !== manifest.threshold) {
    throw new ProtocolError('the trustee file is damaged: wrong number of coefficients');
  }
  const scalar = (v, what) => {
    const x = decodeScalar(fromBase64Url(v, what, 32), what);
    if (x === 0n) throw new ProtocolError(`the trustee file is damaged: ${what} is zero`);
    return x;
  };
  return {
    election: b.election, index: b.trustee, trustees: b.trustees, threshold: b.threshold,
    coefficients: b.coefficients.map((a) => scalar(a, 'coefficient')),
    encryptionSecret: scalar(b.encryptionSecret, 'encryption secret'),
    keyShare: b.keyShare === undefined ? undefined : scalar(b.keyShare, 'key share'),
  };
}

/** Message 1 (§6.2): the announcement in its record form (§10.4). */
export function announce(state, baseHash, random = systemRandom) {
  const commitments = [];
  const coefficientProofs = [];
  state.coefficients.forEach((a, k) => {
    commitments.push(toBase64Url(encodeElement(gPow(a))));
    coefficientProofs.push(toBase64Url(proveSchnorr(baseHash, Tag.COEFFICIENT_PROOF, [u32(state.index), u32(k)], a,
      random)));
  });
  const encryptionKeyProof = toBase64Url(proveSchnorr(baseHash, Tag.ENCRYPTION_KEY_PROOF, [u32(state.index)],
    state.encryptionSecret, random));
  return { coefficientProofs, commitments, encryptionKey: toBase64Url(encodeElement(gPow(state.encryptionSecret))),
    encryptionKeyProof, trustee: state.index };
}

/**
 * Decodes and checks an announcement (§6.2, check V3): its index, t commitments and proofs, every
 * element on the curve, every Schnorr proof valid. Returns { trustee, encryptionKey, commitments }
 * as points, or throws naming the problem.
 */
export function readAnnouncement(baseHash, manifest, a) {
  const { trustees: n, threshold: t } = manifest;
  if (!a || !Number.isInteger(a.trustee) || a.trustee < 1 || a.trustee > n) {
    throw new ProtocolError(`announcement check: the trustee number must lie in 1..${n}`);
  }
  const i = a.trustee;
  if (!Array.isArray(a.commitments) || !Array.isArray(a.coefficientProofs)
    || a.commitments.length !== t || a.coefficientProofs.length !== t) {
    throw new ProtocolError(`announcement check: trustee ${i} must publish ${t} commitments and ${t} proofs`);
  }
  const encryptionKey = decodeElement(fromBase64Url(a.encryptionKey, 'encryptionKey', 33), `trustee ${i}'s encryption key`);
  if (!checkSchnorr(baseHash, Tag.ENCRYPTION_KEY_PROOF, [u32(i)], encryptionKey,
    fromBase64Url(a.encryptionKeyProof, 'encryptionKeyProof', 48))) {
    throw new ProtocolError(`announcement check: trustee ${i}'s encryption key proof fails`);
  }
  const commitments = a.commitments.map((c, k) => {
    const point = decodeElement(fromBase64Url(c, 'commitment', 33), `trustee ${i}'s commitment ${k}`);
    if (!checkSchnorr(baseHash, Tag.COEFFICIENT_PROOF, [u32(i), u32(k)], point,
      fromBase64Url(a.coefficientProofs[k], 'coefficientProof', 48))) {
      throw new ProtocolError(`announcement check: trustee ${i}'s coefficient proof ${k} fails`);
    }
    return point;
  });
  return { trustee: i, encryptionKey, commitments };
}

/** Π_k C_k^(j^k) (Feldman, §6.3). */
export function feldman(commitments, j) {
  let acc = commitments[0];
  let power = 1n;
  for (let k = 1; k < commitments.length; k++) {
    power = modQ(power * BigInt(j));
    acc = acc.add(powPublic(commitments[k], power));
  }
  return acc;
}

/** The joint key K = Π_i C_(i,0) (§6.5) of checked announcements. */
export function jointKey(announcements) {
  return announcements.reduce((acc, a) => acc.add(a.commitments[0]), IDENTITY);
}

/** Trustee j's public share P_j (§6.5) of checked announcements. */
export function publicShare(announcements, j) {
  return announcements.reduce((acc, a) => acc.add(feldman(a.commitments, j)), IDENTITY);
}

function evaluate(state, x) {
  let acc = 0n;
  const xx = BigInt(x);
  for (let k = state.threshold - 1; k >= 0; k--) acc = modQ(acc * xx + state.coefficients[k]);
  return acc;
}

function padAndMac(baseHash, from, to, ephemeral, secret, ciphertext) {
  const pad = keyedHash(baseHash, Tag.SHARE_PAD, [u32(from), u32(to), encodeElement(ephemeral), encodeElement(secret)]);
  const mac = keyedHash(baseHash, Tag.SHARE_MAC, [u32(from), u32(to), encodeElement(ephemeral), encodeElement(secret),
    ciphertext]);
  return { pad, mac };
}

function xor32(a, b) {
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = a[i] ^ b[i];
  return out;
}

/**
 * Message 2 (§6.3): P_i(j) for every other trustee j, encrypted to j's announced key, in the
 * record form {ciphertext, ephemeral, from, mac, to} ordered by recipient. Every announcement
 * (raw JSON) is checked first.
 */
export function sealShares(state, baseHash, manifest, announcements, random = systemRandom) {
  const checked = announcements.map((a) => readAnnouncement(baseHash, manifest, a)).sort((x, y) => x.trustee - y.trustee);
  if (checked.length !== manifest.trustees || checked.some((a, k) => a.trustee !== k + 1)) {
    throw new ProtocolError(`ceremony check: one announcement from each of the ${manifest.trustees} trustees is needed`);
  }
  const out = [];
  for (const a of checked) {
    if (a.trustee === state.index) continue;
    const e = randomScalar(random);
    const ephemeral = gPow(e);
    const secret = pow(a.encryptionKey, e);
    const { pad } = padAndMac(baseHash, state.index, a.trustee, ephemeral, secret, new Uint8Array(0));
    const ciphertext = xor32(encodeScalar(evaluate(state, a.trustee)), pad);
    const { mac } = padAndMac(baseHash, state.index, a.trustee, ephemeral, secret, ciphertext);
    out.push({ ciphertext: toBase64Url(ciphertext), ephemeral: toBase64Url(encodeElement(ephemeral)),
      from: state.index, mac: toBase64Url(mac), to: a.trustee });
  }
  return out;
}

/**
 * Receives the shares addressed to this trustee (§6.3): for each, S = R^(d_j), the MAC, σ < q,
 * σ ≠ 0 and the Feldman equation. When all n−1 shares pass, the key share s_j = Σ_i P_i(j) is
 * kept in the state and checked against the public share P_j. Otherwise one complaint
 * (message 3, §6.4: {from, proof, sharedSecret, to}) per wrong share is returned and nothing is kept.
 * Returns { complaints, problems: [words], keyShareKept }.
 */
export function receiveShares(state, baseHash, manifest, announcements, shares, random = systemRandom) {
  const checked = announcements.map((a) => readAnnouncement(baseHash, manifest, a));
  const byIndex = new Map(checked.map((a) => [a.trustee, a]));
  const complaints = [];
  const problems = [];
  const seen = new Set();
  let sum = evaluate(state, state.index);
  for (const share of shares) {
    if (share.to !== state.index) continue;
    const from = share.from;
    if (!Number.isInteger(from) || from === state.index || seen.has(from) || !byIndex.has(from)) {
      problems.push(`a share claims to come from trustee ${from}, who cannot send one here`);
      continue;
    }
    seen.add(from);
    const ephemeral = decodeElement(fromBase64Url(share.ephemeral, 'share ephemeral', 33), `trustee ${from}'s share`);
    const secret = pow(ephemeral, state.encryptionSecret);
    const value = openShare(baseHash, share, ephemeral, secret, byIndex.get(from));
    if (value !== undefined) {
      sum = modQ(sum + value);
    } else {
      const { proof } = proveEquality(baseHash, Tag.COMPLAINT_PROOF, [u32(from), u32(state.index)],
        state.encryptionSecret, ephemeral, random);
      complaints.push({ from, proof: toBase64Url(proof), sharedSecret: toBase64Url(encodeElement(secret)),
        to: state.index });
      problems.push(`the share from trustee ${from} is wrong`);
    }
  }
  const keyShareKept = complaints.length === 0 && problems.length === 0 && seen.size === manifest.trustees - 1;
  if (keyShareKept) {
    if (!gPow(sum).equals(publicShare(checked, state.index))) {
      throw new ProtocolError('ceremony check: the key share does not match the published commitments');
    }
    state.keyShare = sum;
  } else if (complaints.length === 0 && problems.length === 0) {
    problems.push(`${manifest.trustees - 1 - seen.size} share(s) addressed to you have not arrived yet`);
  }
  return { complaints, problems, keyShareKept };
}

function openShare(baseHash, share, ephemeral, secret, sender) {
  let ciphertext;
  let mac;
  try {
    ciphertext = fromBase64Url(share.ciphertext, 'share ciphertext', 32);
    mac = fromBase64Url(share.mac, 'share mac', 32);
  } catch {
    return undefined;
  }
  const expected = padAndMac(baseHash, share.from, share.to, ephemeral, secret, ciphertext);
  if (!bytesEqual(expected.mac, mac)) return undefined;
  const plain = xor32(ciphertext, expected.pad);
  let sigma = 0n;
  for (const b of plain) sigma = (sigma << 8n) | BigInt(b);
  if (sigma === 0n || sigma >= ORDER) return undefined;
  if (!gPow(sigma).equals(feldman(sender.commitments, share.to))) return undefined;
  return sigma;
}

/** Checks a complaint's proof (§6.4): log_g(E_to) = log_R(S). */
export function complaintProofHolds(baseHash, complaint, recipientKey, ephemeral) {
  const s = decodeElement(fromBase64Url(complaint.sharedSecret, 'sharedSecret', 33), 'the shared secret');
  return checkEquality(baseHash, Tag.COMPLAINT_PROOF, [u32(complaint.from), u32(complaint.to)], recipientKey, ephemeral,
    s, fromBase64Url(complaint.proof, 'complaint proof', 48));
}

/**
 * Message 4 (§6.6): partial decryptions M_j = A^(s_j) of every tally cell with Chaum–Pedersen
 * proofs (key H_E, ctx = u32(j), u32(contest), u32(option)), in the record form
 * {partials: [{proof, share}…], trustee} of decryption.json (§10.8). Every tally element is
 * decoded with the group element check, and the tally must have the manifest's shape.
 */
export function partialDecryption(state, election, tally, random = systemRandom) {
  if (state.keyShare === undefined) {
    throw new ProtocolError('you have no key share yet: the key ceremony is not complete on this device');
  }
  const t = typeof tally === 'string' ? JSON.parse(tally) : tally;
  const { manifest, extendedHash: he } = election;
  if (!t || !Array.isArray(t.contests) || t.contests.length !== manifest.contests.length) {
    throw new ProtocolError('tally check: the tally does not have the election\'s contests');
  }
  const partials = [];
  manifest.contests.forEach((contest, ci) => {
    const row = t.contests[ci];
    if (!Array.isArray(row) || row.length !== contest.options.length) {
      throw new ProtocolError(`tally check: contest '${contest.id}' does not have its options`);
    }
    row.forEach((cell, oi) => {
      const alpha = decodeElement(fromBase64Url(cell.alpha, 'tally alpha', 33), `tally contest ${ci} option ${oi}`);
      decodeElement(fromBase64Url(cell.beta, 'tally beta', 33), `tally contest ${ci} option ${oi}`);
      const { result, proof } = proveEquality(he, Tag.DECRYPTION_PROOF, [u32(state.index), u32(ci), u32(oi)],
        state.keyShare, alpha, random);
      partials.push({ proof: toBase64Url(proof), share: toBase64Url(encodeElement(result)) });
    });
  });
  return { partials, trustee: state.index };
}

