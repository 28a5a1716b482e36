// Ordo's technician app: keeps the app's own files so that it starts without a network. The API
// (/tech/api/) is never answered from here: the app keeps its data and its outbox in IndexedDB.
const CACHE = 'ordo-tech-v1';
const SHELL = ['/tech/', '/tech/app.js', '/tech/tech.css', '/tech/manifest.webmanifest', '/tech/icon.svg'];

self.addEventListener('install', (event) => {
    event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
    event.waitUntil(caches.keys()
        .then((keys) => Promise.all(keys.filter((k) => k.startsWith('ordo-tech-') && k !== CACHE).map((k) => caches.delete(k))))
        .then(() => self.clients.claim()));
});

// Network first (a new version of the app arrives at once), the kept copy when the network fails
// or takes longer than a few seconds (a basement, a weak signal).
self.addEventListener('fetch', (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== self.location.origin)
        return;
    const key = request.mode === 'navigate' ? '/tech/' : url.pathname;
    if (!SHELL.includes(key))
        return;
    event.respondWith((async () => {
        const cache = await caches.open(CACHE);
        const fromNetwork = fetch(request).then((response) => {
            if (response.ok)
                event.waitUntil(cache.put(key, response.clone()));
            return response;
        });
        const slow = new Promise((resolve) => setTimeout(resolve, 4000));
        try {
            const first = await Promise.race([fromNetwork, slow]);
            if (first && (first.ok || !(await cache.match(key))))
                return first;
        } catch {
            // offline: the kept copy below
        }
        const kept = await cache.match(key);
        return kept || fromNetwork;
    })());
});
