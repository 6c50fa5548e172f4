// Document page /doc/<id>: metadata, table of contents, and the whole text as provisions marked by strength.

import { t, lang } from '../i18n.js';
import {
  h, fill, textLang, message, spinner, strengthBadge, provenanceBadge, sourceKind, jurisdictionTag, statusLabel, typeLabel, extLink,
  provisionHref, documentHref, sectionAnchor, ordinalOf, STRENGTHS, translationBlock,
} from '../dom.js';
import { api, errorText } from '../api.js';
import { ready, documentMeta, officialTitle } from '../labels.js';
import { searchUrl, readState } from './search.js';

export function mount(root, loc) {
  let id;
  try { id = decodeURIComponent(loc.pathname.slice('/doc/'.length)); } catch { id = loc.pathname.slice('/doc/'.length); }
  const page = h('article', { class: 'page document-view' }, spinner(t('results.loading')));
  root.append(page);
  const view = { strength: null };
  load(page, id, loc.hash, view);
  return view;
}

/** The document's metadata as a definition list (shared with the provision page). */
export function documentFacts(doc) {
  const rows = [];
  const add = (label, value, cls) => rows.push(h('dt', {}, label), h('dd', { class: cls }, value));
  const none = (key) => h('span', { class: 'muted' }, t(key));
  add(t('doc.jurisdiction'), [jurisdictionTag(doc.jurisdiction), ' ', t(`jur.${doc.jurisdiction}`)]);
  add(t('doc.agency'), [doc.agency, doc.body && doc.body !== doc.agency ? ` · ${doc.body}` : ''].join(''));
  add(t('doc.type'), typeLabel(doc.type));
  add(t('doc.status'), h('span', { class: `status st-${doc.status}` }, statusLabel(doc.status)));
  add(t('doc.issued'), doc.issued || none('doc.unknown'));
  add(t('doc.effective'), doc.effective || none('doc.unknown'));
  add(t('doc.reference'), doc.reference ? h('span', { lang: textLang(doc.reference) }, doc.reference) : none('doc.noReference'));
  add(t('doc.url'), doc.url ? extLink(doc.url) : none('doc.noUrl'), 'break');
  add(t('doc.provenance'), provenanceBadge(sourceKind(doc, doc)));
  add(t('doc.provisions'), String(doc.provisionCount ?? ''));
  if (doc.sha256) add(t('doc.sha256'), h('span', { class: 'mono' }, doc.sha256), 'break');
  if (doc.licence) add(t('doc.licence'), h('span', { class: 'small', lang: 'en' }, doc.licence));
  if (doc.supersedes && doc.supersedes.length) {
    add(t('doc.supersedes'), doc.supersedes.map((s, i) => [i ? ', ' : '', documentMeta(s) ? h('a', { href: documentHref(s) }, s) : s]));
  }
  return h('dl', { class: 'facts' }, rows);
}

async function load(page, id, hash, view) {
  let detail;
  let provisions;
  try {
    [detail] = await Promise.all([api.document(id), ready()]);
    provisions = await api.documentProvisions(id, detail.sections);
  } catch (e) {
    page.replaceChildren(h('h1', {}, id), message('error', e.status === 404 ? t('doc.notFound') : errorText(e)));
    return;
  }
  const doc = detail.document;
  const title = officialTitle(doc);
  const translated = doc.language === 'en' ? doc.title?.zh : doc.title?.en;
  document.title = `${title} · RegAtlas`;

  const groups = groupBySection(detail.sections, provisions);
  const textBox = h('div', { class: 'doc-text', id: 'doc-text' });
  const counts = Object.fromEntries(STRENGTHS.map((s) => [s, provisions.filter((p) => p.strength === s).length]));
  const filterBar = strengthFilter(counts, (s) => { view.strength = s; textBox.dataset.only = s || ''; });

  const sectioned = (detail.sections?.children || []).length > 0;
  groups.forEach((g) => textBox.append(sectionBlock(g, sectioned)));
  if (!provisions.length) textBox.append(h('p', { class: 'muted' }, t('doc.empty')));

  const notes = doc.notes ? (lang() === 'zh' ? doc.notes.zh || doc.notes.en : doc.notes.en || doc.notes.zh) : null;
  const toc = tocList(detail.sections);
  fill(page,
    h('nav', { class: 'breadcrumbs', 'aria-label': 'Breadcrumb' }, h('ol', {},
      h('li', {}, h('a', { href: '/' }, t('nav.search'))),
      h('li', {}, h('span', { 'aria-current': 'page', lang: textLang(title) }, title)))),
    h('header', { class: 'page-head' },
      h('p', { class: 'eyebrow' }, jurisdictionTag(doc.jurisdiction), h('span', {}, doc.agency), h('span', {}, typeLabel(doc.type)),
        h('span', { class: `status st-${doc.status}` }, statusLabel(doc.status)), h('span', { class: 'mono' }, doc.id)),
      h('h1', { lang: textLang(title) }, title),
      translated && translated !== title ? h('p', { class: 'subtitle', lang: textLang(translated) }, translated) : null),
    doc.provenance === 'digest' ? message('warn', t('doc.digestBanner')) : null,
    h('div', { class: 'doc-layout' },
      h('aside', { class: 'doc-side' },
        h('section', { class: 'panel', 'aria-labelledby': 'meta-h' }, h('h2', { id: 'meta-h' }, t('doc.metadata')), documentFacts(doc),
          h('p', {}, h('a', { href: searchUrl({ ...readState(''), filters: { ...readState('').filters, doc: [doc.id] } }) }, t('doc.searchIn') + ' →'))),
        toc ? h('nav', { class: 'panel toc', 'aria-labelledby': 'toc-h' }, h('h2', { id: 'toc-h' }, t('doc.contents')), toc) : null,
        notes ? h('section', { class: 'panel notes', 'aria-labelledby': 'notes-h' }, h('h2', { id: 'notes-h' }, t('doc.notes')),
          h('p', { class: 'small', lang: textLang(notes) }, notes)) : null),
      h('div', { class: 'doc-main' }, filterBar, textBox)));

  if (hash) {
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target) target.scrollIntoView({ block: 'start' });
  }
}

/** Sections in reading order (pre-order of the tree), each with its own provisions; unmatched ones go last. */
function groupBySection(tree, provisions) {
  const groups = [];
  const byPath = new Map();
  (function walk(node, depth) {
    const g = { path: node.path ?? null, heading: node.heading, depth, items: [] };
    groups.push(g);
    byPath.set(g.path, g);
    (node.children || []).forEach((c) => walk(c, depth + 1));
  })(tree || { path: null, heading: '', children: [] }, 0);
  const orphans = { path: '__other__', heading: t('doc.unsectioned'), depth: 1, items: [] };
  for (const p of provisions) (byPath.get(p.section?.path ?? null) || orphans).items.push(p);
  for (const g of groups) g.items.sort((a, b) => ordinalOf(a.id) - ordinalOf(b.id));
  if (orphans.items.length) groups.push(orphans);
  // Every heading stays (the table of contents links to each); the root only when it holds front matter.
  return groups.filter((g) => g.depth > 0 || g.items.length);
}

function sectionBlock(g, sectioned) {
  const level = Math.min(6, Math.max(2, g.depth + 1));
  // Text before the first heading is "front matter"; a document without headings needs no heading at all.
  const heading = g.depth === 0 ? (sectioned && g.items.length ? t('doc.frontMatter') : null) : g.heading || g.path;
  const anchor = g.path ? sectionAnchor(g.path) : 'front';
  return h('section', { class: `doc-section depth-${Math.min(g.depth, 4)}`, id: anchor, dataset: { sectionPath: g.path || '' } },
    heading ? h(`h${level}`, { class: 'doc-heading', lang: textLang(heading) }, heading) : null,
    g.items.length ? h('div', { class: 'doc-provisions' }, g.items.map(provisionBlock)) : null);
}

function provisionBlock(p) {
  const claim = sourceKind(p, documentMeta(p.docId)) === 'review';
  return h('div', { class: `doc-prov s-${p.strength.toLowerCase()}${p.provenance === 'digest' ? ' is-digest' : ''}`, dataset: { provisionId: p.id, strength: p.strength } },
    h('div', { class: 'doc-prov-side' }, strengthBadge(p.strength, { claim })),
    h('div', { class: 'doc-prov-main' }, h('p', { class: 'doc-prov-text', lang: textLang(p.text) }, p.text), translationBlock(p)),
    h('a', { class: 'doc-prov-link', href: provisionHref(p.id), title: p.id, 'aria-label': `${t('hit.permalink')} ${p.id}` }, '¶'));
}

function tocList(tree) {
  const build = (nodes) => {
    const items = nodes.map((n) => {
      const sub = n.children && n.children.length ? build(n.children) : null;
      return h('li', {}, h('a', { href: '#' + (n.path ? sectionAnchor(n.path) : 'front'), lang: textLang(n.heading) }, n.heading || n.path),
        n.provisionCount ? h('span', { class: 'toc-count' }, String(n.provisionCount)) : null, sub);
    });
    return h('ol', { class: 'toc-list' }, items);
  };
  const top = (tree && tree.children) || [];
  return top.length ? build(top) : null;
}

function strengthFilter(counts, onChange) {
  const buttons = [];
  const bar = h('div', { class: 'strength-filter', role: 'group', 'aria-label': t('doc.show') }, h('span', { class: 'muted small' }, t('doc.show') + ':'));
  const make = (s, label) => {
    const b = h('button', { type: 'button', class: 'seg', 'aria-pressed': String(s === null), dataset: { strength: s || 'all' } }, label);
    b.addEventListener('click', () => {
      buttons.forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
      onChange(s);
    });
    buttons.push(b);
    return b;
  };
  bar.append(make(null, t('doc.all')));
  for (const s of STRENGTHS) {
    if (counts[s]) bar.append(make(s, [strengthBadge(s), h('span', { class: 'seg-count' }, String(counts[s]))]));
  }
  return bar;
}
