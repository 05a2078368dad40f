// Graceful Decline service worker. The post-build hook (scripts/post-build.mjs)
// writes the build hash and the precache list below, so every release
// changes this file and the browser installs the new version.
const BUILD = '__BUILD_HASH__';
const PRECACHE = __PRECACHE_LIST__;
// The wasm chunks of the other pages (scripts/wasm-split.mjs) are cached
// when first used, and all of them once the page asks ("warm", sent when
// the browser is idle after the first page is usable), so every page works
// offline without slowing the first visit. Their list is offline.json,
// fetched only then.
const LAZY_LIST = './offline.json';
const CACHE = `graceful-decline-${BUILD}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('graceful-decline-') && key !== CACHE) await caches.delete(key);
    }
    await self.clients.claim();
  })());
});

// The page asks the waiting worker to take over when the user chooses
// to reload into the new version, and the active one to fetch the rest of
// the app for offline use.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  if (event.data === 'warm') event.waitUntil(warm(event.source));
});

async function warm(client) {
  const cache = await caches.open(CACHE);
  try {
    const lazy = await (await fetch(LAZY_LIST, { cache: 'no-store' })).json();
    const missing = [];
    for (const url of lazy) if (!(await cache.match(url))) missing.push(url);
    await cache.addAll(missing);
    client?.postMessage('warmed');
  } catch {
    // Offline or interrupted: the next visit tries again.
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Network first, so a deploy is seen at once; the cached shell offline.
    event.respondWith((async () => {
      try {
        return await fetch(request);
      } catch {
        const cache = await caches.open(CACHE);
        return (await cache.match('./index.html')) || (await cache.match('./')) || Response.error();
      }
    })());
    return;
  }
  // Hashed assets never change under the same name: cache first.
  event.respondWith((async () => {
    const cached = await caches.match(request);
    if (cached) return cached;
    const response = await fetch(request);
    if (response.ok && /-[0-9a-f]{16}(_bg)?\.(js|wasm|css)$/.test(new URL(request.url).pathname)) {
      const cache = await caches.open(CACHE);
      cache.put(request, response.clone());
    }
    return response;
  })());
});
