/**
 * What the booth and trustee pages share: talking to the elections API of this installation
 * (same origin, the browser's session), announcing progress to screen readers, keeping a secret
 * on this device and offering it as a backup file.
 */

/** A refusal or failure, in words the person can act on. */
export class PageError extends Error {}

/** GET a JSON resource of the API; throws a PageError with the server's explanation. */
export async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return answer(response);
}

/** POST a JSON body; throws a PageError with the server's explanation (problem+json). */
export async function postJson(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return answer(response);
}

async function answer(response) {
  const text = await response.text();
  let body;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    body = {};
  }
  if (!response.ok) {
    const reason = body.detail || body.title || `the server answered ${response.status}`;
    throw new PageError(reason);
  }
  return body;
}

/** The first present field among several spellings (the API answers objects or JSON text). */
export function field(object, ...names) {
  for (const n of names) {
    if (object && object[n] !== undefined && object[n] !== null) return object[n];
  }
  return undefined;
}

/** A record-form value the API may give as a JSON object or as its canonical JSON text. */
export function recordValue(value) {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** The election's phase in capitals (CEREMONY, REGISTRATION, OPEN, CLOSED, PUBLISHED). */
export function phaseOf(view) {
  return String(field(view, 'phase') || '').toUpperCase();
}

/** Says something in the page's live region (read out by screen readers) and shows it. */
export function say(status, text, kind = 'info') {
  status.textContent = text;
  status.dataset.kind = kind;
}

/** Shows or hides a section. */
export function show(element, visible = true) {
  element.hidden = !visible;
}

/**
 * Puts a "download" link for a JSON file in place of the old one: the value pretty-printed, or a
 * text given as is (a receipt is kept in its canonical bytes).
 */
export function offerDownload(link, filename, json) {
  if (link.href && link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
  const text = typeof json === 'string' ? json : JSON.stringify(json, null, 2);
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = filename;
  show(link);
}

/**
 * Copies text to the clipboard. The clipboard API needs a secure context and may be refused (a
 * browser setting, an installation on plain http), so the old copy command of a selected text
 * field is tried next; when both fail the person is told to copy it by hand.
 */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // fall through to the copy command
  }
  const area = el('textarea', { readonly: true, 'aria-hidden': 'true', class: 'uh-offscreen' });
  area.value = text;
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new PageError('this browser did not allow copying; select the text and copy it by hand');
}

/** Reads a file chosen by the person as text. */
export function readChosenFile(input) {
  const file = input.files && input.files[0];
  if (!file) throw new PageError('choose a file first');
  return file.text();
}

/** A value kept on this device only (localStorage); undefined when absent or unreadable. */
export function loadLocal(key) {
  try {
    const text = window.localStorage.getItem(key);
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps a value on this device only. */
export function saveLocal(key, value) {
  window.localStorage.setItem(key, JSON.stringify(value));
}

/** Creates an element with attributes and text. */
export function el(tag, attributes = {}, text = undefined) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) {
    if (v !== undefined && v !== false) e.setAttribute(k, v === true ? '' : v);
  }
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Runs an action from a button: disables it meanwhile and reports any failure in words. */
export function onClick(button, status, action) {
  button.addEventListener('click', async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      await action();
    } catch (e) {
      say(status, `Not done: ${e.message}`, 'error');
    } finally {
      button.disabled = false;
    }
  });
}
