/**
 * Post-build step of `npm run build` (and of build:base-path): writes the service worker
 * `<dir>/sw.js` for the static export in `<dir>` (default out/).
 *
 *   node scripts/build-sw.mjs [--dir out]      (the base path comes from NEXT_PUBLIC_BASE_PATH)
 *
 * Serwist's Next.js plugin hooks into webpack, which Turbopack builds do not run, so this bundles
 * workers/service-worker.ts with esbuild and then lets @serwist/build's injectManifest list the
 * export's files (globs and URL rules in lib/offline/precache.ts) into it, each with a revision.
 */
import { injectManifest } from '@serwist/build';
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Bundles a TypeScript module of the repository for Node and imports it (Node 20 cannot import .ts). */
async function importTypeScript(path) {
  const result = await build({ entryPoints: [join(root, path)], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent' });
  const code = result.outputFiles[0]?.text ?? '';
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

function parseDir(argv) {
  const index = argv.indexOf('--dir');
  if (index === -1) return join(root, 'out');
  const value = argv[index + 1];
  if (!value) throw new Error('--dir needs a value: node scripts/build-sw.mjs [--dir out]');
  return resolve(value);
}

async function main() {
  const dir = parseDir(process.argv.slice(2));
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`build-sw: ${relative(process.cwd(), dir) || '.'}/index.html is missing: run next build first.`);
    process.exit(1);
  }
  const precache = await importTypeScript('lib/offline/precache.ts');
  const basePath = precache.normalizeBasePath(process.env.NEXT_PUBLIC_BASE_PATH);
  const scratch = mkdtempSync(join(tmpdir(), 'nn-playground-sw-'));
  try {
    const bundled = join(scratch, 'sw.js');
    await build({
      entryPoints: [join(root, 'workers', 'service-worker.ts')],
      outfile: bundled,
      bundle: true,
      format: 'iife',
      target: 'es2022',
      minify: true,
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    });
    const { count, size, warnings } = await injectManifest({
      swSrc: bundled,
      swDest: join(dir, 'sw.js'),
      globDirectory: dir,
      globPatterns: [...precache.PRECACHE_GLOBS],
      globIgnores: [...precache.PRECACHE_IGNORES],
      maximumFileSizeToCacheInBytes: precache.MAX_PRECACHE_FILE_BYTES,
      manifestTransforms: [(entries) => ({ manifest: precache.toServedEntries(entries, basePath), warnings: [] })],
    });
    // A file over the size limit is only warned about; a precache that silently lacks it would not work offline.
    if (warnings.length > 0) {
      console.error(`build-sw: ${warnings.join('\n')}`);
      process.exit(1);
    }
    console.log(`build-sw: ${relative(process.cwd(), join(dir, 'sw.js'))} precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MB) under ${basePath || '/'}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
