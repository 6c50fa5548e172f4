// Search view: one box, results as you type, facets, pagination; the whole state lives in the URL.

import { t } from '../i18n.js';
import { h, icon, textLang, message, strengthBadge, jurisdictionTag, statusLabel, STRENGTHS, JURISDICTIONS, documentHref, provenanceBadge } from '../dom.js';
import { api, errorText } from '../api.js';
import { navigate } from '../router.js';
import { ready, topicLabel, documentTitle, allDocuments, officialTitle } from '../labels.js';
import { provisionCard } from '../cards.js';

const PAGE_SIZE = 20;
const DEBOUNCE_MS = 250;
/** URL/API filter parameter and the facet key of the search JSON, in sidebar order. */
const FACETS = [
  { param: 'jurisdiction', key: 'jurisdiction', order: JURISDICTIONS, show: 8 },
  { param: 'strength', key: 'strength', order: STRENGTHS, show: 8 },
  { param: 'provenance', key: 'provenance', order: ['verbatim', 'digest'], show: 8 },
  { param: 'status', key: 'status', order: ['final', 'trial', 'draft', 'superseded'], show: 8 },
  { param: 'agency', key: 'agency', show: 6 },
  { param: 'topic', key: 'topic', show: 10 },
  { param: 'doc', key: 'docId', show: 6 },
];
const EXAMPLES = ['洗脱期', 'washout before lymphodepletion', '长期随访', 'replication competent lentivirus', 'strength:MUST topic:crs', '"target value"'];

export function readState(search) {
  const sp = new URLSearchParams(search);
  const filters = {};
  for (const f of FACETS) filters[f.param] = (sp.get(f.param) || '').split(',').map((s) => s.trim()).filter(Boolean);
  const page = parseInt(sp.get('page') || '1', 10);
  return { q: sp.get('q') || '', filters, page: page > 0 ? page : 1, sort: sp.get('sort') === 'date' ? 'date' : 'relevance',
    understand: sp.get('understand') !== 'false' };
}

function params(state) {
  const sp = new URLSearchParams();
  if (state.q) sp.set('q', state.q);
  for (const f of FACETS) if (state.filters[f.param].length) sp.set(f.param, state.filters[f.param].join(','));
  if (state.page > 1) sp.set('page', String(state.page));
  if (state.sort !== 'relevance') sp.set('sort', state.sort);
  if (state.understand === false) sp.set('understand', 'false');
  return sp;
}

export function searchUrl(state) {
  // Commas and spaces stay readable in a shared link: %2C -> ',' and '+' -> %20.
  const qs = params(state).toString().replace(/%2C/g, ',').replace(/\+/g, '%20');
  return qs ? '/search?' + qs : '/';
}

function isLanding(state) {
  return !state.q.trim() && FACETS.every((f) => state.filters[f.param].length === 0);
}

function hasFilters(state) {
  return FACETS.some((f) => state.filters[f.param].length > 0);
}

export function mount(root, loc) {
  const v = new SearchView(root);
  v.update(loc);
  return v;
}

class SearchView {
  constructor(root) {
    this.state = readState('');
    this.timer = null;
    this.controller = null;
    this.lastKey = null;
    this.typing = false;
    this.expanded = new Set();
    this.lastBody = null;
    this.build(root);
  }

  build(root) {
    this.box = h('input', {
      id: 'q', type: 'search', name: 'q', autocomplete: 'off', spellcheck: 'false', enterkeyhint: 'search',
      placeholder: t('search.placeholder'), 'aria-label': t('search.label'), 'aria-describedby': 'q-hint',
    });
    this.box.addEventListener('input', () => this.onType());
    this.box.addEventListener('keydown', (e) => { if (e.key === 'Escape' && this.box.value) { this.box.value = ''; this.onType(); } });

    this.helpBtn = h('button', {
      type: 'button', class: 'icon-btn help-btn', 'aria-expanded': 'false', 'aria-controls': 'syntax-help',
      title: t('search.help'), 'aria-label': t('search.help'),
    }, '?');
    this.help = this.buildHelp();
    this.helpBtn.addEventListener('click', () => this.toggleHelp());

    const form = h('form', { class: 'searchbar', role: 'search', on: { submit: (e) => { e.preventDefault(); this.commit({ q: this.box.value, page: 1 }, false); } } },
      h('div', { class: 'searchbox' },
        icon('search', 'search-icon'),
        this.box,
        h('kbd', { class: 'kbd-hint', id: 'q-hint', title: t('search.slashHint') }, '/')),
      h('button', { type: 'submit', class: 'btn btn-primary' }, t('search.submit')),
      h('div', { class: 'help-wrap' }, this.helpBtn, this.help));

    this.facetsBox = h('div', { class: 'facet-groups' });
    this.filterToggle = h('button', { type: 'button', class: 'btn filters-toggle', 'aria-expanded': 'false', 'aria-controls': 'facets' }, t('filters.toggle'));
    this.filterToggle.addEventListener('click', () => {
      const open = this.aside.classList.toggle('open');
      this.filterToggle.setAttribute('aria-expanded', String(open));
    });
    this.aside = h('aside', { class: 'facets', id: 'facets', 'aria-label': t('filters.label') }, this.facetsBox);

    this.countEl = h('p', { class: 'result-count', role: 'status', 'aria-live': 'polite' });
    this.sortSel = h('select', { id: 'sort', class: 'select-sm', 'aria-label': t('results.sort') },
      h('option', { value: 'relevance' }, t('sort.relevance')), h('option', { value: 'date' }, t('sort.date')));
    this.sortSel.addEventListener('change', () => this.commit({ sort: this.sortSel.value, page: 1 }, false));
    this.activeBox = h('div', { class: 'active-filters', 'aria-label': t('filters.active') });
    this.errorBox = h('div', { class: 'error-slot' });
    this.resultsBox = h('div', { class: 'results-slot' });
    this.pager = h('nav', { class: 'pager', 'aria-label': t('pager.label') });
    this.head = h('div', { class: 'results-head' }, this.countEl, h('span', { class: 'spacer' }), this.filterToggle,
      this.sortLabel = h('label', { class: 'sort-label' }, h('span', {}, t('results.sort')), this.sortSel));

    this.resultsCol = h('div', { class: 'results-col' }, this.head, this.activeBox, this.errorBox, this.resultsBox, this.pager);
    root.append(h('section', { class: 'page search-view' },
      h('h1', { class: 'visually-hidden' }, t('title.search')),
      form,
      h('div', { class: 'search-layout' }, this.aside, this.resultsCol)));

    this.onDocKey = (e) => { if (e.key === 'Escape' && !this.help.hidden) { this.toggleHelp(false); this.helpBtn.focus(); } };
    this.onDocClick = (e) => { if (!this.help.hidden && !e.target.closest('.help-wrap')) this.toggleHelp(false); };
    document.addEventListener('keydown', this.onDocKey);
    document.addEventListener('click', this.onDocClick);
  }

  unmount() {
    clearTimeout(this.timer);
    if (this.controller) this.controller.abort();
    document.removeEventListener('keydown', this.onDocKey);
    document.removeEventListener('click', this.onDocClick);
  }

  buildHelp() {
    const rows = [
      ['洗脱期 bridging', 'help.words'],
      ['"target value"', 'help.phrase'],
      ['washout AND bridging', 'help.and'],
      ['CRS OR ICANS', 'help.or'],
      ['-pediatric  NOT 儿童', 'help.not'],
      ['(CRS OR ICANS) AND grading', 'help.group'],
      ['jurisdiction:CN strength:MUST', 'help.filter'],
    ];
    const close = h('button', { type: 'button', class: 'icon-btn', 'aria-label': t('search.helpClose') }, '×');
    close.addEventListener('click', () => { this.toggleHelp(false); this.helpBtn.focus(); });
    return h('div', { class: 'popover', id: 'syntax-help', role: 'dialog', 'aria-labelledby': 'syntax-help-title', hidden: true },
      h('div', { class: 'popover-head' }, h('h2', { id: 'syntax-help-title' }, t('search.helpTitle')), close),
      h('dl', { class: 'syntax' }, rows.map(([code, key]) => [h('dt', {}, h('code', {}, code)), h('dd', {}, t(key))])));
  }

  toggleHelp(force) {
    const open = force === undefined ? this.help.hidden : force;
    this.help.hidden = !open;
    this.helpBtn.setAttribute('aria-expanded', String(open));
    if (open) this.help.querySelector('button').focus();
  }

  onType() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      // The first debounced search after a committed one adds a history entry; later keystrokes replace it.
      this.commit({ q: this.box.value, page: 1 }, this.typing);
      this.typing = true;
    }, DEBOUNCE_MS);
  }

  commit(change, replace) {
    clearTimeout(this.timer);
    if (!replace) this.typing = false;
    const next = { ...this.state, ...change, filters: { ...this.state.filters, ...(change.filters || {}) } };
    this.committed = searchUrl(next);
    navigate(this.committed, { replace });
  }

  /** Called by the router whenever the URL changes while this view is shown. */
  update(loc) {
    this.state = readState(loc.search);
    // Back/forward or a link: the next keystroke starts a new history entry again.
    if (loc.pathname + loc.search !== this.committed) this.typing = false;
    if (this.box.value !== this.state.q) this.box.value = this.state.q;
    this.sortSel.value = this.state.sort;
    document.title = (this.state.q ? `${this.state.q} · ` : '') + 'RegAtlas';
    this.run();
  }

  async run() {
    const state = this.state;
    const landing = isLanding(state);
    const sp = params(state);
    sp.set('size', landing ? '1' : String(PAGE_SIZE));
    const key = sp.toString();
    if (key === this.lastKey) return;
    this.lastKey = key;
    if (this.controller) this.controller.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.resultsCol.setAttribute('aria-busy', 'true');
    this.resultsCol.classList.add('busy');
    if (!this.lastBody) this.resultsBox.replaceChildren(h('p', { class: 'muted' }, t('results.loading')));
    try {
      const [body, sideways] = await Promise.all([api.search(sp, controller.signal), this.sidewaysFacets(state, controller.signal), ready()]);
      if (controller.signal.aborted) return;
      // A facet with active values shows the counts it would have without its own filter, so values can be added (OR).
      body.facets = { ...(body.facets || {}), ...sideways };
      this.lastBody = body;
      const focus = focusedControl();
      this.errorBox.replaceChildren();
      this.renderFacets(body.facets || {});
      this.renderActive();
      if (landing) this.renderLanding(); else this.renderResults(body);
      this.restoreFocus(focus);
      if (this.shownPage !== undefined && this.shownPage !== state.page) this.resultsCol.scrollIntoView({ block: 'start' });
      this.shownPage = state.page;
    } catch (e) {
      if (e.name === 'AbortError') return;
      this.lastKey = null;
      this.errorBox.replaceChildren(message('error', errorText(e)));
      this.countEl.textContent = '';
      this.resultsBox.replaceChildren();
      this.pager.replaceChildren();
    } finally {
      if (this.controller === controller) {
        this.resultsCol.removeAttribute('aria-busy');
        this.resultsCol.classList.remove('busy');
      }
    }
  }

  /** Keyboard users keep their place when the facets and chips are redrawn after a click. */
  restoreFocus(focus) {
    if (!focus) return;
    const same = this.facetsBox.querySelector(`.facet-item[data-facet="${CSS.escape(focus.facet)}"][data-value="${CSS.escape(focus.value)}"]`);
    if (focus.kind === 'facet' && same) same.focus();
    else if (focus.kind === 'chip') (this.activeBox.querySelector('.active-chip') || this.box).focus();
  }

  /** For each facet with active values: its counts from the same search without that facet's own filter. */
  async sidewaysFacets(state, signal) {
    const out = {};
    await Promise.all(FACETS.filter((f) => state.filters[f.param].length).map(async (f) => {
      const sp = params({ ...state, page: 1, filters: { ...state.filters, [f.param]: [] } });
      sp.set('size', '1');
      try {
        const body = await api.search(sp, signal);
        out[f.key] = (body.facets && body.facets[f.key]) || {};
      } catch (e) {
        if (e.name === 'AbortError') throw e; // the main search reports errors
      }
    }));
    return out;
  }

  renderResults(body) {
    const { total, hits } = body;
    this.sortLabel.hidden = false;
    this.countEl.dataset.total = String(total);
    this.countEl.replaceChildren(
      h('strong', {}, total === 1 ? t('results.countOne') : t('results.count', { n: total.toLocaleString() + (body.totalExact === false ? '+' : '') })),
      h('span', { class: 'took' }, t('results.took', { ms: Math.round(body.tookMs) })),
      ...(!this.state.q.trim() ? [h('span', { class: 'took' }, '· ' + t('results.browse'))] : []));
    this.renderUnderstood(body.understood);
    if (!hits.length) {
      this.resultsBox.replaceChildren(h('div', { class: 'empty' }, h('p', { class: 'empty-title' }, t('results.none')), h('p', { class: 'muted' }, t('results.noneHint'))));
      this.pager.replaceChildren();
      return;
    }
    const topicHref = (id) => searchUrl({ ...this.state, page: 1, filters: { ...this.state.filters, topic: addValue(this.state.filters.topic, id) } });
    const list = h('ol', { class: 'results', start: String((this.state.page - 1) * PAGE_SIZE + 1) },
      hits.map((hit) => provisionCard(hit, { topicHref })));
    this.resultsBox.replaceChildren(list);
    this.renderPager(total);
  }

  /**
   * What the search understood beyond the words (a source named, a requirement asked for, a cell or gene therapy asked
   * about, a definition or a figure asked for), with a link that ranks by
   * the words alone; after removal, a link that puts it back. Text only: no server string goes through innerHTML.
   */
  renderUnderstood(understood) {
    if (!this.understoodBox) {
      this.understoodBox = h('p', { class: 'understood', 'data-understood': '' });
      this.countEl.after(this.understoodBox);
    }
    this.renderLeftOut((understood && understood.leftOut) || []);
    const sources = (understood && understood.sources) || [];
    const requirement = !!(understood && understood.requirement);
    const products = (understood && understood.products) || [];
    const answer = understood && (understood.answer === 'definition' || understood.answer === 'quantity')
      ? understood.answer : null;
    if (this.state.understand === false) {
      this.understoodBox.replaceChildren(t('understood.off') + ' ',
        h('a', { href: searchUrl({ ...this.state, page: 1, understand: true }), 'data-understand': 'on' }, t('understood.restore')));
      this.understoodBox.hidden = false;
      return;
    }
    if (!sources.length && !requirement && !products.length && !answer) {
      this.understoodBox.replaceChildren();
      this.understoodBox.hidden = true;
      return;
    }
    const parts = [];
    if (sources.length) {
      parts.push(t('understood.sources', { names: sources.map((s) => `${s.value} (“${s.text}”)`).join(', ') }));
    }
    if (requirement) parts.push(t('understood.requirement'));
    if (products.length) parts.push(t('understood.products'));
    if (answer) parts.push(t(`understood.${answer}`));
    this.understoodBox.replaceChildren(h('span', {}, t('understood.label') + ' ' + parts.join(' · ') + ' '),
      h('a', { href: searchUrl({ ...this.state, page: 1, understand: false }), 'data-understand': 'off' }, t('understood.remove')));
    this.understoodBox.hidden = false;
  }

  /** A query too long to search whole: which of its words were left out (text only, at most 12 shown). */
  renderLeftOut(leftOut) {
    if (!this.leftOutBox) {
      this.leftOutBox = h('p', { class: 'understood', 'data-left-out': '', role: 'status' });
      this.countEl.after(this.leftOutBox);
    }
    if (!leftOut.length) {
      this.leftOutBox.replaceChildren();
      this.leftOutBox.hidden = true;
      return;
    }
    const shown = leftOut.slice(0, 12).map((w) => `“${w}”`).join(', ') + (leftOut.length > 12 ? ' …' : '');
    this.leftOutBox.replaceChildren(t('understood.leftOut', { n: leftOut.length, words: shown }));
    this.leftOutBox.hidden = false;
  }

  renderPager(total) {
    const pages = Math.max(1, Math.ceil(Math.min(total, 10000) / PAGE_SIZE));
    const cur = Math.min(this.state.page, pages);
    if (pages <= 1) { this.pager.replaceChildren(); return; }
    const link = (n, label, cls, aria) => h('a', {
      href: searchUrl({ ...this.state, page: n }), class: cls, 'aria-label': aria || t('pager.page', { n }),
      'aria-current': n === cur && !label ? 'page' : null,
    }, label || String(n));
    const items = [];
    items.push(cur > 1 ? link(cur - 1, '‹ ' + t('pager.prev'), 'pg pg-step', t('pager.prev')) : h('span', { class: 'pg pg-step disabled', 'aria-hidden': 'true' }, '‹ ' + t('pager.prev')));
    const shown = new Set([1, pages, cur - 1, cur, cur + 1].filter((n) => n >= 1 && n <= pages));
    let prev = 0;
    [...shown].sort((a, b) => a - b).forEach((n) => {
      if (n - prev > 1) items.push(h('span', { class: 'pg-gap', 'aria-hidden': 'true' }, '…'));
      items.push(link(n, null, n === cur ? 'pg current' : 'pg'));
      prev = n;
    });
    items.push(cur < pages ? link(cur + 1, t('pager.next') + ' ›', 'pg pg-step', t('pager.next')) : h('span', { class: 'pg pg-step disabled', 'aria-hidden': 'true' }, t('pager.next') + ' ›'));
    this.pager.replaceChildren(...items);
  }

  renderFacets(facets) {
    const groups = FACETS.map((f) => this.facetGroup(f, facets[f.key] || {})).filter(Boolean);
    this.facetsBox.replaceChildren(...groups);
    const n = FACETS.reduce((s, f) => s + this.state.filters[f.param].length, 0);
    this.filterToggle.textContent = n ? `${t('filters.toggle')} (${n})` : t('filters.toggle');
  }

  facetGroup(f, counts) {
    const active = this.state.filters[f.param];
    let values = Object.keys(counts);
    for (const a of active) if (!values.includes(a)) values.push(a);
    if (f.order) values.sort((a, b) => rank(f.order, a) - rank(f.order, b));
    else values.sort((a, b) => (counts[b] || 0) - (counts[a] || 0) || a.localeCompare(b));
    if (!values.length) return null;
    const expanded = this.expanded.has(f.param);
    const limit = expanded ? values.length : Math.max(f.show, 0);
    const visible = values.filter((v, i) => i < limit || active.includes(v));
    const id = `facet-${f.param}`;
    const list = h('ul', { class: 'facet-list' }, visible.map((v) => {
      const on = active.includes(v);
      const btn = h('button', {
        type: 'button', class: 'facet-item', 'aria-pressed': String(on), dataset: { facet: f.param, value: v },
        title: facetTitle(f.param, v),
      }, h('span', { class: 'facet-check', 'aria-hidden': 'true' }), h('span', { class: 'facet-label' }, facetLabel(f.param, v)),
      h('span', { class: 'facet-count' }, String(counts[v] || 0)));
      btn.addEventListener('click', () => this.toggleFilter(f.param, v));
      return h('li', {}, btn);
    }));
    const more = values.length > f.show
      ? h('button', { type: 'button', class: 'linkish facet-more', 'aria-expanded': String(expanded), 'aria-controls': id, on: { click: () => {
        if (expanded) this.expanded.delete(f.param); else this.expanded.add(f.param);
        this.renderFacets(this.lastBody?.facets || {});
        this.facetsBox.querySelector(`#${id}`)?.parentElement.querySelector('.facet-more')?.focus();
      } } }, expanded ? t('filters.less') : t('filters.more', { n: values.length - f.show }))
      : null;
    list.id = id;
    return h('section', { class: 'facet', 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, t(`facet.${f.param === 'doc' ? 'doc' : f.param}`)), list, more);
  }

  toggleFilter(param, value) {
    const cur = this.state.filters[param];
    const next = cur.includes(value) ? cur.filter((x) => x !== value) : [...cur, value];
    this.commit({ page: 1, filters: { [param]: next } }, false);
  }

  renderActive() {
    const chips = [];
    for (const f of FACETS) {
      for (const v of this.state.filters[f.param]) {
        const label = `${t(`facet.${f.param}`)}: ${plainFacetLabel(f.param, v)}`;
        const b = h('button', { type: 'button', class: 'active-chip', 'aria-label': t('filters.remove', { label }), dataset: { facet: f.param, value: v } },
          h('span', {}, label), h('span', { class: 'x', 'aria-hidden': 'true' }, '×'));
        b.addEventListener('click', () => this.toggleFilter(f.param, v));
        chips.push(b);
      }
    }
    if (chips.length) {
      const clear = h('button', { type: 'button', class: 'linkish' }, t('filters.clear'));
      const empty = Object.fromEntries(FACETS.map((f) => [f.param, []]));
      clear.addEventListener('click', () => this.commit({ page: 1, filters: empty }, false));
      chips.push(clear);
    }
    this.activeBox.replaceChildren(...chips);
    this.activeBox.hidden = chips.length === 0;
  }

  renderLanding() {
    this.sortLabel.hidden = true;
    delete this.countEl.dataset.total;
    this.countEl.replaceChildren();
    this.pager.replaceChildren();
    const examples = h('p', { class: 'examples' }, h('span', { class: 'muted' }, t('home.try') + ': '),
      EXAMPLES.map((q) => h('a', { class: 'example', href: searchUrl({ ...readState(''), q }) }, q)));
    const docs = allDocuments().slice().sort((a, b) =>
      rank(JURISDICTIONS, a.jurisdiction) - rank(JURISDICTIONS, b.jurisdiction) || String(b.issued || '').localeCompare(String(a.issued || '')));
    const table = h('table', { class: 'library' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, t('home.col.jurisdiction')), h('th', { scope: 'col' }, t('home.col.title')),
        h('th', { scope: 'col' }, t('home.col.status')), h('th', { scope: 'col' }, t('home.col.issued')),
        h('th', { scope: 'col' }, t('home.col.provenance')), h('th', { scope: 'col', class: 'num' }, t('home.col.count')))),
      h('tbody', {}, docs.map((d) => {
        const title = documentTitle(d.id);
        const official = officialTitle(d);
        return h('tr', {},
          h('td', {}, jurisdictionTag(d.jurisdiction)),
          h('td', {}, h('a', { href: documentHref(d.id), lang: textLang(title), title: official !== title ? official : null }, title),
            h('div', { class: 'sub' }, [d.agency, d.body && d.body !== d.agency ? d.body : null, d.reference].filter(Boolean).join(' · '))),
          h('td', {}, h('span', { class: `status st-${d.status}` }, statusLabel(d.status))),
          h('td', { class: 'nowrap' }, d.issued || '—'),
          h('td', {}, provenanceBadge(d.provenance, { short: true })),
          h('td', { class: 'num' }, String(d.provisionCount)));
      })));
    this.resultsBox.replaceChildren(h('div', { class: 'landing' },
      h('h2', { class: 'landing-title' }, t('home.title')),
      h('p', { class: 'lead' }, t('home.lead')),
      examples,
      h('h2', { class: 'section-title' }, t('home.library')),
      h('p', { class: 'muted small' }, t('home.libraryLead', { n: docs.length })),
      h('div', { class: 'table-wrap' }, table)));
  }
}

function focusedControl() {
  const el = document.activeElement;
  if (!el || !el.dataset || !el.dataset.facet) return null;
  return { kind: el.classList.contains('active-chip') ? 'chip' : 'facet', facet: el.dataset.facet, value: el.dataset.value };
}

function rank(order, v) {
  const i = order.indexOf(v);
  return i < 0 ? order.length : i;
}

function addValue(list, v) {
  return list.includes(v) ? list : [...list, v];
}

function facetLabel(param, v) {
  switch (param) {
    case 'jurisdiction': return [jurisdictionTag(v), h('span', { class: 'facet-name' }, t(`jur.${v}`))];
    case 'strength': return [strengthBadge(v)];
    default: return plainFacetLabel(param, v);
  }
}

function plainFacetLabel(param, v) {
  switch (param) {
    case 'jurisdiction': return `${v} ${t(`jur.${v}`)}`;
    case 'strength': return t(`strength.${v}`);
    case 'provenance': return t(`provShort.${v}`);
    case 'status': return statusLabel(v);
    case 'topic': return topicLabel(v);
    case 'doc': return documentTitle(v);
    default: return v;
  }
}

function facetTitle(param, v) {
  if (param === 'doc') return `${documentTitle(v)} (${v})`;
  if (param === 'topic') return `${topicLabel(v)} (${v})`;
  if (param === 'strength') return t(`strengthHint.${v}`);
  return null;
}
