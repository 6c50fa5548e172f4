// Boot: language, routing between the views, global keys.

import { initLang, setLang, lang, t, onLangChange } from './i18n.js';
import { onRoute } from './router.js';
import { h } from './dom.js';
import * as searchView from './views/search.js';
import * as provisionView from './views/provision.js';
import * as documentView from './views/document.js';
import * as compareView from './views/compare.js';
import * as checklistView from './views/checklist.js';

const ROUTES = [
  { name: 'search', test: (p) => p === '/' || p === '/search' || p === '/index.html', view: searchView },
  { name: 'provision', test: (p) => p.startsWith('/p/'), view: provisionView },
  { name: 'document', test: (p) => p.startsWith('/doc/'), view: documentView },
  { name: 'compare', test: (p) => p === '/compare', view: compareView },
  { name: 'checklist', test: (p) => p === '/checklist', view: checklistView },
];

const notFound = {
  mount(root) {
    document.title = `${t('title.notFound')} · RegAtlas`;
    root.append(h('section', { class: 'page narrow' },
      h('h1', {}, t('title.notFound')), h('p', {}, t('nf.lead')), h('p', {}, h('a', { href: '/' }, t('nf.home')))));
    return {};
  },
};

const main = document.getElementById('main');
let current = null; // {route, instance, key}

let shown = null; // pathname + search last rendered

function render(force = false) {
  const path = location.pathname;
  // Only the #fragment changed (a table-of-contents link, back to it): the browser scrolls, nothing to redraw.
  if (!force && current && shown === path + location.search && !current.instance.update) return;
  shown = path + location.search;
  const route = ROUTES.find((r) => r.test(path)) || { name: 'notfound', view: notFound };
  const key = route.name === 'search' ? 'search' : path;
  if (!force && current && current.key === key && current.instance.update) {
    current.instance.update(location);
  } else {
    if (current && current.instance.unmount) current.instance.unmount();
    main.replaceChildren();
    const navigated = current !== null;
    current = { route, key, instance: route.view.mount(main, location) || {} };
    if (!location.hash) window.scrollTo(0, 0);
    // After following a link the old focus is gone: start the keyboard at the new page's content.
    if (navigated && !force && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
  }
  document.querySelectorAll('[data-nav]').forEach((a) => {
    const active = a.dataset.nav === route.name;
    if (active) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  });
}

function syncLangButton() {
  const btn = document.getElementById('lang-toggle');
  btn.querySelectorAll('[data-lang-opt]').forEach((s) => s.classList.toggle('on', s.dataset.langOpt === lang()));
  // The name comes from the visible options plus a hidden sentence, so voice control can say what is shown.
  btn.querySelector('[data-i18n="lang.toggle"]').textContent = t('lang.toggle');
}

initLang();
syncLangButton();
onLangChange(() => { syncLangButton(); render(true); });
document.getElementById('lang-toggle').addEventListener('click', () => setLang(lang() === 'zh' ? 'en' : 'zh'));

// "/" focuses the search box from anywhere (or opens search), unless the user is typing in a field.
document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const el = document.activeElement;
  if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))) return;
  const box = document.getElementById('q');
  e.preventDefault();
  if (box) { box.focus(); box.select(); } else { history.pushState(null, '', '/'); render(); document.getElementById('q')?.focus(); }
});

onRoute(() => render());
render();
