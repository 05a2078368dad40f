// Registers the service worker (release builds only: the post-build hook
// marks them with <meta name="gd-sw">) and shows the "new version" banner.
(() => {
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
