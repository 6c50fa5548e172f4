// Element building. Server text always goes in through text nodes; the one exception is setHighlight().

import { t, has } from './i18n.js';
import { topicLabel } from './labels.js';

/**
 * Creates an element. attrs: class, text, dataset ({k: v}), on ({event: fn}), hidden, and any other attribute.
 * Children: nodes or strings (strings become text nodes); null/false are skipped; arrays are flattened.
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = Array.isArray(v) ? v.filter(Boolean).join(' ') : v;
    else if (k === 'text') el.textContent = v;
    else if (k === 'dataset') Object.entries(v).forEach(([dk, dv]) => { if (dv !== null && dv !== undefined) el.dataset[dk] = dv; });
    else if (k === 'on') Object.entries(v).forEach(([ev, fn]) => el.addEventListener(ev, fn));
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, children);
  return el;
}

/** Replaces el's children; like h(), skips null/false and flattens arrays. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/**
 * Puts the server's highlight into el. The server HTML-escapes the text and adds only <mark>; as a second guard,
 * the parsed fragment keeps text and <mark> elements only and drops everything else (no attributes survive).
 */
export function setHighlight(el, html) {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  const out = document.createDocumentFragment();
  for (const node of tpl.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.append(node.textContent);
    else if (node.nodeType === Node.ELEMENT_NODE && node.nodeName === 'MARK') out.append(h('mark', {}, node.textContent));
    else out.append(node.textContent || '');
  }
  el.replaceChildren(out);
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** 'zh-CN' when text contains Chinese characters, else 'en'; set as lang so CJK text gets Simplified Chinese glyphs. */
export function textLang(text) {
  return CJK.test(text || '') ? 'zh-CN' : 'en';
}

/** Only http(s) URLs become links; anything else (javascript:, data:) is shown as text. */
export function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** An external link that opens in a new tab, or plain text when the URL is not http(s). */
export function extLink(url, text) {
  const href = safeUrl(url);
  if (!href) return h('span', { class: 'url-text' }, text || url);
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'ext', dataset: { external: '' } }, text || shortUrl(href));
}

export function shortUrl(url) {
  try {
    const u = new URL(url);
    const path = u.pathname.length > 42 ? u.pathname.slice(0, 40) + '…' : u.pathname;
    return u.host.replace(/^www\./, '') + (path === '/' ? '' : path);
  } catch {
    return url;
  }
}

export const STRENGTHS = ['MUST', 'SHOULD', 'MAY', 'INFO'];
export const JURISDICTIONS = ['CN', 'US', 'EU', 'INTL'];

/**
 * The strength badge. For a journal review ({ claim: true }) the strength is the article's wording about what an
 * agency requires, not an obligation of its own, and the badge says so.
 */
export function strengthBadge(strength, { claim = false } = {}) {
  const s = STRENGTHS.includes(strength) ? strength : 'INFO';
  if (claim && s !== 'INFO') {
    return h('span', { class: `badge strength claim s-${s.toLowerCase()}`, title: t('strengthHint.claim'), dataset: { strength: s, claim: 'article' } },
      t('strength.claim', { s: t(`strength.${s}`) }));
  }
  return h('span', { class: `badge strength s-${s.toLowerCase()}`, title: t(`strengthHint.${s}`), dataset: { strength: s } },
    t(`strength.${s}`));
}

/** What kind of text a provision is: the official wording, our summary, or a journal review (a secondary source). */
export function sourceKind(p, doc) {
  if (p && p.provenance === 'digest') return 'digest';
  return doc && doc.type === 'review' ? 'review' : 'verbatim';
}

/** Verbatim, digest or review; the digest and review labels spell out that they are not the official wording. */
export function provenanceBadge(provenance, { short = false } = {}) {
  const p = provenance === 'digest' || provenance === 'review' ? provenance : 'verbatim';
  return h('span', { class: `badge prov prov-${p}`, title: t(`provHint.${p}`), dataset: { provenance: p } },
    h('span', { class: 'prov-icon', 'aria-hidden': 'true' }, p === 'digest' ? '≈' : p === 'review' ? '§' : '❝'),
    t(short ? `provShort.${p}` : `prov.${p}`));
}

export function jurisdictionTag(j) {
  return h('span', { class: `jur jur-${String(j).toLowerCase()}`, title: has(`jur.${j}`) ? t(`jur.${j}`) : j }, j);
}

export function statusLabel(status) {
  return has(`status.${status}`) ? t(`status.${status}`) : status;
}

export function typeLabel(type) {
  return has(`type.${type}`) ? t(`type.${type}`) : type;
}

export function topicChip(id, href) {
  const label = topicLabel(id);
  const attrs = { class: 'chip', title: id, dataset: { topic: id } };
  return href ? h('a', { ...attrs, href }, label) : h('span', attrs, label);
}

export { ordinalOf } from './order.js';

export function provisionHref(id) {
  return '/p/' + encodeURIComponent(id);
}

export function documentHref(docId, sectionPath) {
  return '/doc/' + encodeURIComponent(docId) + (sectionPath ? '#' + sectionAnchor(sectionPath) : '');
}

/** A stable ASCII anchor for a section path such as 二.（三）.1 (hex of its UTF-8 bytes would be long; a hash is enough). */
export function sectionAnchor(path) {
  let hash = 5381;
  for (const ch of String(path)) hash = ((hash * 33) ^ ch.codePointAt(0)) >>> 0;
  return 's-' + hash.toString(36);
}

/** The citation format of the provision page; see README. */
export function citation(p, doc) {
  const title = p.docTitle || doc?.title?.zh || doc?.title?.en || p.docId;
  const reference = doc?.reference || 'no reference';
  const headings = p.section?.headings?.length ? p.section.headings.join(' > ') : (p.section?.path || 'no section');
  const issued = doc?.issued || 'undated';
  const language = translatedInto(p);
  const note = language === 'en' ? ' English: unofficial translation.'
    : language === 'zh' ? ' Chinese: unofficial translation.' : '';
  return `${title} (${reference}), ${headings}, ${issued}. RegAtlas provision ${p.id}.${note}`;
}

/**
 * The language of the team's translation the provision carries: 'en' for the English of a Chinese official
 * sentence, 'zh' for the Chinese of an English one; null when it has none.
 */
export function translatedInto(p) {
  const langs = (p && p.translated) || [];
  if (langs.includes('en') && p.textEn) return 'en';
  if (langs.includes('zh') && p.textZh) return 'zh';
  return null;
}

/** Whether the provision carries the team's translation of its official sentence. */
export function isTranslated(p) {
  return translatedInto(p) !== null;
}

/**
 * The team's translation of an official sentence (English of a Chinese one, Chinese of an English one), labelled as
 * an unofficial translation in either UI language; null when the provision has none. Marked with highlightEn or
 * highlightZh (escaped by the server) when the search gave one.
 */
export function translationBlock(p) {
  const language = translatedInto(p);
  if (!language) return null;
  const zh = language === 'zh';
  const text = h('span', { class: 'translation-text', lang: zh ? 'zh-CN' : 'en' });
  const marked = zh ? p.highlightZh : p.highlightEn;
  if (marked) setHighlight(text, marked); else text.textContent = zh ? p.textZh : p.textEn;
  return h('p', { class: 'translation', title: t(zh ? 'hit.unofficialHintZh' : 'hit.unofficialHint') },
    h('span', { class: 'translation-label' }, t('hit.unofficialTranslation')), ' ', text);
}

/** Copies text to the clipboard; falls back to a hidden textarea for non-secure origins. Resolves to true on success. */
export async function copyText(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch { /* fall through */ }
  const back = document.activeElement; // selecting the textarea takes focus; the copy button gets it back
  const ta = h('textarea', { class: 'offscreen', readonly: true, 'aria-hidden': 'true' });
  ta.value = text;
  document.body.append(ta);
  ta.select();
  let ok = false;
  try { ok = document.execCommand('copy'); } catch { ok = false; }
  ta.remove();
  if (back && back.focus) back.focus();
  return ok;
}

export function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A message block: kind is 'error', 'info' or 'warn'. Errors are announced to screen readers. */
export function message(kind, text, ...extra) {
  return h('div', { class: `msg msg-${kind}`, role: kind === 'error' ? 'alert' : 'status' }, h('p', {}, text), ...extra);
}

export function spinner(text) {
  return h('div', { class: 'loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

const ICONS = {
  search: ['C10.5 10.5 6.5', 'M15.5 15.5L20 20'],
  copy: ['M9 9h10v11H9z', 'M5 15V4h10'],
  upload: ['M12 15V4', 'M7.5 8.5L12 4l4.5 4.5', 'M4 15v4a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-4'],
};

/** A small stroke icon (decorative, hidden from screen readers). 'C cx cy r' entries are circles, others paths. */
export function icon(name, cls = 'icon') {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', cls);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of ICONS[name] || []) {
    let el;
    if (d.startsWith('C')) {
      const [cx, cy, r] = d.slice(1).trim().split(/\s+/);
      el = document.createElementNS(ns, 'circle');
      el.setAttribute('cx', cx); el.setAttribute('cy', cy); el.setAttribute('r', r);
    } else {
      el = document.createElementNS(ns, 'path');
      el.setAttribute('d', d);
    }
    el.setAttribute('fill', 'none');
    el.setAttribute('stroke', 'currentColor');
    el.setAttribute('stroke-width', '1.9');
    el.setAttribute('stroke-linecap', 'round');
    el.setAttribute('stroke-linejoin', 'round');
    svg.append(el);
  }
  return svg;
}
