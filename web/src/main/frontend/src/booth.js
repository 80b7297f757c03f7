/**
 * The voter's role (docs/protocol.md §7, §8): a credential made on the voter's own device, the
 * encrypted and proven ballot of §8.2 signed with it (§7.3), its digest (§8.3) and tracking code
 * (§8.5), and the Benaloh opening of a challenged ballot with its check (§8.4).
 */
import { ProtocolError, bytesEqual, fromBase64Url, toBase64Url, u32, u64, utf8 } from './encoding.js';
import {
  ORDER, decodeElement, decodeScalar, encodeElement, encodeScalar, gPow, pow, randomScalar, systemRandom,
} from './group.js';
import { FORMAT } from './election.js';
import { Tag, keyedHash } from './hash.js';
import { checkRange, checkSchnorr, proveRange, proveSchnorr } from './proofs.js';

/** The format name of a credential backup file. */
export const CREDENTIAL_FORMAT = 'unionhall-credential/1';

/**
 * A fresh credential (§7.1): secret x in 1..q−1 from the device's generator, public X = g^x.
 * Returns { secret (bigint), credential (base64url of enc(X), as registered) }.
 */
export function newCredential(random = systemRandom) {
  return credentialFromSecret(randomScalar(random));
}

/** The credential of a known secret. */
export function credentialFromSecret(secret) {
  if (typeof secret !== 'bigint' || secret <= 0n || secret >= ORDER) {
    throw new ProtocolError('a credential secret lies in 1..q−1');
  }
  return Object.freeze({ secret, credential: toBase64Url(encodeElement(gPow(secret))) });
}

/** The backup file of a credential for one election (what the voter downloads and keeps). */
export function credentialBackup(election, credential) {
  return { credential: credential.credential, election, format: CREDENTIAL_FORMAT,
    secret: toBase64Url(encodeScalar(credential.secret)) };
}

/** Reads a credential backup, checking that its secret and public credential belong together. */
export function credentialFromBackup(backup, election = undefined) {
  const b = parseFile(backup);
  if (!b || b.format !== CREDENTIAL_FORMAT) throw new ProtocolError('this is not a Unionhall credential file');
  if (election !== undefined && b.election !== election) {
    throw new ProtocolError('this credential file belongs to another election');
  }
  const c = credentialFromSecret(decodeScalar(fromBase64Url(b.secret, 'credential secret', 32), 'credential secret'));
  if (c.credential !== b.credential) throw new ProtocolError('the credential file is damaged: its two halves differ');
  return c;
}

/** A file's JSON, or a ProtocolError a person understands. */
export function parseFile(text) {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new ProtocolError('this file is not a Unionhall backup file (it is not JSON)');
  }
}

function selectionContext(credential, contest, option) {
  return [credential, u32(contest), u32(option)];
}

function contestContext(credential, contest) {
  return [credential, u32(contest)];
}

/** Checks a plaintext choice against its contest (§8.1); throws naming the rule. */
export function checkChoice(contest, choice) {
  if (!Array.isArray(choice) || choice.length !== contest.options.length) {
    throw new ProtocolError(`choice check: contest '${contest.id}' has ${contest.options.length} options`);
  }
  let sum = 0;
  for (const v of choice) {
    if (!Number.isInteger(v) || v < 0 || v > contest.range) {
      throw new ProtocolError(`selection range check: contest '${contest.id}' allows 0..${contest.range} per option`);
    }
    sum += v;
  }
  if (sum < contest.min || sum > contest.max) {
    throw new ProtocolError(`contest limit check: contest '${contest.id}' allows ${contest.min}..${contest.max} `
      + `selections in all, got ${sum}`);
  }
}

function digestOf(extendedHash, credentialBytes, contests) {
  const parts = [credentialBytes, u32(contests.length)];
  for (const c of contests) {
    parts.push(u32(c.selections.length));
    for (const s of c.selections) parts.push(s.alpha, s.beta, s.proof);
    parts.push(c.limit ?? new Uint8Array(0));
  }
  return keyedHash(extendedHash, Tag.BALLOT, parts);
}

/**
 * Encrypts and proves a ballot (§8.2) and signs it (§7.3). {@code choices} has one array of
 * option values per contest in manifest order (e.g. [[1, 0, 0]] for "yes"). Returns
 * { ballot: the ballot as submitted to the server (§8.2, with its election field),
 * opening: the §10.6 opening (secret unless challenged),
 * digest: the ballot digest bytes }.
 */
export function encryptBallot(election, secret, choices, random = systemRandom) {
  const { manifest, extendedHash: he, key } = election;
  if (!Array.isArray(choices) || choices.length !== manifest.contests.length) {
    throw new ProtocolError('one choice per contest is needed');
  }
  const cred = encodeElement(gPow(secret));
  const raw = [];
  const opening = [];
  manifest.contests.forEach((contest, ci) => {
    const choice = choices[ci];
    checkChoice(contest, choice);
    const selections = [];
    const row = [];
    let alphaSum = null;
    let betaSum = null;
    let rSum = 0n;
    let sum = 0;
    choice.forEach((m, oi) => {
      const r = randomScalar(random);
      const alpha = gPow(r);
      const beta = m === 0 ? pow(key, r) : pow(key, r).add(gPow(BigInt(m)));
      const proof = proveRange(he, Tag.SELECTION_PROOF, selectionContext(cred, ci, oi), key, alpha, beta, m, r, 0,
        contest.range, random);
      selections.push({ alpha: encodeElement(alpha), beta: encodeElement(beta), proof });
      row.push({ nonce: toBase64Url(encodeScalar(r)), value: m });
      alphaSum = alphaSum ? alphaSum.add(alpha) : alpha;
      betaSum = betaSum ? betaSum.add(beta) : beta;
      rSum += r;
      sum += m;
    });
    let limit;
    if (contest.limit) {
      limit = proveRange(he, Tag.CONTEST_PROOF, contestContext(cred, ci), key, alphaSum, betaSum, sum, rSum % ORDER,
        contest.min, contest.max, random);
    }
    raw.push({ selections, limit });
    opening.push(row);
  });
  const digest = digestOf(he, cred, raw);
  const signature = proveSchnorr(he, Tag.BALLOT_SIGNATURE, [digest], secret, random);
  const ballot = {
    contests: raw.map((c) => {
      const out = {};
      if (c.limit) out.limit = toBase64Url(c.limit);
      out.selections = c.selections.map((s) => ({
        alpha: toBase64Url(s.alpha), beta: toBase64Url(s.beta), proof: toBase64Url(s.proof),
      }));
      return out;
    }),
    credential: toBase64Url(cred),
    election: toBase64Url(he),
    signature: toBase64Url(signature),
  };
  return { ballot, opening, digest };
}

/** The ballot as a board line holds it (§10.6): the submitted ballot without its election field. */
export function boardBallot(ballot) {
  const rest = { ...ballot };
  delete rest.election;
  return rest;
}

/**
 * Decodes a ballot object (as submitted, §8.2, or as on the board, §10.6) against the manifest's shape, checking every element (length,
 * prefix, on the curve) and every proof length. Returns the bytes and points.
 */
export function decodeBallot(election, ballot) {
  const { manifest } = election;
  if (!ballot || typeof ballot !== 'object' || !Array.isArray(ballot.contests)) {
    throw new ProtocolError('ballot shape check: not a ballot');
  }
  if (ballot.contests.length !== manifest.contests.length) {
    throw new ProtocolError(`ballot shape check: expected ${manifest.contests.length} contests`);
  }
  const credentialBytes = fromBase64Url(ballot.credential, 'ballot.credential', 33);
  const credential = decodeElement(credentialBytes, 'the ballot credential');
  const contests = manifest.contests.map((contest, ci) => {
    const c = ballot.contests[ci];
    if (!c || !Array.isArray(c.selections) || c.selections.length !== contest.options.length
      || (c.limit !== undefined) !== contest.limit) {
      throw new ProtocolError(`ballot shape check: contest '${contest.id}' does not have the manifest's options and proofs`);
    }
    const selections = c.selections.map((s, oi) => {
      const where = `contest '${contest.id}' option ${oi}`;
      const alpha = fromBase64Url(s.alpha, `${where} alpha`, 33);
      const beta = fromBase64Url(s.beta, `${where} beta`, 33);
      return {
        alpha, beta, alphaPoint: decodeElement(alpha, `${where} alpha`), betaPoint: decodeElement(beta, `${where} beta`),
        proof: fromBase64Url(s.proof, `${where} proof`, 48 * (contest.range + 1)),
      };
    });
    const limit = contest.limit
      ? fromBase64Url(c.limit, `contest '${contest.id}' limit`, 48 * (contest.max - contest.min + 1)) : undefined;
    return { selections, limit };
  });
  return {
    // A board line's ballot carries no election field: it is H_E of its election (§10.6).
    election: ballot.election === undefined ? election.extendedHash : fromBase64Url(ballot.election, 'ballot.election', 32),
    credentialBytes, credential, contests,
    signature: fromBase64Url(ballot.signature, 'ballot.signature', 48),
  };
}

/** The ballot digest (§8.3) of a ballot object, submitted or from the board. */
export function ballotDigest(election, ballot) {
  const b = decodeBallot(election, ballot);
  return digestOf(election.extendedHash, b.credentialBytes, b.contests);
}

/**
 * Checks a ballot as the server does (§8.3): binding, shape, signature, every selection proof,
 * every contest-limit proof. Returns the problems in words (empty when valid).
 */
export function ballotProblems(election, ballot) {
  let b;
  try {
    b = decodeBallot(election, ballot);
  } catch (e) {
    return [e.message];
  }
  const he = election.extendedHash;
  if (!bytesEqual(b.election, he)) return ['ballot binding check: the ballot was made for another election'];
  const problems = [];
  const digest = digestOf(he, b.credentialBytes, b.contests);
  if (!checkSchnorr(he, Tag.BALLOT_SIGNATURE, [digest], b.credential, b.signature)) {
    problems.push('ballot signature check: the signature does not match the ballot and its credential');
  }
  election.manifest.contests.forEach((contest, ci) => {
    const c = b.contests[ci];
    let alphaSum = null;
    let betaSum = null;
    c.selections.forEach((s, oi) => {
      if (!checkRange(he, Tag.SELECTION_PROOF, selectionContext(b.credentialBytes, ci, oi), election.key,
        s.alphaPoint, s.betaPoint, 0, contest.range, s.proof)) {
        problems.push(`selection proof check: contest '${contest.id}' option ${oi} is not proven to be in 0..${contest.range}`);
      }
      alphaSum = alphaSum ? alphaSum.add(s.alphaPoint) : s.alphaPoint;
      betaSum = betaSum ? betaSum.add(s.betaPoint) : s.betaPoint;
    });
    if (c.limit && (alphaSum.is0() || betaSum.is0() || !checkRange(he, Tag.CONTEST_PROOF,
      contestContext(b.credentialBytes, ci), election.key, alphaSum, betaSum, contest.min, contest.max, c.limit))) {
      problems.push(`contest limit check: contest '${contest.id}' is not proven to have ${contest.min}..${contest.max} selections`);
    }
  });
  return problems;
}

/**
 * Checks the opening of a challenged ballot (§8.4): every value allowed by its contest, every
 * nonce in 1..q−1, and α = g^r, β = K^r·g^m for every selection. Returns
 * { ok, checked: number of selections re-encrypted, problems: [words], values: per contest }.
 */
export function checkOpening(election, ballot, opening) {
  const problems = [];
  let checked = 0;
  let b;
  try {
    b = decodeBallot(election, ballot);
  } catch (e) {
    return { ok: false, checked, problems: [e.message] };
  }
  const { manifest, key } = election;
  if (!Array.isArray(opening) || opening.length !== manifest.contests.length) {
    return { ok: false, checked, problems: ['challenged ballot check: the opening does not cover every contest'] };
  }
  manifest.contests.forEach((contest, ci) => {
    const row = opening[ci];
    if (!Array.isArray(row) || row.length !== contest.options.length) {
      problems.push(`challenged ballot check: contest '${contest.id}' has the wrong number of values`);
      return;
    }
    try {
      checkChoice(contest, row.map((cell) => cell.value));
    } catch (e) {
      problems.push(`challenged ballot check: ${e.message}`);
      return;
    }
    row.forEach((cell, oi) => {
      let r;
      try {
        r = decodeScalar(fromBase64Url(cell.nonce, 'nonce', 32));
      } catch (e) {
        problems.push(`challenged ballot check: contest '${contest.id}' option ${oi}: ${e.message}`);
        return;
      }
      const s = b.contests[ci].selections[oi];
      const beta = cell.value === 0 ? pow(key, r) : pow(key, r).add(gPow(BigInt(cell.value)));
      if (r === 0n || !gPow(r).equals(s.alphaPoint) || !beta.equals(s.betaPoint)) {
        problems.push(`challenged ballot check: contest '${contest.id}' option ${oi} does not re-encrypt to the published ciphertext`);
      } else {
        checked++;
      }
    });
  });
  return { ok: problems.length === 0, checked, problems };
}

/**
 * The first tracking code code_0 of the board (§8.5): in version 2 it also binds the board key
 * and the facts fixed when voting opened, HK(H_E, v2 board-genesis, enc(B), utf8(opened),
 * u64(eligible), utf8(eligibleBasis)).
 */
export function genesisCode(election) {
  const { extendedHash: he, boardKey, opened, manifest } = election;
  if (manifest.format === FORMAT) return keyedHash(he, Tag.BOARD_GENESIS, []);
  if (!boardKey) throw new ProtocolError('a version 2 board starts when voting opens, with its board key');
  return keyedHash(he, Tag.BOARD_GENESIS_V2, [encodeElement(boardKey), utf8(opened.at), u64(opened.eligible),
    utf8(opened.eligibleBasis)]);
}

/** code_i = HK(H_E, tracking-code, code_(i−1), u64(i), utf8(state), ballotDigest) (§8.5). */
export function trackingCode(election, previous, seq, state, digest) {
  return keyedHash(election.extendedHash, Tag.TRACKING_CODE, [previous, u64(seq), utf8(state), digest]);
}

/** A tracking code as text in groups of four characters, easier to read aloud and compare. */
export function readableCode(code) {
  const text = typeof code === 'string' ? code : toBase64Url(code);
  return text.match(/.{1,4}/g).join(' ');
}
