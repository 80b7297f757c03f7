// Benchmark: encrypting a yes/no/abstain ballot with the booth's code, in the browser that loads
// this bundle. Writes the timings (ms) into #result as JSON; bench.sh runs it in headless Chromium.
import { encodeElement, gPow, randomScalar } from '../../src/group.js';
import { Tag, keyedHash, plainHash } from '../../src/hash.js';
import { toBase64Url, utf8 } from '../../src/encoding.js';
import { baseHash, readElection, readManifest } from '../../src/election.js';
import { encryptBallot, newCredential } from '../../src/booth.js';

const RUNS = 25;
const WARM_UP = 3;

const manifestJson = {
  contests: [{ id: 'motion-1', max: 1, method: 'yes-no-abstain', min: 1, options: ['yes', 'no', 'abstain'],
    question: 'Adopt the budget?', range: 1 }],
  election: 'bench', format: 'unionhall-election/1', group: 'P-256', threshold: 1, title: 'Booth benchmark', trustees: 1,
};

function electionContext() {
  const hb = baseHash(readManifest(manifestJson));
  const key = gPow(randomScalar());
  const ceremonyDigest = plainHash(Tag.CEREMONY, [utf8('bench')]);
  const rollDigest = plainHash(Tag.ROLL, [utf8('bench')]);
  const he = keyedHash(hb, Tag.EXTENDED, [encodeElement(key), ceremonyDigest, rollDigest]);
  return { baseHash: toBase64Url(hb), ceremonyDigest: toBase64Url(ceremonyDigest), extendedHash: toBase64Url(he),
    jointKey: toBase64Url(encodeElement(key)), rollDigest: toBase64Url(rollDigest) };
}

// As on the page: reading the election (with the key's table) happens once, when the page loads.
const loadStart = performance.now();
const election = readElection(manifestJson, electionContext());
const loadMs = performance.now() - loadStart;
const credential = newCredential();
const times = [];
for (let i = 0; i < WARM_UP + RUNS; i++) {
  const choice = [[[1, 0, 0], [0, 1, 0], [0, 0, 1]][i % 3]];
  const start = performance.now();
  encryptBallot(election, credential.secret, choice);
  if (i >= WARM_UP) times.push(performance.now() - start);
}
const sorted = [...times].sort((a, b) => a - b);
const median = (sorted[(RUNS - 1) >> 1] + sorted[RUNS >> 1]) / 2;
document.getElementById('result').textContent = JSON.stringify({
  runs: RUNS, medianMs: +median.toFixed(1), minMs: +sorted[0].toFixed(1), maxMs: +sorted[RUNS - 1].toFixed(1),
  firstLoadMs: +loadMs.toFixed(1), userAgent: navigator.userAgent,
});
