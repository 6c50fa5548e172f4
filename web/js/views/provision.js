// Provision permalink /p/<id>: the provision inside its section, citation, metadata, same topic elsewhere.

import { t, tn } from '../i18n.js';
import {
  h, fill, icon, textLang, message, spinner, strengthBadge, provenanceBadge, sourceKind, jurisdictionTag, topicChip, provisionHref, documentHref,
  extLink, citation, copyText, ordinalOf, JURISDICTIONS, translationBlock, translatedInto,
} from '../dom.js';
import { api, errorText } from '../api.js';
import { ready, topicLabel, kindLabel, documentTitle } from '../labels.js';
import { provisionCard, sectionLine, sourceLink } from '../cards.js';
import { documentFacts } from './document.js';
import { searchUrl, readState } from './search.js';

const CONTEXT = 3;          // provisions shown before and after the current one
const RELATED_PER_JUR = 3;  // provisions per other jurisdiction

export function mount(root, loc) {
  let id;
  try {
    id = decodeURIComponent(loc.pathname.slice('/p/'.length));
  } catch {
    id = loc.pathname.slice('/p/'.length);
  }
  const page = h('article', { class: 'page provision-view' }, spinner(t('results.loading')));
  root.append(page);
  load(page, id);
  return {};
}

async function load(page, id) {
  let p;
  let detail;
  try {
    [p] = await Promise.all([api.provision(id), ready()]);
    detail = await api.document(p.docId);
  } catch (e) {
    page.replaceChildren(h('h1', {}, t('prov.title')), message('error', e.status === 404 ? `${t('prov.notFound')} (${id})` : errorText(e)));
    return;
  }
  const doc = detail.document;
  document.title = `${p.section?.headings?.at(-1) || p.docTitle} · RegAtlas`;

  const contextBox = h('section', { class: 'panel context', 'aria-labelledby': 'ctx-h' },
    h('div', { class: 'panel-head' }, h('h2', { id: 'ctx-h' }, t('prov.context')), h('p', { class: 'muted small' }, t('prov.contextLead'))),
    spinner(t('results.loading')));
  const relatedBox = h('section', { class: 'panel related', 'aria-labelledby': 'rel-h' });

  fill(page,
    breadcrumbs(p, doc),
    h('header', { class: 'page-head' },
      h('p', { class: 'eyebrow' }, jurisdictionTag(p.jurisdiction), h('span', {}, p.agency), h('span', { class: 'mono' }, p.id)),
      h('h1', { lang: textLang(headingOf(p)) }, headingOf(p)),
      h('div', { class: 'badges' }, strengthBadge(p.strength, { claim: sourceKind(p, doc) === 'review' }), provenanceBadge(sourceKind(p, doc)), h('span', { class: 'spacer' }), headCopy(p, doc))),
    p.provenance === 'digest' ? message('warn', t('prov.digestBanner')) : null,
    sourceKind(p, doc) === 'review' ? message('warn', t('prov.reviewBanner')) : null,
    h('div', { class: 'two-col' },
      h('div', { class: 'col-main' }, contextBox, citationPanel(p, doc), detailsPanel(p), relatedBox),
      h('aside', { class: 'col-side' }, h('section', { class: 'panel', 'aria-labelledby': 'meta-h' },
        h('h2', { id: 'meta-h' }, t('doc.metadata')),
        h('p', { class: 'doc-title', lang: textLang(p.docTitle) }, h('a', { href: documentHref(doc.id) }, p.docTitle)),
        documentFacts(doc),
        h('p', {}, h('a', { class: 'btn btn-small', href: documentHref(doc.id, p.section?.path) }, t('doc.open')))))));

  renderContext(contextBox, p, detail);
  renderRelated(relatedBox, p);
}

function headingOf(p) {
  const hs = p.section?.headings || [];
  return hs.length ? hs[hs.length - 1] : p.docTitle;
}

function breadcrumbs(p, doc) {
  const items = [h('li', {}, h('a', { href: '/' }, t('nav.search'))),
    h('li', {}, h('a', { href: documentHref(doc.id), lang: textLang(p.docTitle) }, p.docTitle))];
  const hs = p.section?.headings || [];
  hs.forEach((hd, i) => {
    items.push(h('li', {}, i === hs.length - 1
      ? h('span', { 'aria-current': 'page', lang: textLang(hd) }, hd)
      : h('a', { href: documentHref(doc.id, pathPrefix(p.section.path, i, hs.length)), lang: textLang(hd) }, hd)));
  });
  return h('nav', { class: 'breadcrumbs', 'aria-label': 'Breadcrumb' }, h('ol', {}, items));
}

/** The path of the i-th ancestor heading: 二.（三）.1 has ancestors 二 and 二.（三）. Returns null if it cannot tell. */
function pathPrefix(path, i, depth) {
  if (!path) return null;
  const parts = path.split('.');
  if (parts.length !== depth) return null;
  return parts.slice(0, i + 1).join('.');
}

async function renderContext(box, p, detail) {
  let all;
  try {
    all = await api.documentProvisions(p.docId, detail.sections);
  } catch (e) {
    box.lastChild.replaceWith(message('error', errorText(e)));
    return;
  }
  const path = p.section?.path ?? null;
  const same = all.filter((x) => (x.section?.path ?? null) === path).sort((a, b) => ordinalOf(a.id) - ordinalOf(b.id));
  const at = same.findIndex((x) => x.id === p.id);
  const list = h('ol', { class: 'context-list' });
  const draw = (whole) => {
    const from = whole ? 0 : Math.max(0, at - CONTEXT);
    const to = whole ? same.length : Math.min(same.length, at + CONTEXT + 1);
    list.replaceChildren(...same.slice(from, to).map((x) => contextItem(x, x.id === p.id)));
    list.setAttribute('start', String(from + 1));
  };
  draw(at < 0);
  const more = same.length > 2 * CONTEXT + 1 && at >= 0
    ? h('button', { type: 'button', class: 'linkish show-all' }, t('prov.showAll', { n: same.length }))
    : null;
  if (more) more.addEventListener('click', () => { draw(true); more.remove(); list.querySelector('[aria-current]')?.focus(); });
  box.lastChild.replaceWith(h('div', { class: 'context-body' },
    h('p', { class: 'context-section' }, sectionLine(p.section)), list, more));
  const cur = list.querySelector('[aria-current]');
  if (cur && cur.getBoundingClientRect().top > window.innerHeight) cur.scrollIntoView({ block: 'center' });
}

function contextItem(x, current) {
  const item = h('li', {
    class: `ctx s-${x.strength.toLowerCase()}${current ? ' current' : ''}`,
    dataset: { provisionId: x.id, strength: x.strength }, 'aria-current': current ? 'true' : null, tabindex: current ? '-1' : null,
  },
  h('span', { class: 'ctx-num' }, String(ordinalOf(x.id))),
  h('div', { class: 'ctx-body' },
    current ? h('span', { class: 'current-label' }, t('prov.current')) : null,
    h('p', { class: 'ctx-text', lang: textLang(x.text) }, x.text),
    translationBlock(x),
    h('div', { class: 'ctx-meta' }, strengthBadge(x.strength),
      current ? null : h('a', { class: 'permalink', href: provisionHref(x.id) }, t('hit.permalink')))));
  return item;
}

function citationPanel(p, doc) {
  const text = citation(p, doc);
  const status = h('span', { class: 'copy-status', role: 'status' });
  const btn = h('button', { type: 'button', class: 'btn', id: 'copy-citation' }, icon('copy'), t('prov.copy'));
  btn.addEventListener('click', async () => {
    const ok = await copyText(text);
    status.textContent = ok ? t('prov.copied') : t('prov.copyFailed');
    setTimeout(() => { status.textContent = ''; }, 3000);
  });
  return h('section', { class: 'panel', 'aria-labelledby': 'cite-h' },
    h('h2', { id: 'cite-h' }, t('prov.citation')),
    h('p', { class: 'citation', id: 'citation-text', lang: textLang(text) }, text),
    h('div', { class: 'row' }, btn, status));
}

/** The same citation, one click from the top of the page. */
function headCopy(p, doc) {
  const status = h('span', { class: 'copy-status', role: 'status' });
  const btn = h('button', { type: 'button', class: 'btn btn-small' }, icon('copy'), t('prov.copy'));
  btn.addEventListener('click', async () => {
    const ok = await copyText(citation(p, doc));
    status.textContent = ok ? t('prov.copied') : t('prov.copyFailed');
    setTimeout(() => { status.textContent = ''; }, 3000);
  });
  return h('span', { class: 'row' }, status, btn);
}

function detailsPanel(p) {
  const rows = [];
  const add = (label, value) => { if (value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && !value.length)) rows.push(h('dt', {}, label), h('dd', {}, value)); };
  add(t('prov.strength'), [strengthBadge(p.strength), h('span', { class: 'muted small' }, ' ' + t(`strengthHint.${p.strength}`))]);
  if (p.prohibition) add(t('prov.prohibition'), t('prov.prohibitionHint'));
  add(t('prov.topics'), (p.topics || []).length ? h('span', { class: 'chips' }, p.topics.map((id) => topicChip(id, searchUrl({ ...readState(''), filters: { ...readState('').filters, topic: [id] } })))) : null);
  add(t('prov.actors'), (p.actors || []).join(', '));
  const conds = Object.entries(p.conditions || {}).map(([k, vs]) => `${k}: ${vs.join(', ')}`);
  add(t('prov.conditions'), conds.join(' · '));
  add(t('prov.protocolSections'), (p.protocolSections || []).map(kindLabel).join(', '));
  if (p.provenance === 'digest') {
    if (p.textZh && p.textZh !== p.text) add(t('prov.textZh'), h('span', { lang: 'zh-CN' }, p.textZh));
    if (p.textEn && p.textEn !== p.text) add(t('prov.textEn'), h('span', { lang: 'en' }, p.textEn));
    add(t('prov.citation'), (p.citations || []).length
      ? h('ul', { class: 'plain' }, p.citations.map((u) => h('li', {}, extLink(u, u))))
      : h('span', { class: 'muted' }, t('prov.noSources')));
    if ((p.seenAt || []).length) add(t('prov.seenAt'), h('ul', { class: 'plain' }, p.seenAt.map((u) => h('li', {}, sourceLink(u)))));
    add(t('prov.confidence'), p.confidence);
    if ((p.summarises || []).length) add(t('prov.summarises'), h('ul', { class: 'plain summarises' }, p.summarises.map((x) => h('li', {}, summaryLink(x)))));
  }
  if (translatedInto(p) === 'en') add(t('prov.translationEn'), [h('span', { lang: 'en' }, p.textEn), ' ', h('span', { class: 'muted small' }, t('hit.unofficialHint'))]);
  if (translatedInto(p) === 'zh') add(t('prov.translationZh'), [h('span', { lang: 'zh-CN' }, p.textZh), ' ', h('span', { class: 'muted small' }, t('hit.unofficialHintZh'))]);
  add(t('prov.note'), p.note ? h('span', { lang: textLang(p.note) }, p.note) : null);
  add(t('prov.language'), p.lang);
  add(t('prov.id'), h('code', {}, p.id));
  return h('section', { class: 'panel', 'aria-labelledby': 'det-h' }, h('h2', { id: 'det-h' }, t('prov.details')), h('dl', { class: 'facts' }, rows));
}

/**
 * An official section ({@code doc:path}) or provision ({@code doc:path:n}) a digest record summarises, shown as the
 * document's title and the section path, linked to that section of the document or to the provision.
 */
function summaryLink(target) {
  const docId = target.slice(0, target.indexOf(':'));
  const rest = target.slice(docId.length + 1);
  const provision = /:\d+$/.test(rest);
  const path = provision ? rest.slice(0, rest.lastIndexOf(':')) : rest;
  const href = provision ? provisionHref(target) : documentHref(docId, path);
  return h('a', { href, class: 'summary-target' }, `${documentTitle(docId, docId)} § ${path}`, provision ? ` (${ordinalOf(target)})` : null);
}

async function renderRelated(box, p) {
  const topic = (p.topics || [])[0];
  if (!topic) { box.remove(); return; }
  const label = topicLabel(topic);
  box.append(h('div', { class: 'panel-head' }, h('h2', { id: 'rel-h' }, t('prov.related')),
    h('p', { class: 'muted small' }, t('prov.relatedLead', { topic: label }))));
  let body;
  try {
    body = await api.compare(new URLSearchParams({ topic }));
  } catch (e) {
    box.append(message('error', errorText(e)));
    return;
  }
  const groups = (body.groups || []).filter((g) => g.jurisdiction !== p.jurisdiction && g.provisions && g.provisions.length)
    .sort((a, b) => JURISDICTIONS.indexOf(a.jurisdiction) - JURISDICTIONS.indexOf(b.jurisdiction));
  if (!groups.length) {
    box.append(h('p', { class: 'muted' }, t('prov.relatedNone')));
  } else {
    for (const g of groups) {
      box.append(h('h3', { class: 'rel-jur' }, jurisdictionTag(g.jurisdiction), ' ', t(`jur.${g.jurisdiction}`),
        h('span', { class: 'muted small' }, ' · ' + tn('cmp.count', g.total))));
      box.append(h('ol', { class: 'cards compact' }, g.provisions.slice(0, RELATED_PER_JUR).map((x) =>
        provisionCard({ ...x, jurisdiction: g.jurisdiction }, { compact: true, actions: false, showJurisdiction: false }))));
    }
  }
  box.append(h('p', {}, h('a', { href: '/compare?topic=' + encodeURIComponent(topic) }, t('prov.relatedAll', { topic: label }) + ' →')));
}
