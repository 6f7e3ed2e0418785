import { describe, expect, it } from 'vitest';
import { mayActivateUpdate, serviceWorkerUrls } from './messages';
import { normalizeBasePath, PRECACHE_GLOBS, PRECACHE_IGNORES, precacheUrl, toServedEntries } from './precache';

describe('precacheUrl', () => {
  it('gives a page its directory URL, under the base path', () => {
    expect(precacheUrl('index.html', '')).toBe('/');
    expect(precacheUrl('index.html', '/nn-playground')).toBe('/nn-playground/');
    expect(precacheUrl('lessons/going-deep/index.html', '/nn-playground')).toBe('/nn-playground/lessons/going-deep/');
    expect(precacheUrl('embed/index.html', '')).toBe('/embed/');
  });
  it('keeps every other file name, under the base path', () => {
    expect(precacheUrl('404.html', '')).toBe('/404.html');
    expect(precacheUrl('tfjs/tfjs-backend-wasm-simd.wasm', 'sub/')).toBe('/sub/tfjs/tfjs-backend-wasm-simd.wasm');
    expect(precacheUrl('lessons/x/__next.lessons.$d$slug.__PAGE__.txt', '/sub')).toBe('/sub/lessons/x/__next.lessons.$d$slug.__PAGE__.txt');
    expect(precacheUrl('./manifest.webmanifest', '/')).toBe('/manifest.webmanifest');
  });
  it('does not mistake a file that merely ends in index.html for a page', () => {
    expect(precacheUrl('lessons/myindex.html', '')).toBe('/lessons/myindex.html');
  });
});

describe('normalizeBasePath', () => {
  it('gives a leading slash and no trailing one; empty and / mean none', () => {
    expect(normalizeBasePath(undefined)).toBe('');
    expect(normalizeBasePath('/')).toBe('');
    expect(normalizeBasePath(' sub/ ')).toBe('/sub');
    expect(normalizeBasePath('/a/b//')).toBe('/a/b');
  });
});

describe('toServedEntries', () => {
  it('drops the revision of content-hashed files only, and prefixes every URL', () => {
    const served = toServedEntries(
      [
        { url: '_next/static/chunks/0abc.js', revision: 'r1', size: 10 },
        { url: 'tfjs/tfjs-backend-wasm.wasm', revision: 'r2', size: 20 },
        { url: 'lessons/index.html', revision: 'r3', size: 30 },
      ],
      '/sub',
    );
    expect(served).toEqual([
      { url: '/sub/_next/static/chunks/0abc.js', revision: null, size: 10 },
      { url: '/sub/tfjs/tfjs-backend-wasm.wasm', revision: 'r2', size: 20 },
      { url: '/sub/lessons/', revision: 'r3', size: 30 },
    ]);
  });
});

describe('what is precached', () => {
  it('covers pages, RSC payloads, chunks, woff2 fonts, the wasm and the manifest; not source maps', () => {
    expect(PRECACHE_GLOBS).toEqual(expect.arrayContaining(['**/*.html', '**/*.txt', 'tfjs/*.wasm', 'manifest.webmanifest']));
    expect(PRECACHE_GLOBS.some((glob) => glob.startsWith('_next/static/') && glob.includes('woff2'))).toBe(true);
    expect(PRECACHE_IGNORES).toContain('**/*.map');
  });
});

describe('service worker registration', () => {
  it('registers sw.js at the root of the base path, scoped to it', () => {
    expect(serviceWorkerUrls('')).toEqual({ scriptUrl: '/sw.js', scope: '/' });
    expect(serviceWorkerUrls('/nn-playground')).toEqual({ scriptUrl: '/nn-playground/sw.js', scope: '/nn-playground/' });
  });
  it('switches to a new version only on a page an older one served and nobody has used', () => {
    expect(mayActivateUpdate({ wasControlled: true, isPageUsed: false })).toBe(true);
    expect(mayActivateUpdate({ wasControlled: true, isPageUsed: true })).toBe(false);
    expect(mayActivateUpdate({ wasControlled: false, isPageUsed: false })).toBe(false);
  });
});
