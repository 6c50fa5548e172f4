// Compare /compare?topic=T[&q=]: provisions of one topic in columns CN / US / EU / INTL.

import { t, tn, lang } from '../i18n.js';
import { h, fill, textLang, message, spinner, jurisdictionTag, JURISDICTIONS } from '../dom.js';
import { api, errorText } from '../api.js';
import { navigate } from '../router.js';
import { ready, topicLabel, topicIds, topicParent } from '../labels.js';
import { provisionCard } from '../cards.js';

const FIRST = 8; // provisions shown per column before "show all"

export function mount(root, loc) {
  const v = new CompareView(root);
  v.update(loc);
  return v;
}

class CompareView {
  constructor(root) {
    this.select = h('select', { id: 'topic', name: 'topic', required: true }, h('option', { value: '' }, t('cmp.choose')));
    this.refine = h('input', { id: 'cmp-q', type: 'search', name: 'q', autocomplete: 'off', placeholder: t('cmp.refineHint') });
    this.select.addEventListener('change', () => this.go());
    const form = h('form', { class: 'compare-form', on: { submit: (e) => { e.preventDefault(); this.go(); } } },
      h('div', { class: 'field' }, h('label', { for: 'topic' }, t('cmp.topic')), this.select),
      h('div', { class: 'field grow' }, h('label', { for: 'cmp-q' }, t('cmp.refine')), this.refine),
      h('div', { class: 'field' }, h('span', { class: 'label-spacer', 'aria-hidden': 'true' }, ' '), h('button', { type: 'submit', class: 'btn btn-primary' }, t('cmp.go'))));
    this.heading = h('h2', { class: 'compare-topic' });
    this.out = h('div', { class: 'compare-out' });
    root.append(h('section', { class: 'page compare-view' },
      h('header', { class: 'page-head' }, h('h1', {}, t('cmp.title')), h('p', { class: 'lead' }, t('cmp.lead'))),
      form, this.heading, this.out));
    this.optionsReady = this.fillTopics();
  }

  async fillTopics() {
    let counts = {};
    try {
      const [body] = await Promise.all([api.search(new URLSearchParams({ q: '', size: '1' })), ready()]);
      counts = (body.facets && body.facets.topic) || {};
    } catch { /* the list still shows taxonomy topics */ }
    const ids = new Set([...topicIds(), ...Object.keys(counts)]);
    const usable = [...ids].filter((id) => counts[id]);
    const collator = new Intl.Collator(lang() === 'zh' ? 'zh-CN' : 'en');
    const parents = new Map();
    for (const id of usable) {
      const parent = topicParent(id) || (topicIds().includes(id) && !topicParent(id) ? id : '__other__');
      if (!parents.has(parent)) parents.set(parent, []);
      parents.get(parent).push(id);
    }
    const groups = [...parents.entries()].sort((a, b) => collator.compare(groupName(a[0]), groupName(b[0])));
    for (const [parent, members] of groups) {
      members.sort((a, b) => (a === parent ? -1 : b === parent ? 1 : collator.compare(topicLabel(a), topicLabel(b))));
      this.select.append(h('optgroup', { label: groupName(parent) },
        members.map((id) => h('option', { value: id }, `${topicLabel(id)} (${counts[id]})`))));
    }
  }

  go() {
    const topic = this.select.value;
    if (!topic) return;
    const sp = new URLSearchParams({ topic });
    if (this.refine.value.trim()) sp.set('q', this.refine.value.trim());
    navigate('/compare?' + sp.toString());
  }

  async update(loc) {
    const sp = new URLSearchParams(loc.search);
    const topic = sp.get('topic') || '';
    const q = sp.get('q') || '';
    this.refine.value = q;
    await this.optionsReady;
    if (topic && ![...this.select.options].some((o) => o.value === topic)) {
      this.select.append(h('option', { value: topic }, topicLabel(topic)));
    }
    this.select.value = topic;
    if (!topic) {
      document.title = `${t('cmp.title')} · RegAtlas`;
      this.heading.textContent = '';
      this.out.replaceChildren(h('p', { class: 'muted empty' }, t('cmp.pick')));
      return;
    }
    this.out.replaceChildren(spinner(t('results.loading')));
    if (this.controller) this.controller.abort();
    this.controller = new AbortController();
    let body;
    try {
      const params = new URLSearchParams({ topic });
      if (q) params.set('q', q);
      body = await api.compare(params, this.controller.signal);
    } catch (e) {
      if (e.name === 'AbortError') return;
      this.out.replaceChildren(message('error', errorText(e)));
      return;
    }
    const label = body.topicLabel ? (lang() === 'zh' ? body.topicLabel.zh || body.topicLabel.en : body.topicLabel.en || body.topicLabel.zh) : topicLabel(topic);
    document.title = `${label} · ${t('cmp.title')} · RegAtlas`;
    fill(this.heading, label, h('span', { class: 'mono muted small' }, ` ${topic}`), q ? h('span', { class: 'muted small' }, ` · “${q}”`) : null);
    const byJur = new Map((body.groups || []).map((g) => [g.jurisdiction, g]));
    const order = [...JURISDICTIONS, ...[...byJur.keys()].filter((j) => !JURISDICTIONS.includes(j))];
    this.out.replaceChildren(h('div', { class: 'compare-grid' }, order.filter((j) => byJur.has(j) || j !== 'INTL').map((j) => column(j, byJur.get(j)))));
  }
}

function groupName(parent) {
  return parent === '__other__' ? '—' : topicLabel(parent);
}

function column(j, g) {
  const provisions = (g && g.provisions) || [];
  const total = g ? g.total : 0;
  const list = h('ol', { class: 'cards compact' });
  const draw = (all) => list.replaceChildren(...provisions.slice(0, all ? provisions.length : FIRST)
    .map((p) => provisionCard({ ...p, jurisdiction: j }, { compact: true, actions: false, showJurisdiction: false })));
  draw(false);
  const more = provisions.length > FIRST ? h('button', { type: 'button', class: 'btn btn-small show-more' }, t('cmp.showAll', { n: provisions.length })) : null;
  if (more) more.addEventListener('click', () => { draw(true); more.remove(); });
  return h('section', { class: `compare-col col-${j.toLowerCase()}`, dataset: { jurisdiction: j }, 'aria-labelledby': `col-${j}` },
    h('h3', { class: 'col-head', id: `col-${j}` }, jurisdictionTag(j), h('span', { class: 'col-name' }, t(`jur.${j}`)),
      h('span', { class: 'col-count' }, tn('cmp.count', total))),
    provisions.length ? list : h('p', { class: 'col-empty', lang: textLang((g && g.note) || '') }, (g && g.note) || t('cmp.empty')),
    more);
}
