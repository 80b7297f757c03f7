/**
 * The trustee page (elections/trustee.xhtml): the key ceremony steps and the partial
 * decryption, each one button. The trustee's secrets are made and kept on this device
 * (localStorage plus a backup file); only public messages are sent to the server.
 */
import { baseHash, readElection, readManifest } from '../election.js';
import {
  announce, partialDecryption, receiveShares, sealShares, newTrustee, trusteeBackup,
  trusteeFromBackup,
} from '../trustee.js';
import {
  PageError, field, getJson, recordValue, loadLocal, offerDownload, onClick, phaseOf, postJson, readChosenFile, saveLocal, say,
  show,
} from './common.js';

const root = document.getElementById('uh-trustee');
const $ = (id) => document.getElementById(id);
const status = $('trustee-status');
const electionId = root.dataset.election;
const api = root.dataset.api;

let view;
let manifest;
let hb;
let state;

function myIndex() {
  const mine = field(view, 'me', 'my', 'status') || {};
  const index = field(mine, 'trusteeIndex', 'trusteeNumber', 'trustee');
  if (!Number.isInteger(index)) throw new PageError('you are not a trustee of this election');
  return index;
}

/** Secrets are kept per ceremony round: a restarted ceremony (after a complaint) starts afresh. */
function storageKey() {
  return `unionhall.trustee.${electionId}.round-${field(view, 'ceremonyRound') || 1}`;
}

function keep() {
  const backup = trusteeBackup(state);
  saveLocal(storageKey(), backup);
  offerDownload($('trustee-download'), `unionhall-trustee-${electionId}-round-${field(view, 'ceremonyRound') || 1}-trustee-${state.index}.json`, backup);
}

function describeState() {
  if (!state) return 'No trustee keys for this election are on this device.';
  if (state.keyShare !== undefined) {
    return `Your trustee keys (trustee ${state.index}) and your share of the election key are on this device.`;
  }
  return `Your trustee keys (trustee ${state.index}) are on this device; your share of the election key is not complete yet.`;
}

async function refresh() {
  view = await getJson(api);
  const electionJson = field(view, 'election', 'electionJson', 'manifest');
  manifest = readManifest(electionJson);
  hb = baseHash(manifest);
  $('trustee-title').textContent = field(view, 'title') || manifest.title;
  $('trustee-phase').textContent = `Phase: ${phaseOf(view).toLowerCase() || 'unknown'}. `
    + `${manifest.trustees} trustees; any ${manifest.threshold} of them together can decrypt the result.`
    + progress(field(view, 'trustees') || []);
  const stored = loadLocal(storageKey());
  if (stored && !state) {
    try {
      state = trusteeFromBackup(stored, manifest);
      keep();
    } catch {
      state = undefined;
    }
  }
  $('trustee-state').textContent = describeState();
  showSteps();
}

/**
 * Offers only the steps the election's phase allows: the ceremony while it runs and until this
 * trustee holds their key share (the key is fixed once every share is sent, but a trustee still
 * checks theirs and may complain until voting opens), the decryption while voting is closed and
 * this trustee's part is missing. After publication nothing is left to do, and the page says so
 * instead of offering a button the server would refuse.
 */
function showSteps() {
  const phase = phaseOf(view);
  const shareMissing = Boolean(state) && state.keyShare === undefined && (phase === 'OPEN' || phase === 'CLOSED');
  show($('ceremony'), phase === 'CEREMONY' || phase === 'REGISTRATION' || shareMissing);
  const mine = (field(view, 'trustees') || []).find((t) => t.index === field(field(view, 'me') || {}, 'trusteeIndex'));
  const decrypted = Boolean(mine && mine.decrypted);
  show($('trustee-decrypt'), phase === 'CLOSED' && !decrypted);
  $('decrypt-state').textContent = {
    CEREMONY: 'Nothing to decrypt yet: the key ceremony is not finished.',
    REGISTRATION: 'Nothing to decrypt yet: voting has not started.',
    OPEN: 'Nothing to decrypt yet: voting is still open.',
    CLOSED: decrypted ? 'Your part of the result is in. The result appears once enough trustees have sent theirs.'
      : 'Voting is closed: decrypt your part of the result now.',
    PUBLISHED: 'The result is published: nothing is left for the trustees to do.',
  }[phase] || 'This election was cancelled: nothing is left for the trustees to do.';
}

/** Where the trustees stand, e.g. " Announced: 3 of 3. Shares sent: 1 of 3. Decrypted: 0 of 3." */
function progress(trustees) {
  if (trustees.length === 0) return '';
  const count = (flag) => trustees.filter((t) => t[flag]).length;
  return ` Announced: ${count('announced')} of ${trustees.length}. Shares sent: ${count('sharesSent')} of `
    + `${trustees.length}. Decrypted: ${count('decrypted')} of ${trustees.length}.`;
}

async function ceremony() {
  const c = await getJson(`${api}/ceremony`);
  return {
    announcements: (field(c, 'announcements') || []).map(recordValue),
    shares: (field(c, 'shares') || []).map(recordValue),
  };
}

async function step1() {
  await refresh();
  if (!state) {
    state = newTrustee(manifest, myIndex());
    keep();
  }
  await postJson(`${api}/ceremony/announcement`, announce(state, hb));
  await refresh();
  say(status, 'Step 1 done: your public keys are announced. Download your backup file now and keep it safe.', 'ok');
}

async function step2() {
  await refresh();
  requireState();
  const { announcements } = await ceremony();
  if (announcements.length < manifest.trustees) {
    throw new PageError(`${announcements.length} of ${manifest.trustees} trustees have announced so far; wait for the others`);
  }
  const shares = sealShares(state, hb, manifest, announcements);
  await postJson(`${api}/ceremony/shares`, { shares });
  await refresh();
  say(status, `Step 2 done: ${shares.length} encrypted shares sent, one for each other trustee.`, 'ok');
}

async function step3() {
  await refresh();
  requireState();
  const { announcements, shares } = await ceremony();
  const result = receiveShares(state, hb, manifest, announcements, shares);
  for (const complaint of result.complaints) {
    await postJson(`${api}/ceremony/complaint`, complaint);
  }
  await refresh();
  if (result.keyShareKept) {
    keep();
    say(status, 'Step 3 done: every share sent to you is correct. Your share of the election key is kept on this device; download the updated backup.', 'ok');
  } else if (result.complaints.length > 0) {
    say(status, `Step 3: ${result.problems.join('; ')}. A complaint with proof was sent; the ceremony restarts without the trustee at fault.`, 'error');
  } else {
    say(status, `Step 3 not finished: ${result.problems.join('; ')}.`, 'error');
  }
  $('trustee-state').textContent = describeState();
}

async function step4() {
  await refresh();
  requireState();
  const ctx = field(view, 'context', 'contextJson');
  if (!ctx) throw new PageError('the election key is not fixed yet');
  const election = readElection(field(view, 'election', 'electionJson', 'manifest'), ctx);
  const tally = await getJson(`${api}/tally`);
  const message = partialDecryption(state, election, tally);
  await postJson(`${api}/decryption`, message);
  await refresh();
  $('decrypt-state').focus();
  say(status, `Decryption done: your part of the result (${message.partials.length} values, each with a proof) is sent.`, 'ok');
}

function requireState() {
  if (!state) throw new PageError('your trustee keys are not on this device: do step 1, or restore them from your backup file');
}

async function restore() {
  await refresh();
  state = trusteeFromBackup(await readChosenFile($('trustee-file')), manifest);
  keep();
  $('trustee-state').textContent = describeState();
  say(status, `Your trustee keys (trustee ${state.index}) are restored on this device.`, 'ok');
}

onClick($('trustee-announce'), status, step1);
onClick($('trustee-shares'), status, step2);
onClick($('trustee-check'), status, step3);
onClick($('trustee-decrypt'), status, step4);
onClick($('trustee-restore'), status, restore);

refresh().catch((e) => say(status, `The election could not be loaded: ${e.message}`, 'error'));
