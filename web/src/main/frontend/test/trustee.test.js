// The trustee's role: a 2-of-3 ceremony, a wrong share and its complaint, partial decryptions
// that combine (Lagrange, §6.7) into the right count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ORDER, Tag, announce, baseHash, complaintProofHolds, decodeElement, encodeElement, encryptBallot, fromBase64Url,
  gPow, jointKey, keyedHash, modQ, newCredential, newTrustee, partialDecryption, plainHash, pow, publicShare,
  readAnnouncement, readElection, readManifest, receiveShares, sealShares, toBase64Url, trusteeBackup,
  trusteeFromBackup, utf8,
} from '../src/index.js';

const manifestJson = {
  contests: [{ id: 'motion-1', max: 1, method: 'yes-no-abstain', min: 1, options: ['yes', 'no', 'abstain'],
    question: 'Adopt?', range: 1 }],
  election: 'e-7', format: 'unionhall-election/1', group: 'P-256', threshold: 2, title: 'Trustee test', trustees: 3,
};
const manifest = readManifest(manifestJson);
const hb = baseHash(manifest);

function ceremony() {
  const states = [1, 2, 3].map((i) => newTrustee(manifest, i));
  const announcements = states.map((s) => announce(s, hb));
  const shares = states.flatMap((s) => sealShares(s, hb, manifest, announcements));
  return { states, announcements, shares };
}

function modInverse(a) {
  let [r0, r1, s0, s1] = [modQ(a), ORDER, 1n, 0n];
  while (r1 !== 0n) {
    const q = r0 / r1;
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return modQ(s0);
}

test('a 2-of-3 ceremony gives every trustee a key share matching its public share', () => {
  const { states, announcements, shares } = ceremony();
  assert.equal(shares.length, 6);
  const checked = announcements.map((a) => readAnnouncement(hb, manifest, a));
  for (const s of states) {
    const r = receiveShares(s, hb, manifest, announcements, shares);
    assert.deepEqual(r.complaints, []);
    assert.equal(r.keyShareKept, true);
    assert.ok(gPow(s.keyShare).equals(publicShare(checked, s.index)));
  }
  const restored = trusteeFromBackup(JSON.stringify(trusteeBackup(states[1])), manifest);
  assert.deepEqual(restored, states[1]);
});

test('a wrong share leads to a complaint whose proof anyone can check', () => {
  const { states, announcements, shares } = ceremony();
  const bad = shares.find((s) => s.from === 1 && s.to === 3);
  const ct = fromBase64Url(bad.ciphertext);
  ct[31] ^= 1;
  bad.ciphertext = toBase64Url(ct);
  const r = receiveShares(states[2], hb, manifest, announcements, shares);
  assert.equal(r.keyShareKept, false);
  assert.equal(states[2].keyShare, undefined);
  assert.equal(r.complaints.length, 1);
  const [c] = r.complaints;
  assert.equal(c.from, 1);
  assert.equal(c.to, 3);
  const recipient = readAnnouncement(hb, manifest, announcements[2]);
  assert.ok(complaintProofHolds(hb, c, recipient.encryptionKey, decodeElement(fromBase64Url(bad.ephemeral))));
  assert.ok(!complaintProofHolds(hb, { ...c, to: 2 }, recipient.encryptionKey, decodeElement(fromBase64Url(bad.ephemeral))));
});

test('a forged announcement is refused before any share is sealed', () => {
  const { states, announcements } = ceremony();
  const forged = structuredClone(announcements);
  forged[1].commitments[0] = toBase64Url(encodeElement(gPow(12345n)));
  assert.throws(() => sealShares(states[0], hb, manifest, forged), /coefficient proof 0 fails/);
});

test('two partial decryptions combine into the weighted count', () => {
  const { states, announcements, shares } = ceremony();
  states.forEach((s) => receiveShares(s, hb, manifest, announcements, shares));
  const checked = announcements.map((a) => readAnnouncement(hb, manifest, a));
  const key = jointKey(checked);
  const ceremonyDigest = plainHash(Tag.CEREMONY, [utf8('test')]);
  const rollDigest = plainHash(Tag.ROLL, [utf8('test')]);
  const he = keyedHash(hb, Tag.EXTENDED, [encodeElement(key), ceremonyDigest, rollDigest]);
  const election = readElection(manifestJson, { baseHash: toBase64Url(hb), ceremonyDigest: toBase64Url(ceremonyDigest),
    extendedHash: toBase64Url(he), jointKey: toBase64Url(encodeElement(key)), rollDigest: toBase64Url(rollDigest) });
  // Three ballots: yes (weight 1), yes (weight 4), no (weight 1).
  const votes = [[[1, 0, 0], 1n], [[1, 0, 0], 4n], [[0, 1, 0], 1n]];
  const cells = [0, 1, 2].map(() => ({ a: null, b: null }));
  for (const [choice, w] of votes) {
    const { ballot } = encryptBallot(election, newCredential().secret, [choice]);
    ballot.contests[0].selections.forEach((s, o) => {
      const a = pow(decodeElement(fromBase64Url(s.alpha)), w);
      const b = pow(decodeElement(fromBase64Url(s.beta)), w);
      cells[o].a = cells[o].a ? cells[o].a.add(a) : a;
      cells[o].b = cells[o].b ? cells[o].b.add(b) : b;
    });
  }
  const tally = { ballotsCounted: 3, contests: [cells.map((c) => ({ alpha: toBase64Url(encodeElement(c.a)),
    beta: toBase64Url(encodeElement(c.b)) }))], totalWeight: 6 };
  const present = [1, 3];
  const partials = present.map((j) => partialDecryption(states[j - 1], election, tally));
  const counts = cells.map((cell, o) => {
    let m = null;
    present.forEach((j, k) => {
      let lambda = 1n;
      for (const l of present) if (l !== j) lambda = modQ(lambda * BigInt(l) * modInverse(BigInt(l - j)));
      const mj = pow(decodeElement(fromBase64Url(partials[k].partials[o].share)), lambda);
      m = m ? m.add(mj) : mj;
    });
    const target = cell.b.subtract(m);
    for (let n = 0; n <= 6; n++) if (n === 0 ? target.is0() : gPow(BigInt(n)).equals(target)) return n;
    return -1;
  });
  assert.deepEqual(counts, [5, 1, 0]);
  assert.throws(() => partialDecryption(newTrustee(manifest, 2), election, tally), /no key share/);
  const broken = structuredClone(tally);
  broken.contests[0][1].alpha = toBase64Url(new Uint8Array(33));
  assert.throws(() => partialDecryption(states[0], election, broken), /group element check/);
});
