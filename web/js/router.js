// History-based navigation for the single page: same-origin links are routed here, the back button works.

let handler = null;

export function onRoute(fn) {
  handler = fn;
}

/** Goes to url (path + query + hash); replace keeps the history entry (for state that changes while typing). */
export function navigate(url, { replace = false } = {}) {
  const u = new URL(url, location.href);
  const target = u.pathname + u.search + u.hash;
  if (target !== location.pathname + location.search + location.hash) {
    history[replace ? 'replaceState' : 'pushState'](null, '', target);
  }
  if (handler) handler();
}

window.addEventListener('popstate', () => { if (handler) handler(); });

document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.target.closest('a[href]');
  if (!a || (a.target && a.target !== '_self') || a.hasAttribute('download') || a.hasAttribute('data-external')) return;
  const u = new URL(a.href, location.href);
  if (u.origin !== location.origin || u.pathname.startsWith('/api/') || u.pathname === '/openapi.json') return;
  // A link to an anchor on this page: let the browser scroll.
  if (u.pathname === location.pathname && u.search === location.search && u.hash) return;
  e.preventDefault();
  navigate(u.pathname + u.search + u.hash);
});
