// Offline cache for Preflight's own files, one cache per build.
//
// `scripts/sw_manifest.mjs` fills in BUILD (a hash of every file the build
// ships) and FILES (all of them, the lazily loaded worker and widget
// modules included) when the app is built; the source copy is never served.
// A page is served from one build's cache only, so it never mixes old
// JavaScript with new wasm: a new build installs beside the old one, waits
// until the page says it may take over (www/boot.js: at once when nothing
// has been typed yet, else when the user chooses to reload), and then
// removes the old cache. It never fetches anything but this origin.
const BUILD = 'source';
const FILES = [];
const CACHE = `preflight-${BUILD}`;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(FILES.map((f) => new Request(f, { cache: 'reload' })))));
});

self.addEventListener('message', (event) => {
  if (event.data === 'preflight-activate') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('preflight-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// This build's files come from this build's cache (the network only if
// the cache lost one); anything else from the network.
self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(req, { ignoreSearch: true })
      .then((hit) => hit || (req.mode === 'navigate' ? cache.match('./index.html') : undefined)))
    .then((hit) => hit || fetch(req)));
});
