/**
 * The voting booth page (elections/booth.xhtml): registers the member's voting key, builds the
 * ballot from the election's contests, encrypts and proves it on this device, and casts or
 * challenges it. Nothing about the choice leaves the device except the encrypted ballot (and,
 * for a challenged ballot, its opening, which voids it).
 */
import { fromBase64Url, toBase64Url } from '../encoding.js';
import { readElection, readManifest } from '../election.js';
import {
  ballotDigest, checkChoice, checkOpening, credentialBackup, credentialFromBackup, encryptBallot, genesisCode,
  newCredential, readableCode, trackingCode,
} from '../booth.js';
import { checkReceipt, receiptFile, receiptFileName } from '../receipt.js';
import {
  PageError, copyText, el, field, getJson, loadLocal, offerDownload, onClick, phaseOf, postJson, readChosenFile,
  saveLocal, say, show,
} from './common.js';

const root = document.getElementById('uh-booth');
const $ = (id) => document.getElementById(id);
const status = $('booth-status');
const electionId = root.dataset.election;
const api = root.dataset.api;
const storageKey = `unionhall.credential.${electionId}`;
const receiptKey = `unionhall.receipt.${electionId}`;

let view;
let election;
let manifest;
let credential;
let prepared;
/** The ballot this tab cast last ({ code, seq }), to notice when a later one replaces it. */
let shownCast;

function me() {
  return field(view, 'me', 'my', 'status') || {};
}

function storedCredential() {
  const backup = loadLocal(storageKey);
  if (!backup) return undefined;
  try {
    return credentialFromBackup(backup, electionId);
  } catch {
    return undefined;
  }
}

function keepCredential(c) {
  const backup = credentialBackup(electionId, c);
  saveLocal(storageKey, backup);
  offerDownload($('credential-download'), `unionhall-voting-key-${electionId}.json`, backup);
  credential = c;
}

async function refresh() {
  view = await getJson(api);
  manifest = readManifest(field(view, 'election', 'electionJson', 'manifest'));
  $('booth-title').textContent = field(view, 'title') || manifest.title;
  $('booth-phase').textContent = phaseText(phaseOf(view));
  const ctx = field(view, 'context', 'contextJson');
  election = ctx ? readElection(field(view, 'election', 'electionJson', 'manifest'), ctx) : undefined;
  credential = storedCredential();
  if (credential) offerDownload($('credential-download'), `unionhall-voting-key-${electionId}.json`,
    credentialBackup(electionId, credential));
  render();
}

function phaseText(phase) {
  return {
    CEREMONY: 'The trustees are still setting up the election key. Registration opens after that.',
    REGISTRATION: 'Registration is open: create your voting key now. Voting has not started yet.',
    OPEN: 'Voting is open. You may vote again until the close; only your last ballot counts.',
    CLOSED: 'Voting is closed. The trustees are decrypting the result.',
    PUBLISHED: 'The result is published.',
  }[phase] || 'This election is not open for voting.';
}

function render() {
  const phase = phaseOf(view);
  const mine = me();
  const registered = Boolean(field(mine, 'registered'));
  const eligible = field(mine, 'eligible') !== false;
  show($('booth-credential'), eligible && (phase === 'REGISTRATION' || phase === 'OPEN'));
  show($('credential-create-group'), !registered && !credential && phase === 'REGISTRATION');
  show($('credential-restore-group'), !credential && registered);
  if (credential) {
    $('credential-state').textContent = registered
      ? 'Your voting key is registered and kept on this device. Keep the backup file somewhere safe: with it you can vote from another device.'
      : 'A voting key is on this device but not registered yet.';
  } else if (registered) {
    $('credential-state').textContent = 'You registered a voting key, but it is not on this device. Restore it from your backup file to vote here.';
  } else if (!eligible) {
    $('credential-state').textContent = 'You are not on the list of members who can vote in this election.';
  } else {
    $('credential-state').textContent = phase === 'REGISTRATION'
      ? 'You have no voting key for this election yet.'
      : 'Registration has closed; you did not register a voting key for this election.';
  }
  const canVote = phase === 'OPEN' && credential && election;
  show($('booth-ballot'), Boolean(canVote) && !prepared);
  if (canVote && !$('ballot-contests').hasChildNodes()) buildBallot();
  if (field(mine, 'hasVoted')) {
    const last = loadLocal(receiptKey);
    $('booth-voted').textContent = 'A ballot of yours is already cast. If you vote again, only your last ballot counts.'
      + (last ? ` The last one cast from this device has the tracking code ${readableCode(last.code)}.` : '');
    if (last && last.receipt && election && !shownCast && $('booth-receipt').hidden) {
      showReceipt(last.receipt, { seq: last.seq, code: last.code, state: 'cast' });
    }
  }
}

function buildBallot() {
  const box = $('ballot-contests');
  manifest.contests.forEach((contest, ci) => {
    const fieldset = el('fieldset', { class: 'uh-contest', id: `contest-${ci}` });
    fieldset.append(el('legend', {}, contest.question));
    const hint = el('p', { class: 'uh-hint', id: `contest-${ci}-hint` }, hintFor(contest));
    fieldset.append(hint);
    fieldset.setAttribute('aria-describedby', hint.id);
    contest.options.forEach((option, oi) => {
      const id = `c${ci}o${oi}`;
      const row = el('div', { class: 'uh-option' });
      if (contest.method === 'score') {
        row.append(el('label', { for: id }, option));
        const select = el('select', { id, name: `c${ci}o${oi}` });
        for (let v = 0; v <= contest.range; v++) select.append(el('option', { value: String(v) }, String(v)));
        row.append(select);
      } else {
        const type = contest.method === 'approval' ? 'checkbox' : 'radio';
        row.append(el('input', { type, id, name: `c${ci}`, value: String(oi) }));
        row.append(el('label', { for: id }, option));
      }
      fieldset.append(row);
    });
    box.append(fieldset);
  });
}

function hintFor(contest) {
  switch (contest.method) {
    case 'yes-no-abstain': return 'Choose one answer: yes, no, or abstain.';
    case 'one-of-n': return 'Choose exactly one.';
    case 'approval': return contest.min === contest.max
      ? `Choose exactly ${contest.min}.` : `Choose between ${contest.min} and ${contest.max}.`;
    default: return `Give each a score from 0 to ${contest.range}.`;
  }
}

function readChoices() {
  return manifest.contests.map((contest, ci) => contest.options.map((_, oi) => {
    const input = $(`c${ci}o${oi}`);
    if (contest.method === 'score') return Number(input.value);
    return input.checked ? 1 : 0;
  }));
}

function describe(values) {
  return manifest.contests.map((contest, ci) => {
    const row = values[ci];
    const picked = contest.method === 'score'
      ? contest.options.map((o, oi) => `${o}: ${row[oi]}`)
      : contest.options.filter((_, oi) => row[oi] === 1);
    return `${contest.question} → ${picked.length ? picked.join(', ') : 'nothing chosen'}`;
  });
}

/** Fills a list; an item that is an array [text, [sub-items]] gets a nested list. */
function list(target, lines) {
  target.replaceChildren(...lines.map((l) => {
    if (!Array.isArray(l)) return el('li', {}, l);
    const li = el('li', {}, l[0]);
    const sub = el('ul');
    list(sub, l[1]);
    li.append(sub);
    return li;
  }));
}

async function createCredential() {
  const c = newCredential();
  keepCredential(c);
  say(status, 'Registering your voting key…');
  await postJson(`${api}/credentials`, { credential: c.credential });
  await refresh();
  say(status, 'Your voting key is registered. Download the backup file and keep it safe.', 'ok');
}

async function restoreCredential() {
  const c = credentialFromBackup(await readChosenFile($('credential-file')), electionId);
  keepCredential(c);
  render();
  say(status, 'Your voting key is restored on this device.', 'ok');
}

function encrypt() {
  const choices = readChoices();
  manifest.contests.forEach((contest, ci) => {
    try {
      checkChoice(contest, choices[ci]);
    } catch {
      $(`contest-${ci}`).querySelector('input, select').focus();
      throw new PageError(`“${contest.question}”: ${hintFor(contest)}`);
    }
  });
  say(status, 'Encrypting your ballot on this device…');
  prepared = encryptBallot(election, credential.secret, choices);
  prepared.choices = choices;
  $('review-fingerprint').textContent = readableCode(prepared.digest);
  list($('review-choices'), describe(choices));
  show($('booth-ballot'), false);
  show($('booth-challenged'), false);
  show($('booth-cast'), false);
  show($('booth-receipt'), false);
  show($('booth-review'));
  $('review-heading').focus();
  say(status, 'Your ballot is encrypted. Nothing has been sent yet: cast it, or challenge it to check the encryption.', 'ok');
}

async function cast() {
  say(status, 'Casting your encrypted ballot…');
  const answer = await postJson(`${api}/ballots`, { ballot: prepared.ballot });
  const seq = field(answer, 'seq');
  const code = field(answer, 'code');
  const receipt = field(answer, 'receipt');
  saveLocal(receiptKey, { code, seq, receipt });
  shownCast = { code, seq };
  $('cast-heading').textContent = 'Your ballot is cast';
  show($('cast-replaced'), false);
  $('cast-code').textContent = readableCode(code);
  const board = root.dataset.board;
  $('cast-board').href = `${board}?e=${encodeURIComponent(electionId)}&code=${encodeURIComponent(code)}`;
  $('cast-check').textContent = await checkOnBoard(seq, code);
  prepared = undefined;
  show($('booth-review'), false);
  show($('booth-cast'));
  const kept = receipt ? showReceipt(receipt, { seq, code, state: 'cast' }) : true;
  $('cast-heading').focus();
  say(status, kept ? `Your ballot is cast: entry ${seq} on the bulletin board. Write down your tracking code`
    + `${receipt ? ' and keep your receipt' : ''}.`
    : `Your ballot is cast as entry ${seq}, but its receipt does not check: see below.`, kept ? 'ok' : 'error');
}

/**
 * Shows a receipt the server answered, after checking it (version 2): what it proves, the file to
 * keep and the copy button; or, when it does not check, that the acknowledgement cannot be
 * proven. Returns whether it checked.
 */
function showReceipt(receipt, answered) {
  const check = checkReceipt(election, receipt, answered);
  const box = $('booth-receipt');
  box.dataset.kind = check.ok ? 'ok' : 'error';
  if (check.ok) {
    $('receipt-heading').textContent = 'Your receipt: keep it';
    $('receipt-meaning').textContent = `It proves the bulletin board accepted your ballot at position ${receipt.seq}`
      + `${receipt.state === 'challenged' ? ' (challenged)' : ''}, with the tracking code ${readableCode(receipt.code)}:`
      + ' it is signed with the election\'s board key. If your ballot is ever missing from the board or sits at'
      + ' another position, this receipt shows that the server accepted it.';
    const text = receiptFile(receipt);
    $('receipt-json').textContent = text;
    offerDownload($('receipt-download'), receiptFileName(electionId, receipt), text);
    show($('receipt-keep'));
  } else {
    $('receipt-heading').textContent = 'Your receipt does not check';
    $('receipt-meaning').textContent = `The server answered a receipt, but ${check.problems.join('; ')}. `
      + 'So the server\'s acknowledgement of your ballot cannot be proven. Keep your tracking code, find your ballot'
      + ' on the bulletin board, and tell your union\'s stewards.';
    $('receipt-json').textContent = '';
    show($('receipt-keep'), false);
  }
  show(box);
  return check.ok;
}

/**
 * Tells this tab that a later ballot replaced the one it shows as cast, when another tab or
 * window of this device cast again (the tabs share the device's storage); checked when the tab
 * is shown or focused again and when the storage changes.
 */
function noticeReplacement() {
  if (!shownCast) return;
  const last = loadLocal(receiptKey);
  if (!last || !(last.seq > shownCast.seq)) return;
  $('cast-heading').textContent = 'This ballot was replaced';
  $('cast-replaced').textContent = `A later ballot replaced this one: entry ${last.seq} (tracking code `
    + `${readableCode(last.code)}), cast from another tab or window of this device. Only your last ballot counts, `
    + `so the ballot shown here (entry ${shownCast.seq}) is no longer counted.`;
  show($('cast-replaced'));
  say(status, `A later ballot (entry ${last.seq}) replaced the one shown here.`, 'info');
}

async function copyCode(text, what) {
  await copyText(text);
  say(status, `${what} copied.`, 'ok');
}

/** Checks the tracking code against the board: the entry's ballot and the chain (§8.5). */
async function checkOnBoard(seq, code) {
  try {
    // The board line does not repeat the previous code: it is the code of the line before (§8.5).
    const page = await getJson(`${api}/board?from=${encodeURIComponent(Math.max(1, seq - 1))}&limit=2`);
    const entries = (Array.isArray(page) ? page : field(page, 'entries', 'board', 'lines') || [])
      .map((e) => (typeof e.json === 'string' ? JSON.parse(e.json) : e));
    const entry = entries.find((e) => e.seq === seq);
    const before = seq === 1 ? { code: toBase64Url(genesisCode(election)) } : entries.find((e) => e.seq === seq - 1);
    if (!entry || !before) return 'Your ballot is not yet visible on the bulletin board; look it up there later with your tracking code.';
    const expected = trackingCode(election, fromBase64Url(before.code, 'previous code', 32), seq, 'cast',
      ballotDigest(election, entry.ballot));
    const same = toBase64Url(expected) === code && entry.code === code
      && toBase64Url(ballotDigest(election, entry.ballot)) === toBase64Url(prepared.digest);
    return same
      ? 'Verified: the bulletin board holds exactly the ballot this device encrypted, and your tracking code follows from it and from the entry before it.'
      : 'Warning: the bulletin board entry does not match the ballot this device sent. Tell your union\'s stewards.';
  } catch (e) {
    return `The bulletin board could not be read just now (${e.message}); look your ballot up there later.`;
  }
}

async function challenge() {
  say(status, 'Opening this ballot for checking…');
  const { ballot, opening } = prepared;
  const answer = await postJson(`${api}/challenges`, { ballot, opening });
  const result = checkOpening(election, ballot, opening);
  const lines = [];
  if (result.ok) {
    lines.push(`All ${result.checked} encrypted marks were re-computed from the revealed secret numbers and match the ballot exactly.`);
    lines.push(['The ballot, opened, says:', describe(opening.map((row) => row.map((cell) => cell.value)))]);
    lines.push('If that is what you chose, this device encrypts honestly. If not, do not vote on this device and tell your stewards.');
  } else {
    lines.push('The check FAILED: this device did not encrypt what it claims. Do not vote on this device; tell your stewards.');
    lines.push(...result.problems);
  }
  lines.push('This opened ballot is void: it is shown on the bulletin board as challenged and is never counted.');
  list($('challenge-report'), lines);
  prepared = undefined;
  show($('booth-review'), false);
  show($('booth-challenged'));
  const receipt = field(answer, 'receipt');
  if (receipt) showReceipt(receipt, { seq: field(answer, 'seq'), code: field(answer, 'code'), state: 'challenged' });
  $('challenge-heading').focus();
  say(status, result.ok ? 'Challenge checked: the encryption was honest. Now encrypt your ballot again to vote.'
    : 'Challenge failed: the encryption did not match.', result.ok ? 'ok' : 'error');
}

function again() {
  prepared = undefined;
  show($('booth-review'), false);
  show($('booth-challenged'), false);
  show($('booth-cast'), false);
  show($('booth-receipt'), false);
  show($('booth-ballot'));
  $('ballot-heading').focus();
  say(status, 'Make your choices and encrypt again. Fresh secret numbers are used every time.');
}

onClick($('credential-create'), status, createCredential);
onClick($('credential-restore'), status, restoreCredential);
onClick($('ballot-encrypt'), status, async () => encrypt());
onClick($('ballot-cast'), status, cast);
onClick($('ballot-challenge'), status, challenge);
onClick($('ballot-change'), status, async () => again());
onClick($('challenge-again'), status, async () => again());
onClick($('cast-again'), status, async () => again());
onClick($('cast-copy'), status, () => copyCode($('cast-code').textContent.replace(/\s+/g, ''), 'Tracking code'));
onClick($('receipt-copy'), status, () => copyCode($('receipt-json').textContent, 'Receipt'));
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') noticeReplacement();
});
window.addEventListener('focus', noticeReplacement);
window.addEventListener('storage', (event) => {
  if (event.key === receiptKey) noticeReplacement();
});

refresh().catch((e) => say(status, `The election could not be loaded: ${e.message}`, 'error'));
