// The service worker: keeps one build of the site (page, scripts, styles, engine) in a
// cache named after the build, so the playground works offline after its first visit.
// vite.config.mjs fills in BUILD ({ version, files }) when it writes build/site/sw.js;
// a new build has a new version, hence a new cache, and the old one is deleted.
const BUILD = __BUILD__;
const CACHE = `glasspy-${BUILD.version}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // no-cache: revalidate with the server (cheap 304s), never a stale HTTP-cache copy.
      await cache.addAll(BUILD.files.map((file) => new Request(file, { cache: 'no-cache' })));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('glasspy-') && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// Cache first: every file of a build is cached together, so the page and the engine it
// loads always match. Navigations get the cached page (any query or fragment).
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const key = request.mode === 'navigate' ? new URL('./', self.registration.scope).href : request;
      const cached = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
      return cached ?? fetch(request);
    })(),
  );
});
