// The center's server, as the field client talks to it: the login token (in memory and in
// sessionStorage, so a reload keeps the session but a closed tab ends it), JSON requests and
// the server's typed errors.

const API = '/api/v1';
const CLIENT = 'field-web';
const KEY = 'cgt.session';

let session = null; // {token, expires_at, user: {name, roles, department, district}}

try { session = JSON.parse(sessionStorage.getItem(KEY) || 'null'); } catch { session = null; }

/** A refused or failed request. `network` is true when no answer came at all. */
export class ApiError extends Error {
  constructor(message, { status = 0, code = '', params = {}, network = false } = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.params = params;
    this.network = network;
  }

  /** Worth sending again later: no answer, the session, a timeout, throttling, the server. */
  get retryable() {
    return this.network || [401, 408, 429].includes(this.status) || this.status >= 500;
  }
}

export function currentSession() { return session; }
export function currentUser() { return session ? session.user : null; }

export function isInspector() {
  const u = currentUser();
  return !!u && u.roles.includes('inspector');
}

function setSession(doc) {
  session = doc;
  if (doc) sessionStorage.setItem(KEY, JSON.stringify(doc));
  else sessionStorage.removeItem(KEY);
}

function headers(extra = {}) {
  const h = { 'X-Console-Client': CLIENT, ...extra };
  if (session) h.Authorization = `Bearer ${session.token}`;
  return h;
}

async function errorOf(resp) {
  let doc = {};
  try { doc = await resp.json(); } catch { /* not JSON: a proxy's page */ }
  const message = doc.message || `${resp.status} ${resp.statusText}`;
  return new ApiError(message, { status: resp.status, code: doc.code || '', params: doc.params || {} });
}

let onUnauthorized = () => {};
/** Called when the server no longer knows the token (expired, revoked). */
export function whenUnauthorized(fn) { onUnauthorized = fn; }

/** A raw request; throws ApiError. */
export async function request(method, path, { body, extraHeaders = {}, raw = false } = {}) {
  let resp;
  try {
    resp = await fetch(API + path, {
      method,
      headers: headers(body === undefined ? extraHeaders
        : { 'Content-Type': 'application/json', ...extraHeaders }),
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch (err) {
    throw new ApiError('网络不可用', { network: true });
  }
  if (!resp.ok) {
    const err = await errorOf(resp);
    if (resp.status === 401 && session && path !== '/login') onUnauthorized(err);
    throw err;
  }
  return raw ? resp : resp.json();
}

export const get = (path) => request('GET', path);
export const post = (path, body, extraHeaders) => request('POST', path, { body, extraHeaders });

export async function login(name, password) {
  const doc = await request('POST', '/login', { body: { name, password } });
  setSession(doc);
  return doc.user;
}

export async function logout() {
  const had = session;
  setSession(null);
  if (had) {
    try {
      await fetch(API + '/logout', { method: 'POST', headers: { Authorization: `Bearer ${had.token}`, 'X-Console-Client': CLIENT } });
    } catch { /* offline: the token expires on its own */ }
  }
}

/** Forget the session without telling the server (it already refused the token). */
export function dropSession() { setSession(null); }

/** A blob (an attachment, a tile) fetched with the token. */
export async function blob(path) {
  const resp = await request('GET', path, { raw: true });
  return resp.blob();
}

export async function arrayBuffer(path) {
  const resp = await request('GET', path, { raw: true });
  return resp.arrayBuffer();
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}
