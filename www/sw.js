// Offline cache for Preflight's own static files. It never fetches anything
// but the app's own origin, and caches only same-origin GET responses.
const CACHE = 'preflight-v2';
const FILES = ['./', './index.html', './style.css', './boot.js', './preflight-web.js',
  './preflight-web_bg.wasm', './manifest.webmanifest',
  './worker.js', './preflight-worker.js', './preflight-worker_bg.wasm'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// Network first, so a new deployment is picked up; the cache when offline.
self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(fetch(req).then((res) => {
    if (res.ok) {
      const copy = res.clone();
      caches.open(CACHE).then((c) => c.put(req, copy));
    }
    return res;
  }).catch(() => caches.match(req, { ignoreSearch: true })));
});
