// Checklist /checklist: upload a protocol, set or infer the profile, read the checklist, download it.
// Contract: POST /api/checklists (multipart file + profile fields; ?format=json|csv|xlsx|md|html), DESIGN.md "Checklist JSON".

import { t, lang } from '../i18n.js';
import { h, fill, icon, textLang, message, spinner, strengthBadge, provenanceBadge, sourceKind, jurisdictionTag, provisionHref, formatSize, JURISDICTIONS, translationBlock, isTranslated } from '../dom.js';
import { ApiError, readJson, errorText } from '../api.js';
import { ready, documentMeta, kindLabel } from '../labels.js';

const STATUSES = ['missing', 'partial', 'needs-review', 'addressed', 'not-applicable', 'outside-protocol'];
const SUMMARY_KEY = {
  addressed: 'addressed', partial: 'partial', missing: 'missing', 'needs-review': 'needsReview',
  'not-applicable': 'notApplicable', 'outside-protocol': 'outsideProtocol',
};
const PROFILE = [
  { name: 'jurisdiction', values: JURISDICTIONS },
  { name: 'indication', values: ['b-all', 'b-nhl', 'lbcl', 'mm', 'cll', 't-all', 'solid-tumor'] },
  { name: 'design', values: ['single-arm', 'randomized', 'early-phase', 'dose-finding', 'confirmatory'] },
  { name: 'population', values: ['adult', 'pediatric'] },
  { name: 'product', values: ['autologous', 'allogeneic', 'car-t', 'car-nk', 'tcr-t'] },
  { name: 'line', values: ['relapsed-refractory', 'earlier-line'] },
  { name: 'modality', values: ['car-t', 'tcr-t', 'other-gm-cells', 'unmodified-cells', 'gene-therapy-vector', 't-cell-engager', 'antibody', 'small-molecule'] },
];
const DOWNLOADS = [
  { format: 'xlsx', label: 'Excel (XLSX)', ext: 'xlsx' },
  { format: 'csv', label: 'CSV', ext: 'csv' },
  { format: 'md', label: 'Markdown', ext: 'md' },
];
const ACCEPT = '.pdf,.docx,.html,.htm,.txt,.md,.markdown';

export function mount(root) {
  return new ChecklistView(root);
}

class ChecklistView {
  constructor(root) {
    document.title = `${t('ck.title')} · RegAtlas`;
    this.file = null;
    this.result = null;
    this.filter = { statuses: new Set(), jurisdiction: '', section: '' };
    this.open = new Set();

    this.fileInput = h('input', { type: 'file', id: 'protocol-file', name: 'file', accept: ACCEPT, class: 'file-input' });
    this.fileInput.addEventListener('change', () => { if (this.fileInput.files[0]) this.choose(this.fileInput.files[0]); });
    this.fileInfo = h('p', { class: 'file-info', role: 'status' });
    this.drop = h('label', { class: 'dropzone', for: 'protocol-file' },
      icon('upload', 'drop-icon'),
      h('span', { class: 'drop-main' }, t('ck.drop')),
      h('span', { class: 'drop-sub' }, t('ck.or'), ' ', h('span', { class: 'fake-link' }, t('ck.browse'))),
      h('span', { class: 'drop-types' }, t('ck.types')));
    for (const ev of ['dragenter', 'dragover']) this.drop.addEventListener(ev, (e) => { e.preventDefault(); this.drop.classList.add('over'); });
    for (const ev of ['dragleave', 'dragend']) this.drop.addEventListener(ev, () => this.drop.classList.remove('over'));
    this.drop.addEventListener('drop', (e) => {
      e.preventDefault();
      this.drop.classList.remove('over');
      const f = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
      if (f) this.choose(f);
    });

    this.selects = {};
    const fields = PROFILE.map((p) => {
      const sel = h('select', { id: `pf-${p.name}`, name: p.name },
        h('option', { value: 'infer' }, t('ck.infer')), p.values.map((v) => h('option', { value: v }, p.name === 'jurisdiction' ? `${v} · ${t(`jur.${v}`)}` : v)));
      this.selects[p.name] = sel;
      return h('div', { class: 'field' }, h('label', { for: sel.id }, t(`ck.${p.name}`)), sel);
    });
    this.submit = h('button', { type: 'submit', class: 'btn btn-primary' }, t('ck.generate'));
    this.status = h('div', { class: 'status-slot' });
    const form = h('form', { class: 'checklist-form', on: { submit: (e) => { e.preventDefault(); this.generate(); } } },
      h('div', { class: 'upload' }, this.fileInput, this.drop, this.fileInfo),
      h('fieldset', { class: 'profile' }, h('legend', {}, t('ck.profile')), h('p', { class: 'muted small' }, t('ck.profileLead')),
        h('div', { class: 'profile-grid' }, fields)),
      h('div', { class: 'row' }, this.submit));
    this.out = h('div', { class: 'checklist-out' });
    root.append(h('section', { class: 'page checklist-view' },
      h('header', { class: 'page-head' }, h('h1', {}, t('ck.title')), h('p', { class: 'lead' }, t('ck.lead'))),
      form, this.status, this.out));
  }

  choose(file) {
    this.file = file;
    this.fileInfo.textContent = t('ck.selected', { name: file.name, size: formatSize(file.size) });
    this.drop.classList.add('has-file');
  }

  formData() {
    const fd = new FormData();
    fd.append('file', this.file, this.file.name);
    // A field left at "infer" is not sent: the server infers what it is not given.
    for (const p of PROFILE) if (this.selects[p.name].value !== 'infer') fd.append(p.name, this.selects[p.name].value);
    return fd;
  }

  async post(format) {
    let res;
    try {
      res = await fetch('/api/checklists?format=' + encodeURIComponent(format), {
        method: 'POST', body: this.formData(), headers: { Accept: format === 'json' ? 'application/json' : '*/*' },
      });
    } catch {
      throw new ApiError(0, 'network', t('err.network'));
    }
    if (res.status === 404) throw new ApiError(404, 'unavailable', t('ck.unavailable'));
    return res;
  }

  async generate() {
    if (!this.file) {
      this.status.replaceChildren(message('error', t('ck.needFile')));
      this.fileInput.focus();
      return;
    }
    this.submit.disabled = true;
    this.status.replaceChildren(spinner(t('ck.working')));
    try {
      const [res] = await Promise.all([this.post('json'), ready()]);
      this.result = await readJson(res);
      this.status.replaceChildren();
      this.filter = { statuses: new Set(), jurisdiction: '', section: '' };
      this.open.clear();
      this.render();
    } catch (e) {
      this.status.replaceChildren(message(e.code === 'unavailable' ? 'warn' : 'error', e.code === 'unavailable' ? e.message : errorText(e)));
    } finally {
      this.submit.disabled = false;
    }
  }

  async download(d, btn) {
    const label = btn.textContent;
    btn.disabled = true;
    btn.textContent = t('ck.downloading', { fmt: d.label });
    try {
      const res = await this.post(d.format);
      if (!res.ok) await readJson(res);
      const blob = await res.blob();
      const url = URL.createObjectURL(blob);
      const a = h('a', { href: url, download: fileName(res, d.ext, this.file.name), class: 'offscreen' });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch (e) {
      this.status.replaceChildren(message('error', errorText(e)));
    } finally {
      btn.disabled = false;
      btn.textContent = label;
    }
  }

  /** Items with docId and jurisdiction filled in (from the citation, else from the document list). */
  items() {
    return (this.result.items || []).map((it) => {
      const cite = it.source && typeof it.source === 'object' ? it.source
        : (it.citation && typeof it.citation === 'object' ? it.citation : null);
      const docId = cite?.docId || String(it.provisionId || '').split(':')[0];
      return { ...it, cite, docId, jurisdiction: it.jurisdiction || cite?.jurisdiction || documentMeta(docId)?.jurisdiction || '' };
    });
  }

  render() {
    const r = this.result;
    const items = this.items();
    const summary = r.summary || {};
    const tiles = STATUSES.map((s) => {
      const n = summary[SUMMARY_KEY[s]] ?? items.filter((i) => i.status === s).length;
      const b = h('button', { type: 'button', class: `tile st-${s}`, 'aria-pressed': String(this.filter.statuses.has(s)), dataset: { status: s } },
        h('span', { class: 'tile-n' }, String(n)), h('span', { class: 'tile-label' }, t(`ck.status.${s}`)));
      b.addEventListener('click', () => {
        if (this.filter.statuses.has(s)) this.filter.statuses.delete(s); else this.filter.statuses.add(s);
        this.render();
        this.out.querySelector(`.tile[data-status="${s}"]`)?.focus();
      });
      return b;
    });

    const jurs = [...new Set(items.map((i) => i.jurisdiction).filter(Boolean))];
    const secs = [...new Set(items.map((i) => i.protocolSection).filter(Boolean))];
    const jurSel = h('select', { id: 'ck-jur' }, h('option', { value: '' }, t('ck.allJurisdictions')), jurs.map((j) => h('option', { value: j }, `${j} · ${t(`jur.${j}`)}`)));
    jurSel.value = this.filter.jurisdiction;
    jurSel.addEventListener('change', () => { this.filter.jurisdiction = jurSel.value; this.render(); this.out.querySelector('#ck-jur')?.focus(); });
    const secSel = h('select', { id: 'ck-sec' }, h('option', { value: '' }, t('ck.allSections')), secs.map((s) => h('option', { value: s }, kindLabel(s))));
    secSel.value = this.filter.section;
    secSel.addEventListener('change', () => { this.filter.section = secSel.value; this.render(); this.out.querySelector('#ck-sec')?.focus(); });

    const shown = items.filter((i) => (!this.filter.statuses.size || this.filter.statuses.has(i.status))
      && (!this.filter.jurisdiction || i.jurisdiction === this.filter.jurisdiction)
      && (!this.filter.section || i.protocolSection === this.filter.section));

    const downloads = h('div', { class: 'downloads', role: 'group', 'aria-label': t('ck.download') },
      h('span', { class: 'muted small' }, t('ck.download') + ':'),
      DOWNLOADS.map((d) => {
        const b = h('button', { type: 'button', class: 'btn btn-small', dataset: { format: d.format } }, d.label);
        b.addEventListener('click', () => this.download(d, b));
        return b;
      }));

    const protocol = r.protocol || {};
    const profile = profileLine(r.profile || {});

    fill(this.out,
      h('section', { class: 'panel ck-head', 'aria-labelledby': 'ck-proto-h' },
        h('div', {},
          h('p', { class: 'eyebrow' }, t('ck.protocol')),
          h('h2', { id: 'ck-proto-h', lang: textLang(protocol.title || '') }, protocol.title || protocol.file || this.file?.name || ''),
          protocol.file && protocol.title ? h('p', { class: 'muted small' }, protocol.file) : null,
          profile.length ? h('p', { class: 'muted small' }, `${t('ck.inferred')}: ${profile.join(' · ')}`) : null),
        downloads),
      (r.warnings || []).map((w) => h('div', { class: 'ck-warning', role: 'alert', dataset: { code: w.code || '' } },
        h('strong', {}, t(`ck.warning.${w.code}`) === `ck.warning.${w.code}` ? w.code : t(`ck.warning.${w.code}`)), ' ',
        h('span', { lang: textLang(w.message || '') }, w.message || ''))),
      this.gaps(r),
      h('div', { class: 'tiles', role: 'group', 'aria-label': t('ck.filterStatus') }, tiles),
      h('div', { class: 'ck-filters' },
        h('div', { class: 'field' }, h('label', { for: 'ck-jur' }, t('ck.filterJurisdiction')), jurSel),
        h('div', { class: 'field' }, h('label', { for: 'ck-sec' }, t('ck.filterSection')), secSel),
        h('p', { class: 'muted small shown-count', role: 'status' }, t('ck.shown', { shown: shown.length, total: items.length }))),
      shown.length ? this.table(shown, r.requirements || []) : h('p', { class: 'muted empty' }, t('ck.noRows')));
  }

  /** The summary of the requirements (equivalent obligations merged): counts by severity and the top gaps. */
  gaps(r) {
    const s = r.summary || {};
    const sev = s.openBySeverity || {};
    if (!Array.isArray(r.requirements)) return null;
    return h('section', { class: 'panel ck-gaps', 'aria-labelledby': 'ck-gaps-h' },
      h('h2', { id: 'ck-gaps-h' }, t('ck.gaps')),
      h('p', { class: 'muted small' }, t('ck.gapsLine', {
        requirements: r.requirements.length, total: s.total ?? (r.items || []).length,
        critical: sev.critical || 0, major: sev.major || 0, minor: sev.minor || 0,
      })),
      (s.topGaps || []).length ? [h('h3', {}, t('ck.topGaps')),
        h('ol', { class: 'top-gaps' }, s.topGaps.map((g) => h('li', { dataset: { severity: g.severity || '' } },
          h('span', { class: `sev sev-${g.severity}` }, t(`ck.severity.${g.severity}`)), ' ',
          h('span', { class: `status-pill st-${g.status}` }, t(`ck.status.${g.status}`)), ' ',
          h('span', { class: 'muted' }, kindLabel(g.protocolSection || '')), ': ',
          h('span', { lang: textLang(g.suggestion || '') }, g.suggestion || t('ck.reviewProtocol')),
          h('span', { class: 'muted small', lang: textLang(g.citation || '') }, ` (${g.citation || ''})`))))] : null);
  }

  /**
   * The rows grouped by protocol section in the order of the requirements (ICH M11), one tbody per section headed by
   * its name, so a reader walks the protocol in order and print starts each section on a new page.
   */
  table(rows, requirements) {
    const order = new Map();
    const place = (sec) => { if (!order.has(sec || '')) order.set(sec || '', order.size); };
    requirements.forEach((q) => place(q.protocolSection));
    rows.forEach((it) => place(it.protocolSection));   // a section no requirement names comes after, as first met
    const rank = (it) => order.get(it.protocolSection || '');
    const indexed = rows.map((it, i) => ({ it, i })).sort((a, b) => rank(a.it) - rank(b.it) || a.i - b.i);
    const bodies = [];
    let body = null;
    let section = null;
    indexed.forEach(({ it, i }) => {
      if (body === null || (it.protocolSection || '') !== section) {
        section = it.protocolSection || '';
        body = h('tbody', { class: 'ck-group', dataset: { section } },
          h('tr', { class: 'ck-group-head' }, h('th', { scope: 'rowgroup', colspan: '6' },
            section ? kindLabel(section) : t('ck.noSection'))));
        bodies.push(body);
      }
      const key = it.provisionId + '|' + i;
      const detailId = `ck-detail-${i}`;
      const open = this.open.has(key);
      const toggle = h('button', { type: 'button', class: 'expander', 'aria-expanded': String(open), 'aria-controls': detailId, 'aria-label': t('ck.expand') },
        h('span', { 'aria-hidden': 'true' }, open ? '▾' : '▸'));
      const row = h('tr', { class: `ck-row st-${it.status}`, dataset: { status: it.status, provisionId: it.provisionId } },
        h('td', { class: 'narrow' }, toggle),
        h('td', {}, h('span', { class: `status-pill st-${it.status}` }, t(`ck.status.${it.status}`))),
        h('td', { class: 'req' },
          h('p', { class: 'req-text', lang: textLang(it.text) }, it.text),
          isTranslated(it) ? translationBlock(it)
            : it.textEn && it.textEn !== it.text && lang() === 'en' ? h('p', { class: 'req-gloss', lang: 'en' }, it.textEn)
              : it.textZh && lang() === 'zh' ? h('p', { class: 'req-gloss', lang: 'zh-CN' }, it.textZh) : null,
          citeLine(it)),
        h('td', {}, strengthBadge(it.strength, { claim: reviewItem(it) }),
          it.level && it.level !== String(it.strength).toLowerCase() ? h('div', { class: 'level' }, t(`ck.level.${it.level}`)) : null),
        h('td', {}, it.protocolSection ? kindLabel(it.protocolSection) : '—'),
        h('td', { class: 'num' }, String((it.evidence || []).length)));
      const detail = h('tr', { class: 'ck-detail', id: detailId, hidden: !open },
        h('td', { colspan: '6' }, h('div', { class: 'ck-detail-body' },
          h('h3', {}, t('ck.evidence')),
          (it.evidence || []).length
            ? h('ul', { class: 'evidence' }, it.evidence.map((ev) => h('li', {},
              h('span', { class: 'ev-section' }, (ev.section || '') + (ev.page ? ` · p. ${ev.page}` : '')), h('blockquote', { lang: textLang(ev.quote) }, ev.quote || ''))))
            : h('p', { class: 'muted' }, t('ck.noEvidence')),
          it.reason ? [h('h3', {}, t('ck.reason')), h('p', { lang: textLang(it.reason) }, it.reason)] : null,
          it.caveat ? [h('h3', {}, t('ck.caveat')), h('p', { lang: textLang(it.caveat) }, it.caveat)] : null,
          it.secondary ? h('p', { class: 'muted small' }, t('ck.secondary')) : null,
          (it.protocolSections || []).length > 1
            ? h('p', { class: 'muted small' }, `${t('ck.alsoSections')}: ${it.protocolSections.map(kindLabel).join(', ')}`) : null)));
      toggle.addEventListener('click', () => {
        const now = detail.hidden;
        detail.hidden = !now;
        toggle.setAttribute('aria-expanded', String(now));
        toggle.firstChild.textContent = now ? '▾' : '▸';
        if (now) this.open.add(key); else this.open.delete(key);
      });
      body.append(row, detail);
    });
    return h('div', { class: 'table-wrap' }, h('table', { class: 'checklist' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col', class: 'narrow' }, h('span', { class: 'visually-hidden' }, t('ck.expand'))),
        h('th', { scope: 'col' }, t('ck.col.status')), h('th', { scope: 'col' }, t('ck.col.requirement')),
        h('th', { scope: 'col' }, t('ck.col.strength')), h('th', { scope: 'col' }, t('ck.col.section')),
        h('th', { scope: 'col', class: 'num' }, t('ck.col.evidence')))),
      bodies));
  }
}

/** "Jurisdictions: CN, EU, US · indication: b-all (inferred) · …" for both the server's and DESIGN.md's profile shapes. */
function profileLine(p) {
  const inferred = new Set(p.inferred || []);
  const parts = [];
  const show = (k, v) => {
    const list = Array.isArray(v) ? v : [v];
    if (!list.length || list.every((x) => x === null || x === '' || x === undefined)) return;
    parts.push(`${t(`ck.${k}`)}: ${list.join(', ')}${inferred.has(k) ? ` (${t('ck.inferredMark')})` : ''}`);
  };
  if (p.jurisdictions) show('jurisdiction', p.jurisdictions);
  const conditions = p.conditions && typeof p.conditions === 'object' ? p.conditions : p;
  for (const [k, v] of Object.entries(conditions)) {
    if (['jurisdictions', 'conditions', 'inferred', 'defaulted'].includes(k) || (v && typeof v === 'object' && !Array.isArray(v))) continue;
    show(k, v);
  }
  return parts;
}

/** The source of an item: jurisdiction, document § section as a link to the provision, agency and date. */
function citeLine(it) {
  const c = it.cite;
  const label = c ? `${c.document}${c.section ? ' § ' + c.section : ''}` : (typeof it.citation === 'string' && it.citation) || it.provisionId;
  return h('p', { class: 'req-cite' },
    it.jurisdiction ? jurisdictionTag(it.jurisdiction) : null, ' ',
    h('a', { href: provisionHref(it.provisionId), lang: textLang(label), title: it.provisionId }, label),
    c ? h('span', { class: 'muted' }, ` · ${[c.agency, c.issued].filter(Boolean).join(', ')}`) : null,
    c && c.provenance === 'digest' ? [' ', provenanceBadge('digest', { short: true })] : null,
    reviewItem(it) ? [' ', provenanceBadge('review', { short: true })] : null);
}

/** True for an item from a journal review: a secondary source, badged as such. */
function reviewItem(it) {
  const docId = String(it.provisionId || '').split(':')[0];
  return sourceKind({ provenance: it.cite?.provenance }, documentMeta(docId)) === 'review';
}

function fileName(res, ext, uploaded) {
  const cd = res.headers.get('content-disposition') || '';
  const m = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(cd);
  if (m) {
    try { return decodeURIComponent(m[1] || m[2]); } catch { return m[2] || m[1]; }
  }
  const base = uploaded.replace(/\.[^.]+$/, '') || 'protocol';
  return `${base}-checklist.${ext}`;
}
