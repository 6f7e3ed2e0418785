/**
 * First-load JavaScript of the page and of the trainer worker, measured from the static export in
 * out/ (gzip level 9, as a static host would serve it).
 *
 * - page: every .js that out/index.html loads in a modern browser (script src without `nomodule`,
 *   and preload/modulepreload links);
 * - worker: Turbopack starts a worker through a bootstrap chunk (static/chunks/turbopack-worker-….js)
 *   named together with the chunks it imports: `…("static/chunks/turbopack-worker-x.js",["static/chunks/a.js",…])`
 *   in a page chunk. The Turbopack runtime chunk is counted in both (the worker loads it again). Without that pattern (e.g. `next build --webpack`), every .js outside the page
 *   that contains TensorFlow.js's engine (`_tfengine`) is counted, and `workerMethod` says so.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

async function listFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}

/** JS paths (relative to out/, no leading slash) that an HTML page loads. */
export function scriptsOfHtml(html) {
  const urls = new Set();
  for (const match of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = /\bsrc="([^"]+)"/.exec(match[0])?.[1];
    // Modern browsers skip `nomodule` scripts (Next's legacy polyfills).
    if (src && !/\bnomodule\b/i.test(match[0])) urls.add(src);
  }
  for (const match of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = match[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\brel="(preload|modulepreload)"/.test(tag) && (/\bas="script"/.test(tag) || /\brel="modulepreload"/.test(tag))) urls.add(href);
  }
  return [...urls]
    .map((url) => url.split(/[?#]/, 1)[0])
    .filter((url) => url.endsWith('.js') && !/^[a-z]+:/i.test(url))
    // A base path (/sub/_next/…) is not a folder of out/.
    .map((url) => (url.includes('/_next/') ? url.slice(url.indexOf('/_next/') + 1) : url.replace(/^\/+/, '')));
}

async function sizeOf(outDir, path) {
  const bytes = await readFile(join(outDir, path));
  return { file: path, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

const sum = (files, key) => files.reduce((total, f) => total + f[key], 0);

/** Measures out/: { pageGzipBytes, pageBytes, workerGzipBytes, workerBytes, workerMethod, pageFiles, workerFiles }. */
export async function measureBundle(outDir) {
  const html = await readFile(join(outDir, 'index.html'), 'utf8');
  const pagePaths = scriptsOfHtml(html);
  const allJs = (await listFiles(join(outDir, '_next')))
    .filter((path) => path.endsWith('.js'))
    .map((path) => relative(outDir, path).split(sep).join('/'));

  let workerPaths = [];
  let workerMethod = 'none found';
  for (const path of pagePaths) {
    const text = await readFile(join(outDir, path), 'utf8');
    const match = /"(static\/chunks\/turbopack-worker-[^"]+\.js)",\s*\[([^\]]*)\]/.exec(text);
    if (match) {
      const chunks = [...match[2].matchAll(/"([^"]+\.js)"/g)].map((m) => m[1]);
      workerPaths = [match[1], ...chunks].map((p) => `_next/${p}`);
      workerMethod = 'turbopack worker bootstrap';
      break;
    }
  }
  if (workerPaths.length === 0) {
    for (const path of allJs) {
      if (pagePaths.includes(path)) continue;
      if ((await readFile(join(outDir, path), 'utf8')).includes('_tfengine')) workerPaths.push(path);
    }
    if (workerPaths.length) workerMethod = 'files outside the page holding TensorFlow.js (_tfengine)';
  }

  const pageFiles = await Promise.all(pagePaths.map((p) => sizeOf(outDir, p)));
  const workerFiles = await Promise.all(workerPaths.filter((p) => allJs.includes(p)).map((p) => sizeOf(outDir, p)));
  return {
    pageGzipBytes: sum(pageFiles, 'gzipBytes'),
    pageBytes: sum(pageFiles, 'bytes'),
    workerGzipBytes: sum(workerFiles, 'gzipBytes'),
    workerBytes: sum(workerFiles, 'bytes'),
    workerMethod,
    pageFiles,
    workerFiles,
  };
}
