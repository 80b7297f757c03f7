/**
 * What a booth or a trustee needs to know about an election (docs/protocol.md §3.4, §8.1,
 * §10.2, §10.3): the manifest with its rules, the base hash H_B, and once the ceremony is over
 * the joint key K and the extended hash H_E. Everything is recomputed from the published files
 * and refused when it does not match.
 */
import { ProtocolError, bytesEqual, fromBase64Url, u32, utf8 } from './encoding.js';
import { decodeElement, encodeElement } from './group.js';
import { Tag, keyedHash, plainHash } from './hash.js';

/** The protocol version of election.json that the first records carry. */
export const FORMAT = 'unionhall-election/1';
/**
 * The versions this booth reads. Version 2 adds the board key of signed receipts to
 * context.json; the ballot itself is made the same way in both.
 */
export const FORMATS = Object.freeze([FORMAT, 'unionhall-election/2']);
/** The largest score range of a contest (§8.1). */
export const MAX_RANGE = 20;

function parse(json, what) {
  if (typeof json === 'string') {
    try {
      return JSON.parse(json);
    } catch {
      throw new ProtocolError(`${what} is not JSON`);
    }
  }
  if (json === null || typeof json !== 'object') throw new ProtocolError(`${what} is missing`);
  return json;
}

function int(v, what) {
  if (!Number.isSafeInteger(v) || v < 0) throw new ProtocolError(`manifest check: ${what} must be a whole number`);
  return v;
}

function str(v, what) {
  if (typeof v !== 'string') throw new ProtocolError(`manifest check: ${what} must be text`);
  return v;
}

function checkContest(c) {
  const n = c.options.length;
  const rule = {
    'yes-no-abstain': [n === 3 && c.min === 1 && c.max === 1 && c.range === 1,
      'a yes/no/abstain contest has exactly the options yes, no, abstain and one selection'],
    'one-of-n': [n >= 2 && c.min === 1 && c.max === 1 && c.range === 1,
      'a one-of-n contest has at least two options and exactly one selection'],
    approval: [n >= 1 && c.range === 1 && c.min <= c.max && c.max <= n,
      'an approval contest needs 0 ≤ min ≤ max ≤ number of options'],
    score: [n >= 1 && c.range >= 1 && c.range <= MAX_RANGE && c.min === 0 && c.max === n * c.range,
      `a score contest needs a range 1..${MAX_RANGE}, min 0 and max = options × range`],
  }[c.method];
  if (!rule) throw new ProtocolError(`manifest check: unknown contest method '${c.method}'`);
  if (!rule[0]) throw new ProtocolError(`manifest check: ${rule[1]}`);
}

/** Whether a contest carries a contest-limit proof (§5.3). */
export function hasLimitProof(contest) {
  return !(contest.min === 0 && contest.max === contest.options.length * contest.range);
}

/** Reads and checks election.json (§10.2, §8.1); returns the manifest as a frozen object. */
export function readManifest(electionJson) {
  const e = parse(electionJson, 'election.json');
  if (!FORMATS.includes(e.format)) throw new ProtocolError(`manifest check: format must be one of ${FORMATS.join(', ')}`);
  if (e.group !== 'P-256') throw new ProtocolError('manifest check: group must be P-256');
  const election = str(e.election, 'election');
  const title = str(e.title, 'title');
  if (election.length === 0) throw new ProtocolError('manifest check: an election needs an id');
  const trustees = int(e.trustees, 'trustees');
  const threshold = int(e.threshold, 'threshold');
  if (threshold < 1 || threshold > trustees) throw new ProtocolError('manifest check: need 1 ≤ threshold ≤ trustees');
  if (!Array.isArray(e.contests) || e.contests.length === 0) {
    throw new ProtocolError('manifest check: an election needs at least one contest');
  }
  const ids = new Set();
  const contests = e.contests.map((c, i) => {
    const contest = {
      id: str(c.id, `contest ${i} id`),
      question: str(c.question, `contest ${i} question`),
      method: str(c.method, `contest ${i} method`),
      options: (Array.isArray(c.options) ? c.options : []).map((o) => str(o, `contest ${i} option`)),
      min: int(c.min, `contest ${i} min`),
      max: int(c.max, `contest ${i} max`),
      range: int(c.range, `contest ${i} range`),
    };
    if (contest.id.length === 0) throw new ProtocolError('manifest check: a contest needs an id');
    if (ids.has(contest.id)) throw new ProtocolError(`manifest check: contest id '${contest.id}' appears twice`);
    ids.add(contest.id);
    checkContest(contest);
    contest.limit = hasLimitProof(contest);
    return Object.freeze(contest);
  });
  return Object.freeze({ format: e.format, election, title, trustees, threshold, contests: Object.freeze(contests) });
}

/** H_B (§3.4) of a manifest. */
export function baseHash(manifest) {
  const parts = [utf8(manifest.format), utf8('P-256'), utf8(manifest.election), utf8(manifest.title),
    u32(manifest.trustees), u32(manifest.threshold), u32(manifest.contests.length)];
  for (const c of manifest.contests) {
    parts.push(utf8(c.id), utf8(c.question), utf8(c.method), u32(c.min), u32(c.max), u32(c.range),
      u32(c.options.length));
    for (const o of c.options) parts.push(utf8(o));
  }
  return plainHash(Tag.ELECTION_BASE, parts);
}

/** H_E = HK(H_B, extended, enc(K), ceremonyDigest, rollDigest) (§3.4). */
export function extendedHash(hb, jointKey, ceremonyDigest, rollDigest) {
  return keyedHash(hb, Tag.EXTENDED, [encodeElement(jointKey), ceremonyDigest, rollDigest]);
}

/**
 * Reads election.json and context.json (§10.3) and checks them against each other: H_B
 * recomputed from the manifest, K decoded with the group element check, H_E recomputed from K
 * and the two digests. Returns what the booth and the trustees work with; in version 2, once
 * voting opened, also the board key B and the facts of the opening (see votingOpened).
 */
export function readElection(electionJson, contextJson) {
  const manifest = readManifest(electionJson);
  const c = parse(contextJson, 'context.json');
  const hb = baseHash(manifest);
  if (!bytesEqual(hb, fromBase64Url(c.baseHash, 'context.baseHash', 32))) {
    throw new ProtocolError('context check: the base hash does not match the manifest');
  }
  const key = decodeElement(fromBase64Url(c.jointKey, 'context.jointKey', 33), 'the election key');
  const ceremonyDigest = fromBase64Url(c.ceremonyDigest, 'context.ceremonyDigest', 32);
  const rollDigest = fromBase64Url(c.rollDigest, 'context.rollDigest', 32);
  const he = extendedHash(hb, key, ceremonyDigest, rollDigest);
  if (!bytesEqual(he, fromBase64Url(c.extendedHash, 'context.extendedHash', 32))) {
    throw new ProtocolError('context check: the extended hash does not match the key and digests');
  }
  key.precompute(8, false);
  return Object.freeze({ manifest, baseHash: hb, extendedHash: he, key, keyBytes: encodeElement(key),
    ...votingOpened(manifest, c) });
}

/**
 * What a version 2 context.json gains when voting opens: the board key B that signs receipts, the
 * opening instant, the eligible count and how it was fixed. Absent before the opening and in
 * version 1 (whose answers carry no receipt).
 */
function votingOpened(manifest, c) {
  if (manifest.format === FORMAT || c.boardKey === undefined) return {};
  const boardKey = decodeElement(fromBase64Url(c.boardKey, 'context.boardKey', 33), 'the board key');
  if (typeof c.opened !== 'string' || typeof c.eligibleBasis !== 'string'
    || !Number.isSafeInteger(c.eligible) || c.eligible < 0) {
    throw new ProtocolError('context check: a board key comes with opened, eligible and eligibleBasis');
  }
  return { boardKey, opened: { at: c.opened, eligible: c.eligible, eligibleBasis: c.eligibleBasis } };
}

/**
 * Canonical JSON (§10.1): sorted keys, no whitespace, integers only. Used to write the exact
 * bytes of a record line (the JSON sent to the server may be in any key order).
 */
export function canonicalJson(value) {
  if (typeof value === 'string') {
    return `"${value.replace(/[\u0000-\u001f"\\]/g, (ch) => ({
      '"': '\\"', '\\': '\\\\', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r',
    })[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
  }
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new ProtocolError('canonical JSON has integers only');
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${canonicalJson(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  throw new ProtocolError('canonical JSON has no null');
}
