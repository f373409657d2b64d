// The offline queue (待发送): every report and action is written to IndexedDB with its
// Idempotency-Key when the user presses send, then sent in order, one at a time.
//
// Rules: no answer / 401 / 408 / 429 / 5xx → it stays at the head of the queue and is tried
// again (the `online` event, a timer, the next send); any other refusal (a 4xx with the
// server's message) takes it out of line as "failed", kept for the user to fix and resend
// or discard. The key makes a resend of a request whose answer was lost harmless: the
// server answers the first result again and applies nothing twice.

import { post, currentUser } from './api.js';

const DB = 'chengguantong';
const OUTBOX = 'outbox';
const SENT = 'sent';
const KEEP_SENT = 30;
const RETRY_MS = 20000;

export const events = new EventTarget();

let dbPromise = null;
function open() {
  if (!dbPromise) {
    dbPromise = new Promise((resolve, reject) => {
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => {
        const db = req.result;
        db.createObjectStore(OUTBOX, { keyPath: 'seq', autoIncrement: true });
        db.createObjectStore(SENT, { keyPath: 'seq', autoIncrement: true });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  }
  return dbPromise;
}

async function tx(store, mode, fn) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const t = db.transaction(store, mode);
    const s = t.objectStore(store);
    let result;
    Promise.resolve(fn(s)).then((r) => { result = r; });
    t.oncomplete = () => resolve(result);
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error);
  });
}

function all(store) {
  return tx(store, 'readonly', (s) => new Promise((resolve) => {
    const req = s.getAll();
    req.onsuccess = () => resolve(req.result);
  }));
}

function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

function mine(item) {
  const u = currentUser();
  return !!u && item.user === u.name;
}

/** Queue a POST; returns the stored item. `label` says what it is in the 待发送 list. */
export async function enqueue({ kind, path, body, label, ref = null }) {
  const item = {
    kind, path, body, label, ref,
    key: newKey(),
    user: currentUser().name,
    created_at: new Date().toISOString(),
    status: 'waiting',
    error: null,
  };
  item.seq = await tx(OUTBOX, 'readwrite', (s) => new Promise((resolve) => {
    const req = s.add(item);
    req.onsuccess = () => resolve(req.result);
  }));
  changed();
  flush();
  return item;
}

/** This user's items, oldest first. */
export async function items() {
  return (await all(OUTBOX)).filter(mine).sort((a, b) => a.seq - b.seq);
}

export async function sent() {
  return (await all(SENT)).filter(mine).sort((a, b) => b.seq - a.seq);
}

export async function discard(seq) {
  await tx(OUTBOX, 'readwrite', (s) => s.delete(seq));
  changed();
}

/** Send a failed item again, with the user's corrections: a new request, so a new key. */
export async function resend(seq, body) {
  const item = await tx(OUTBOX, 'readonly', (s) => new Promise((resolve) => {
    const req = s.get(seq);
    req.onsuccess = () => resolve(req.result);
  }));
  if (!item) return;
  await tx(OUTBOX, 'readwrite', (s) => s.delete(seq));
  await enqueue({ kind: item.kind, path: item.path, body: body || item.body, label: item.label, ref: item.ref });
}

export async function get(seq) {
  return tx(OUTBOX, 'readonly', (s) => new Promise((resolve) => {
    const req = s.get(seq);
    req.onsuccess = () => resolve(req.result);
  }));
}

function changed() { events.dispatchEvent(new Event('change')); }

let running = false;
let again = false;
export let lastError = null;

/** Send the waiting items of this user in order, one at a time. */
export async function flush() {
  if (!currentUser()) return;
  if (running) { again = true; return; }
  running = true;
  try {
    do {
      again = false;
      for (;;) {
        const next = (await items()).find((i) => i.status === 'waiting');
        if (!next) break;
        let doc;
        try {
          doc = await post(next.path, next.body, { 'Idempotency-Key': next.key });
        } catch (err) {
          if (err.retryable) {
            lastError = err;
            changed();
            return;
          }
          next.status = 'failed';
          next.error = { message: err.message, code: err.code, status: err.status };
          await tx(OUTBOX, 'readwrite', (s) => s.put(next));
          events.dispatchEvent(new CustomEvent('failed', { detail: next }));
          changed();
          continue;
        }
        lastError = null;
        await tx(OUTBOX, 'readwrite', (s) => s.delete(next.seq));
        const record = {
          user: next.user, kind: next.kind, label: next.label, key: next.key,
          code: doc.code || (doc.case && doc.case.code) || next.ref || '',
          state: doc.state || (doc.case && doc.case.state) || '',
          replayed: !!doc.replayed, sent_at: new Date().toISOString(),
        };
        await tx(SENT, 'readwrite', (s) => s.add(record));
        await trimSent();
        events.dispatchEvent(new CustomEvent('sent', { detail: { item: next, doc } }));
        changed();
      }
    } while (again);
  } finally {
    running = false;
  }
}

async function trimSent() {
  const rows = (await all(SENT)).sort((a, b) => b.seq - a.seq);
  const old = rows.slice(KEEP_SENT);
  if (old.length) await tx(SENT, 'readwrite', (s) => { for (const r of old) s.delete(r.seq); });
}

window.addEventListener('online', () => flush());
setInterval(() => { if (navigator.onLine !== false) flush(); }, RETRY_MS);
