/**
 * What the service worker precaches from the static export in out/, and under which URLs.
 * `scripts/build-sw.mjs` hands these to @serwist/build's injectManifest; they are plain data and
 * pure functions so they are tested in Node.
 */

/** A precache entry as injectManifest writes it: `revision` null when the URL itself is versioned. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
  size?: number;
}

/**
 * Globs relative to out/: every page's HTML, the RSC payloads client-side navigation fetches
 * (`index.txt`, `__next.*.txt`), every script, style sheet and font Next emits (KaTeX's fonts land in
 * `_next/static/media/` as woff2; browsers that take woff2 never ask for KaTeX's woff or ttf
 * fallbacks, so those are left out), the wasm binaries, the icons and the manifest.
 */
export const PRECACHE_GLOBS = [
  '**/*.html',
  '**/*.txt',
  '_next/static/**/*.{js,css,woff2}',
  '_next/static/media/*.svg',
  'tfjs/*.wasm',
  'icons/*.png',
  'icon.svg',
  'manifest.webmanifest',
] as const;

/**
 * Left out: the not-found route's copies (404.html is kept), source maps, Turbopack's copy of the
 * worker's TypeScript source, and the threaded wasm build, which runs only on a cross-origin isolated
 * page, where the worker turns threads off anyway.
 */
export const PRECACHE_IGNORES = [
  '404/**',
  '_not-found/**',
  '**/*.map',
  '_next/static/media/*.ts',
  'tfjs/*threaded*',
] as const;

/** The largest file precached: the wasm binaries are about 0.4 MB, the largest chunk about 0.35 MB. */
export const MAX_PRECACHE_FILE_BYTES = 4 * 1024 * 1024;

/** Files under this prefix carry a content hash in their name, so they need no revision. */
export const HASHED_PREFIX = '_next/static/';

/** Turns `sub/` or `/sub/` into `/sub`; '' and '/' mean no base path (as scripts/serve.mjs does). */
export function normalizeBasePath(basePath: string | undefined): string {
  const trimmed = (basePath ?? '').trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * The URL a file of out/ (a path relative to it, `/`-separated) is served at: absolute, under the
 * base path. A page's `index.html` becomes its directory URL (`lessons/x/index.html` →
 * `/sub/lessons/x/`), the URL links and `trailingSlash: true` use; the precache's directoryIndex
 * would find it either way, but the directory URL is the one a static host certainly serves.
 */
export function precacheUrl(file: string, basePath: string): string {
  const base = normalizeBasePath(basePath);
  const path = file.replace(/^\.?\/+/, '');
  if (path === 'index.html') return `${base}/`;
  if (path.endsWith('/index.html')) return `${base}/${path.slice(0, -'index.html'.length)}`;
  return `${base}/${path}`;
}

/**
 * Rewrites injectManifest's entries (URLs relative to out/) to served URLs under the base path, and
 * drops the revision of content-hashed files. Hashed chunks keep their names across deployments only
 * when their bytes are the same, so a new deployment downloads only what changed.
 */
export function toServedEntries(entries: readonly PrecacheEntry[], basePath: string): PrecacheEntry[] {
  return entries.map((entry) => ({
    ...entry,
    url: precacheUrl(entry.url, basePath),
    revision: entry.url.startsWith(HASHED_PREFIX) ? null : entry.revision,
  }));
}
