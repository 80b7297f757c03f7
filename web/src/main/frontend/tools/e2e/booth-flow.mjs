// Runs a whole secret ballot through the real booth and trustee pages of a running Unionhall with
// the demo data, in headless Chromium: three trustees run the key ceremony from their browsers,
// three members register voting keys, one challenges before casting, one revotes, the steward
// opens and closes, two trustees decrypt; the published result and its verification report are
// checked. Exit status 0 when everything matched, 1 otherwise.
//
//   node tools/e2e/booth-flow.mjs [BASE_URL]        (default http://localhost:8080)
//
// Needs chromedriver and chromium (UNIONHALL_CHROMEDRIVER, UNIONHALL_CHROMIUM, or on the PATH).
import { spawn } from 'node:child_process';

const BASE = process.argv[2] || 'http://localhost:8080';
const PASSWORD = 'union-demo-2026';
const DRIVER_PORT = 8400 + Math.floor(Math.random() * 100);
const D = `http://127.0.0.1:${DRIVER_PORT}`;
const log = (...a) => console.log(new Date().toISOString().slice(11, 19), ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function api(email) {
  const r = await fetch(`${BASE}/api/v1/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }) });
  if (r.status !== 204) throw new Error(`sign-in of ${email} refused: ${r.status}`);
  const cookie = r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  return async (method, path, body) => {
    const res = await fetch(`${BASE}/api/v1${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body),
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Cookie: cookie } });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : {} };
  };
}

async function wd(method, path, body) {
  const r = await fetch(D + path, { method, headers: { 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined });
  const j = await r.json();
  if (j.value && j.value.error) throw new Error(`${path}: ${j.value.message?.split('\n')[0]}`);
  return j.value;
}

async function browser(email) {
  const s = await wd('POST', '/session', { capabilities: { alwaysMatch: { browserName: 'chrome', 'goog:chromeOptions': {
    binary: process.env.UNIONHALL_CHROMIUM || '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--window-size=1280,800'] } } } });
  const S = `/session/${s.sessionId}`;
  const find = async (css) => Object.values(await wd('POST', `${S}/element`, { using: 'css selector', value: css }))[0];
  const b = {
    go: (path) => wd('POST', `${S}/url`, { url: BASE + path }),
    click: async (css) => wd('POST', `${S}/element/${await find(css)}/click`, {}),
    type: async (css, text) => wd('POST', `${S}/element/${await find(css)}/value`, { text }),
    text: (css) => wd('POST', `${S}/execute/sync`, { args: [css],
      script: 'const e = document.querySelector(arguments[0]); return e ? e.innerText : null;' }),
    clear: (css) => wd('POST', `${S}/execute/sync`, { args: [css],
      script: 'document.querySelector(arguments[0]).textContent = "";' }),
    async until(css, pred, ms = 60000) {
      const end = Date.now() + ms;
      let t;
      while (Date.now() < end) {
        t = await b.text(css);
        if (t && pred(t)) return t;
        await sleep(250);
      }
      throw new Error(`${email}: waited in vain on ${css}, last "${t}"`);
    },
    quit: () => wd('DELETE', S),
  };
  await b.go('/login.xhtml');
  await b.type('input[type=email]', email);
  await b.type('input[type=password]', PASSWORD);
  await b.click('button[type=submit], input[type=submit]');
  await sleep(1500);
  return b;
}

function check(ok, what) {
  if (!ok) throw new Error(`check failed: ${what}`);
  log('ok:', what);
}

const driver = spawn(process.env.UNIONHALL_CHROMEDRIVER || 'chromedriver', [`--port=${DRIVER_PORT}`], { stdio: 'ignore' });
const open = [];
let failed = false;
try {
  await sleep(1000);
  const steward = await api('amara@unionhall.example');
  const trusteeNames = ['yuki', 'jonas', 'priya'];
  const ids = [];
  for (const who of trusteeNames) {
    const me = (await (await api(`${who}@unionhall.example`))('GET', '/me')).json;
    ids.push(me.mandates?.[0]?.memberId ?? me.memberships?.[0]?.memberId);
  }
  const now = Date.now();
  const prepared = await steward('POST', '/elections', {
    subjectKind: 'MOTION', subjectId: `booth-flow-${now}`, title: 'Adopt the moderation charter', scope: 'moderators-europe',
    contests: [
      { id: 'motion', question: 'Adopt the moderation charter?', method: 'yes-no-abstain', options: ['yes', 'no', 'abstain'], min: 1, max: 1, range: 1 },
      { id: 'panel', question: 'Who joins the appeals panel?', method: 'approval', options: ['Amara', 'Jonas', 'Priya'], min: 1, max: 2, range: 1 },
    ],
    trustees: ids, threshold: 2,
    opensAt: new Date(now + 3600e3).toISOString(), closesAt: new Date(now + 7200e3).toISOString(),
  });
  check(prepared.status === 201, `election prepared (${prepared.status})`);
  const E = prepared.json.id;

  const trustees = [];
  for (const who of trusteeNames) trustees.push(await browser(`${who}@unionhall.example`));
  open.push(...trustees);
  for (const [step, button, done] of [['announce', '#trustee-announce', 'Step 1 done'],
    ['shares', '#trustee-shares', 'Step 2 done'], ['check', '#trustee-check', 'Step 3 done']]) {
    for (const t of trustees) {
      if (step === 'announce') {
        await t.go(`/elections/trustee.xhtml?e=${E}`);
        await t.until('#trustee-phase', (s) => s.startsWith('Phase'));
      }
      await t.clear('#trustee-status');
      await t.click(button);
      const said = await t.until('#trustee-status', (s) => s.length > 0);
      check(said.startsWith(done), `trustee ${step}: ${said}`);
    }
  }
  check((await steward('GET', `/elections/${E}`)).json.phase === 'REGISTRATION', 'the joint key is fixed');

  const voters = {};
  for (const who of ['chloe', 'mateo', 'jonas']) {
    const v = await browser(`${who}@unionhall.example`);
    open.push(v);
    voters[who] = v;
    await v.go(`/elections/booth.xhtml?e=${E}`);
    await v.until('#booth-phase', (s) => s.startsWith('Registration is open'));
    await v.click('#credential-create');
    const said = await v.until('#booth-status', (s) => s.includes('registered') || s.startsWith('Not done'));
    check(said.includes('is registered'), `${who} registers a voting key`);
  }
  check((await steward('POST', `/elections/${E}/open`)).status === 200, 'voting opened');

  async function vote(who, picks, challengeFirst = false) {
    const v = voters[who];
    await v.go(`/elections/booth.xhtml?e=${E}`);
    await v.until('#booth-phase', (s) => s.startsWith('Voting is open'));
    await v.until('#booth-ballot', (s) => s.includes('Encrypt my ballot'));
    for (const p of picks) await v.click(`#${p}`);
    await v.click('#ballot-encrypt');
    check((await v.until('#booth-status', (s) => s.includes('encrypted') || s.startsWith('Not done')))
      .startsWith('Your ballot is encrypted'), `${who}'s ballot is encrypted`);
    if (challengeFirst) {
      await v.click('#ballot-challenge');
      const said = await v.until('#booth-status', (s) => s.startsWith('Challenge') || s.startsWith('Not done'));
      check(said.startsWith('Challenge checked'), `${who} challenges: ${said}`);
      check((await v.text('#challenge-report')).includes('match the ballot exactly'), 'the challenge report says what matched');
      await v.click('#challenge-again');
      await v.click('#ballot-encrypt');
      await v.until('#booth-status', (s) => s.startsWith('Your ballot is encrypted'));
    }
    await v.click('#ballot-cast');
    const said = await v.until('#booth-status', (s) => s.includes('is cast') || s.startsWith('Not done'));
    check(said.startsWith('Your ballot is cast'), `${who} casts: ${said}`);
    check((await v.text('#cast-check')).startsWith('Verified'), `${who}'s tracking code checks against the board`);
  }
  await vote('chloe', ['c0o0', 'c1o0'], true);
  await vote('mateo', ['c0o1', 'c1o1', 'c1o2']);
  await vote('jonas', ['c0o2', 'c1o2']);
  await vote('mateo', ['c0o0', 'c1o1']);
  check((await steward('POST', `/elections/${E}/close`)).status === 200, 'voting closed');

  for (const i of [0, 2]) {
    const t = trustees[i];
    await t.go(`/elections/trustee.xhtml?e=${E}`);
    await t.until('#trustee-phase', (s) => s.startsWith('Phase: closed'));
    await t.click('#trustee-decrypt');
    const said = await t.until('#trustee-status', (s) => s.startsWith('Decryption') || s.startsWith('Not done'));
    check(said.startsWith('Decryption done'), `trustee ${i + 1} decrypts: ${said}`);
  }
  const result = (await steward('GET', `/elections/${E}/result`)).json;
  const counts = result.contests?.map((c) => c.counts);
  check(JSON.stringify(counts) === JSON.stringify([[2, 0, 1], [1, 1, 1]]),
    `the published counts are the last ballots' choices: ${JSON.stringify(counts)}`);
  check(result.report?.passed === true, 'the verification report passed');
} catch (e) {
  failed = true;
  log('FAILED:', e.message);
} finally {
  for (const b of open) await b.quit().catch(() => {});
  driver.kill();
}
process.exit(failed ? 1 : 0);
