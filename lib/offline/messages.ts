/** The message a page posts to a waiting service worker to make it take over now. */
export const SKIP_WAITING_MESSAGE = 'nn-playground:skip-waiting';

/** sessionStorage key: set just before the reload that an update causes, read once after it. */
export const UPDATED_FLAG_KEY = 'nn-playground:updated';

/**
 * How long after the page's load event it asks a waiting worker to take over. Headless Chromium
 * 150 was seen to leave the worker waiting for good when skipWaiting() came within the first
 * seconds of a load (while the trainer worker was starting), and to activate it at once later.
 */
export const SETTLE_MS = 3000;

/** The service worker's script URL and scope under a base path ('' or '/sub'). */
export function serviceWorkerUrls(basePath: string): { scriptUrl: string; scope: string } {
  return { scriptUrl: `${basePath}/sw.js`, scope: `${basePath}/` };
}

/**
 * Whether a page may switch to a waiting new version now: only a page that an older version
 * already served (the very first install has nothing to switch from) and that nobody has used yet
 * (a reload would throw away points drawn or a run in progress).
 */
export function mayActivateUpdate({ wasControlled, isPageUsed }: { wasControlled: boolean; isPageUsed: boolean }): boolean {
  return wasControlled && !isPageUsed;
}
