// What the page does around the app: says so when the app stops working
// (every build), and registers the service worker and offers new versions
// (release builds only: the post-build hook marks them with
// <meta name="gd-sw">).
(() => {
  // The app stops when its wasm traps (a panic: release builds abort at
  // once) or when a part of it cannot be downloaded (the connection
  // dropped before a page's code arrived, which then traps as well).
  // Either way nothing on screen would answer any more, so say so and
  // offer a reload; everything saved is in localStorage already.
  const stopped = () => {
    const el = document.getElementById('error-banner');
    if (!el || !el.hidden) return;
    el.hidden = false;
    const button = el.querySelector('button');
    button.onclick = () => location.reload();
    button.focus();
  };
  const fatal = (e) => e instanceof WebAssembly.RuntimeError || e instanceof WebAssembly.CompileError
    || e instanceof WebAssembly.LinkError
    // The main module or its glue not fetched at start-up.
    || (e instanceof TypeError && /fetch|import/i.test(e.message));
  addEventListener('error', (event) => {
    if (fatal(event.error)) stopped();
  });
  addEventListener('unhandledrejection', (event) => {
    if (fatal(event.reason)) stopped();
  });

  if (!('serviceWorker' in navigator) || !document.querySelector('meta[name="gd-sw"]')) return;
  const banner = () => document.getElementById('update-banner');
  const offer = (worker) => {
    const el = banner();
    if (!el) return;
    el.hidden = false;
    el.querySelector('button').onclick = () => {
      userAsked = true;
      worker.postMessage('skip-waiting');
    };
  };
  // Reload only when the user chose to update: the very first install
  // taking control, or another tab updating, must not reload this page
  // under the user's fingers.
  let userAsked = false;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading || !userAsked) return;
    reloading = true;
    location.reload();
  });
  window.addEventListener('load', async () => {
    try {
      const reg = await navigator.serviceWorker.register('sw.js');
      // Once this page is usable and the browser idle, fetch the other
      // pages' code so the whole app works offline.
      navigator.serviceWorker.addEventListener('message', (event) => {
        if (event.data === 'warmed') document.documentElement.dataset.offlineReady = 'yes';
      });
      navigator.serviceWorker.ready.then((ready) => {
        const ask = () => ready.active?.postMessage('warm');
        if ('requestIdleCallback' in window) requestIdleCallback(ask, { timeout: 5000 });
        else setTimeout(ask, 2000);
      });
      if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const next = reg.installing;
        next?.addEventListener('statechange', () => {
          if (next.state === 'installed' && navigator.serviceWorker.controller) offer(next);
        });
      });
    } catch (err) {
      console.warn('Offline support is unavailable:', err);
    }
  });
})();
