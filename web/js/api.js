// Calls to the RegAtlas HTTP API. Errors become ApiError with the server's {error, message}.

import { t } from './i18n.js';
import { ordinalOf } from './order.js';

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export async function getJson(path, { signal } = {}) {
  let res;
  try {
    res = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', t('err.network'));
  }
  return readJson(res);
}

export async function readJson(res) {
  let body = null;
  if ((res.headers.get('content-type') || '').includes('json')) {
    try { body = await res.json(); } catch { body = null; }
  }
  if (!res.ok) {
    const message = body && typeof body.message === 'string' ? body.message : `HTTP ${res.status}`;
    throw new ApiError(res.status, body && body.error ? body.error : `http_${res.status}`, message);
  }
  return body;
}

/** A user-facing sentence for an error. */
export function errorText(e) {
  if (e instanceof ApiError) {
    if (e.status === 0) return e.message;
    if (e.status === 503) return t('err.unavailable');
    if (e.code === 'bad_query') return t('err.query', { msg: e.message });
    if (e.status >= 400 && e.status < 500) return e.message;
  }
  return t('err.generic', { msg: e && e.message ? e.message : String(e) });
}

const memo = new Map();

function once(key, load) {
  if (!memo.has(key)) {
    memo.set(key, load().catch((e) => { memo.delete(key); throw e; }));
  }
  return memo.get(key);
}

const enc = encodeURIComponent;

export const api = {
  search(params, signal) {
    return getJson('/api/search?' + params.toString(), { signal });
  },
  documents() {
    return once('documents', () => getJson('/api/documents').then((d) => d.documents || []));
  },
  taxonomy() {
    return once('taxonomy', () => getJson('/api/taxonomy'));
  },
  provision(id) {
    return once('p:' + id, () => getJson('/api/provisions/' + enc(id)));
  },
  document(id) {
    return once('d:' + id, () => getJson('/api/documents/' + enc(id)));
  },
  /** Every provision of a document in reading order; falls back to browsing the search API. */
  documentProvisions(id, tree) {
    return once('dp:' + id, async () => {
      try {
        const body = await getJson('/api/documents/' + enc(id) + '/provisions');
        return body.provisions || [];
      } catch (e) {
        if (!(e instanceof ApiError) || e.status !== 404) throw e;
        return browseDocument(id, tree);
      }
    });
  },
  compare(params, signal) {
    return getJson('/api/compare?' + params.toString(), { signal });
  },
};

async function browseDocument(id, tree) {
  const all = [];
  for (let page = 1; page <= 20; page++) {
    const body = await api.search(new URLSearchParams({ q: '', doc: id, size: '100', page: String(page) }));
    all.push(...body.hits);
    if (all.length >= body.total || body.hits.length === 0) break;
  }
  const order = new Map();
  (function walk(node) {
    order.set(node.path ?? null, order.size);
    (node.children || []).forEach(walk);
  })(tree || { path: null, children: [] });
  const rank = (p) => order.get(p.section?.path ?? null) ?? Number.MAX_SAFE_INTEGER;
  return all.sort((a, b) => rank(a) - rank(b) || ordinalOf(a.id) - ordinalOf(b.id));
}
