// Leerpad's service worker: after the first visit the whole app works without a network.
//
// - install: precaches every file of this build (the list and the version below are written by
//   scripts/post-build.mjs, trunk's post_build hook, so they always match the build);
// - fetch: answers from that cache first; every page address gets the cached index.html (the app
//   routes itself), so deep links work offline; other origins are never contacted;
// - a new build installs next to the running one and waits: the app shows "Nieuwe versie
//   beschikbaar" and sends 'skip-waiting' only when the participant clicks and their work is saved;
// - activate: removes the caches of older builds.
'use strict';

const VERSION = '__LEERPAD_VERSION__';
const PRECACHE = ['__LEERPAD_PRECACHE__'];
const CACHE = `leerpad-${VERSION}`;
const SHELL = '/index.html';

self.addEventListener('install', (event) => {
  // 'no-cache': revalidate with the server, so a new build never precaches an old index.html.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'no-cache' })))),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('leerpad-') && name !== CACHE) await caches.delete(name);
      }
      // The first install takes over the open page at once, so it works offline without a reload.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(answer(request));
});

async function answer(request) {
  const cache = await caches.open(CACHE);
  if (request.mode === 'navigate') {
    // The cached shell, not the network's: the page and its scripts always come from one build.
    return (await cache.match(SHELL)) ?? fetch(request);
  }
  return (await cache.match(request)) ?? fetch(request);
}
