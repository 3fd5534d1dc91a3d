// The page's only way to the services: same-origin /api calls through the gateway, with the user's token.
import { currentLang } from './i18n.js';

const TOKEN_KEY = 'gongwen.token';

/** A refusal or failure as the service described it (problem+json), or a network failure (problem = null). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }

  /** violations[] grouped by the form field they name ("mainRecipients[2]" → "mainRecipients"). */
  byField() {
    const fields = {};
    for (const v of this.problem?.violations ?? []) {
      const field = String(v.field ?? '').split(/[[.]/)[0] || '_';
      (fields[field] ??= []).push(v);
    }
    return fields;
  }
}

function decodeClaims(token) {
  const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(part), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

let onExpired = () => {};

export const session = {
  /** The signed-in user from the token's claims: username, name, unit, roles, clearance. */
  user() {
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (!token) return null;
    try {
      const c = decodeClaims(token);
      if (c.exp && c.exp * 1000 < Date.now()) return null;
      return { username: c.sub, name: c.name, unit: c.unit, roles: c.roles ?? [], clearance: c.clearance };
    } catch {
      return null;
    }
  },
  has(...roles) {
    const u = this.user();
    return !!u && roles.some((r) => u.roles.includes(r));
  },
  /** Local suite only: the gateway's POST /dev/token issues a token for a demo user, no password. */
  async login(username) {
    const response = await send('POST', '/dev/token', { body: { username }, anonymous: true });
    sessionStorage.setItem(TOKEN_KEY, response.body.access_token);
    return this.user();
  },
  logout() {
    sessionStorage.removeItem(TOKEN_KEY);
  },
  onExpired(callback) {
    onExpired = callback;
  },
};

async function send(method, path, { body, ifMatch, anonymous, raw } = {}) {
  const headers = { Accept: 'application/json, application/problem+json', 'Accept-Language': currentLang() === 'en' ? 'en' : 'zh-CN' };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token && !anonymous) headers.Authorization = `Bearer ${token}`;
  const multipart = body instanceof FormData;
  if (body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (ifMatch) headers['If-Match'] = ifMatch;
  let response;
  try {
    // no-store: a draft's ETag counts saves, not status changes, so a revalidated GET (304) would show a
    // stale status; the page always wants the services' current answer
    response = await fetch(path, { method, headers, cache: 'no-store',
      body: body === undefined || multipart ? body : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, null);
  }
  if (raw && response.ok) {
    return { status: response.status, body: new Uint8Array(await response.arrayBuffer()), etag: response.headers.get('ETag') };
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!response.ok) {
    if (response.status === 401 && !anonymous) {
      session.logout();
      onExpired();
    }
    throw new ApiError(response.status, json ?? { status: response.status, detail: text || response.statusText });
  }
  return { status: response.status, body: json, etag: response.headers.get('ETag') };
}

export const api = {
  get: (path) => send('GET', path),
  /** The answer's exact bytes (what a hash was computed over), not parsed. */
  bytes: (path) => send('GET', path, { raw: true }),
  post: (path, body) => send('POST', path, { body }),
  put: (path, body, ifMatch) => send('PUT', path, { body, ifMatch }),
  /** multipart/form-data (files); the browser sets the boundary. */
  upload: (method, path, formData, ifMatch) => send(method, path, { body: formData, ifMatch }),
  /** body: for the DELETEs that say why (减签 with its opinion). */
  delete: (path, ifMatch, body) => send('DELETE', path, { ifMatch, body: body ?? undefined }),
};

/** Query string from the non-empty entries of an object. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}
