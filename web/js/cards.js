// One provision as a card: used by search results, compare columns and related provisions.

import { t } from './i18n.js';
import {
  h, setHighlight, textLang, strengthBadge, provenanceBadge, sourceKind, jurisdictionTag, topicChip, provisionHref, documentHref,
  extLink, citation, copyText, translationBlock,
} from './dom.js';
import { api } from './api.js';
import { documentTitle, documentMeta } from './labels.js';

/** The section headings as a breadcrumb line (or the path, or "whole document"). */
export function sectionLine(section) {
  const headings = section && section.headings && section.headings.length ? section.headings : null;
  if (!headings) {
    return h('span', { class: 'path-none' }, section && section.path ? section.path : t('hit.noSection'));
  }
  const parts = [];
  headings.forEach((hd, i) => {
    if (i) parts.push(h('span', { class: 'crumb-sep', 'aria-hidden': 'true' }, '›'));
    parts.push(h('span', { class: 'crumb', lang: textLang(hd) }, hd));
  });
  return parts;
}

/**
 * A provision card.
 * p: a search hit or compare provision ({id, docId, docTitle, jurisdiction?, agency, section, text, highlight?,
 * strength, topics, provenance, translated?, textEn?, highlightEn?}).
 * opts: tag ('li' or 'article'), topicHref (fn id -> href, or null for plain chips), showJurisdiction, actions.
 */
export function provisionCard(p, opts = {}) {
  const { tag = 'li', topicHref = null, showJurisdiction = true, actions = true, compact = false } = opts;
  const strength = p.strength || 'INFO';
  const text = h('p', { class: 'card-text', lang: textLang(p.text) });
  if (p.highlight) setHighlight(text, p.highlight); else text.textContent = p.text;

  const meta = documentMeta(p.docId);
  const jurisdiction = p.jurisdiction || meta?.jurisdiction;
  const title = documentTitle(p.docId, p.docTitle);
  const source = h('div', { class: 'card-source' },
    showJurisdiction && jurisdiction ? jurisdictionTag(jurisdiction) : null,
    p.agency ? h('span', { class: 'agency' }, p.agency) : null,
    h('a', { class: 'doc-link', href: documentHref(p.docId, p.section?.path), lang: textLang(title), title }, title));
  const issued = p.issued || meta?.issued;

  const digest = p.provenance === 'digest';
  const kind = sourceKind(p, meta);
  const claim = kind === 'review';
  const attrs = {
    class: `card s-${strength.toLowerCase()}${digest ? ' is-digest' : ''}${compact ? ' compact' : ''}`,
    dataset: { provisionId: p.id, strength, jurisdiction: jurisdiction || null },
  };
  if (compact) {
    // Narrow columns: badges on top, no source list (it is one click away on the permalink page).
    return h(tag, attrs, h('div', { class: 'card-body' },
      h('div', { class: 'card-badges' }, strengthBadge(strength, { claim }), provenanceBadge(kind)),
      source,
      h('div', { class: 'card-path' }, h('span', { class: 'path' }, sectionLine(p.section)), issued ? h('span', { class: 'issued' }, issued) : null),
      text,
      translationBlock(p),
      h('div', { class: 'card-foot' },
        h('span', { class: 'chips' }, (p.topics || []).slice(0, 3).map((id) => topicChip(id, topicHref ? topicHref(id) : null))),
        h('span', { class: 'spacer' }),
        h('a', { class: 'permalink', href: provisionHref(p.id) }, t('hit.permalink')))));
  }
  const foot = h('div', { class: 'card-foot' },
    provenanceBadge(kind),
    h('span', { class: 'chips' }, (p.topics || []).slice(0, 6).map((id) => topicChip(id, topicHref ? topicHref(id) : null))),
    h('span', { class: 'spacer' }),
    actions ? cardActions(p) : h('a', { class: 'permalink', href: provisionHref(p.id) }, t('hit.permalink')));

  const body = h('div', { class: 'card-body' },
    source,
    h('div', { class: 'card-path' }, h('span', { class: 'path' }, sectionLine(p.section)), issued ? h('span', { class: 'issued' }, issued) : null),
    text,
    translationBlock(p),
    foot,
    digest ? digestSources(p.id) : null);
  return h(tag, attrs, h('div', { class: 'card-strength' }, strengthBadge(strength, { claim })), body);
}

function cardActions(p) {
  const status = h('span', { class: 'copy-status', role: 'status' });
  const copy = h('button', {
    type: 'button', class: 'linkish', on: {
      click: async () => {
        const doc = documentMeta(p.docId);
        const ok = await copyText(citation(p, doc));
        status.textContent = ok ? t('prov.copied') : t('prov.copyFailed');
        setTimeout(() => { status.textContent = ''; }, 2500);
      },
    },
  }, t('hit.copy'));
  return h('span', { class: 'card-actions' }, status, copy, h('a', { class: 'permalink', href: provisionHref(p.id) }, t('hit.permalink')));
}

/**
 * For a digest record: the agency's page it cites, then the pages the fact was seen at (from
 * GET /api/provisions/{id}, fetched after the card is shown).
 */
function digestSources(id) {
  const box = h('p', { class: 'card-sources' }, h('span', { class: 'label' }, t('hit.sources') + ': '));
  api.provision(id).then((full) => {
    const cites = (full.citations || []).filter(Boolean);
    const seen = (full.seenAt || []).filter(Boolean);
    if (!cites.length && !seen.length) { box.append(h('span', { class: 'muted' }, t('prov.noSources'))); return; }
    cites.forEach((u, i) => { if (i) box.append(' · '); box.append(extLink(u)); });
    if (seen.length) {
      box.append(h('span', { class: 'label seen-at' }, (cites.length ? ' — ' : '') + t('prov.seenAt') + ': '));
      seen.forEach((u, i) => { if (i) box.append(' · '); box.append(sourceLink(u)); });
    }
  }).catch(() => box.remove());
  return box;
}

/** A "seen at" source: a web page, or a document of the corpus ({@code doc:<id>}, shown as its title). */
export function sourceLink(u) {
  if (u.startsWith('doc:')) {
    const docId = u.slice(4);
    return h('a', { href: documentHref(docId) }, documentTitle(docId, docId));
  }
  return extLink(u);
}
