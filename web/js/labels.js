// Vocabularies loaded once: topic labels (GET /api/taxonomy) and document metadata (GET /api/documents).
// Views await ready() before rendering; when a call fails the UI falls back to ids.

import { api } from './api.js';
import { lang } from './i18n.js';

const topics = new Map();      // id -> {zh, en}
const topicParents = new Map(); // id -> parent id or null
const kinds = new Map();       // protocol-section kind id -> {zh, en}
const documents = new Map();   // id -> document metadata
let loading = null;

export function ready() {
  if (!loading) {
    loading = Promise.allSettled([
      api.taxonomy().then((tx) => {
        for (const tp of tx.topics || []) {
          topics.set(tp.id, tp.label || {});
          topicParents.set(tp.id, tp.parent || null);
        }
        for (const k of tx.protocolSections || []) kinds.set(k.id, k.label || {});
      }),
      api.documents().then((docs) => docs.forEach((d) => documents.set(d.id, d))),
    ]).then((results) => {
      if (results.some((r) => r.status === 'rejected')) loading = null; // try again on the next view
    });
  }
  return loading || Promise.resolve();
}

/** The topic's label in the UI language, else the other language, else its id. */
export function topicLabel(id) {
  const l = topics.get(id);
  if (!l) return id;
  return (lang() === 'zh' ? l.zh || l.en : l.en || l.zh) || id;
}

/** The label of a protocol-section kind (taxonomy protocolSections), else the value itself. */
export function kindLabel(id) {
  const l = kinds.get(id);
  if (!l) return id;
  return (lang() === 'zh' ? l.zh || l.en : l.en || l.zh) || id;
}

export function topicIds() {
  return [...topics.keys()];
}

export function topicParent(id) {
  return topicParents.get(id) || null;
}

export function documentMeta(id) {
  return documents.get(id) || null;
}

export function allDocuments() {
  return [...documents.values()];
}

/** The document title in the UI language when there is one, else in the other. */
export function documentTitle(id, fallback) {
  const d = documents.get(id);
  if (!d) return fallback || id;
  const tt = d.title || {};
  return (lang() === 'zh' ? tt.zh || tt.en : tt.en || tt.zh) || fallback || id;
}

/** The document title in the document's own language (the one to cite). */
export function officialTitle(d) {
  const tt = d?.title || {};
  return (d?.language === 'en' ? tt.en || tt.zh : tt.zh || tt.en) || d?.id || '';
}
