/// <reference lib="webworker" />
/**
 * The service worker (served as `<base>/sw.js`; scripts/build-sw.mjs bundles it and injects the
 * precache list): after one visit every page, the trainer worker, its wasm and the fonts load from
 * the precache, so the playground and the lessons load and train with the network off.
 *
 * How a new deployment takes over without mixing versions:
 * - Everything the app loads is precached by one worker as one version: hashed chunks by name, the
 *   rest (HTML, RSC payloads, wasm) with a revision. A new sw.js installs the new version beside the
 *   old one while the old worker keeps serving its own entries.
 * - It does not skip waiting by itself. A page asks it to (SKIP_WAITING_MESSAGE) only when the page
 *   was served by an older version and has not been used yet (no pointer or key input; it asks a
 *   few seconds after loading), and reloads as soon as the new worker controls it
 *   (components/offline), so nothing of the old page outlives the switch. Waiting is skipped only
 *   when that page is the one window open: activation deletes the old version's entries, and a page
 *   in use elsewhere could still ask for one of its lazily loaded chunks. (Serwist also listens for
 *   its own `{ type: 'SKIP_WAITING' }`; nothing here sends it.)
 * - Otherwise the new version waits, and the next load of an unused page (or closing every tab)
 *   switches. So a running page only ever talks to the worker that served it.
 * - clientsClaim: on the very first install nothing older exists, so the page that installed it is
 *   taken over at once and its later requests (a lesson's chunks) are served offline too.
 */
import { Route, Serwist, type PrecacheEntry, type SerwistPlugin } from 'serwist';
import { SKIP_WAITING_MESSAGE } from '../lib/offline/messages';

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };

/**
 * A worker's `location` is the URL of the response that served its script, and a cached response
 * carries the precache's URL, without the query. Turbopack's worker bootstrap reads its chunk list
 * from `?params=`, so a worker script is answered with a copy that has no URL of its own: the worker
 * then keeps the URL it asked for. (HTML: "run a worker" sets the global's URL to the response's.)
 */
const keepWorkerUrl: SerwistPlugin = {
  cachedResponseWillBeUsed: async ({ event, cachedResponse }) => {
    const destination = (event as FetchEvent | undefined)?.request?.destination;
    if (!cachedResponse || (destination !== 'worker' && destination !== 'sharedworker')) return cachedResponse;
    const { status, statusText, headers } = cachedResponse;
    return new Response(await cachedResponse.blob(), { status, statusText, headers });
  },
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    // A static export ignores query strings (`?dataset=xor&lang=zh`, Next's `?_rsc=…`): the precached
    // file is the answer whatever the query.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    concurrency: 6,
    plugins: [keepWorkerUrl],
  },
  skipWaiting: false,
  clientsClaim: true,
  navigationPreload: false,
  disableDevLogs: true,
});

self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type !== SKIP_WAITING_MESSAGE) return;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      // Not awaited: Chromium activates only once this message event is over, and skipWaiting's
      // promise waits for the activation, so awaiting it here would wait forever.
      if (windows.length <= 1) void self.skipWaiting();
    }),
  );
});

/** The precached URL a request asks for: queries never change a static file. */
function withoutQuery(url: string): string {
  const parsed = new URL(url);
  parsed.search = '';
  parsed.hash = '';
  return parsed.href;
}

// Next's router sends a HEAD request for a page before it uses the route tree it prefetched for it
// (static export); the precache answers only GET, so HEAD gets the precached headers, no body.
serwist.registerRoute(
  new Route(
    ({ request, sameOrigin }) => sameOrigin && serwist.getPrecacheKeyForUrl(withoutQuery(request.url)) !== undefined,
    async ({ request }) => {
      const cached = await serwist.matchPrecache(withoutQuery(request.url));
      if (!cached) return fetch(request);
      const { status, statusText, headers } = cached;
      return new Response(null, { status, statusText, headers });
    },
    'HEAD',
  ),
);

serwist.addEventListeners();
