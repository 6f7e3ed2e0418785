/**
 * Builds the static export for hosting under a sub-path (e.g. https://example.org/nn-playground/)
 * into out-base-path/, so a test can serve it there. The sub-path comes from NEXT_PUBLIC_BASE_PATH
 * (default /nn-playground). `npm run build` with NEXT_PUBLIC_BASE_PATH set does the same into out/.
 * Like `npm run build`, it ends by writing the service worker (scripts/build-sw.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const basePath = process.env.NEXT_PUBLIC_BASE_PATH || '/nn-playground';
const target = `${root}out-base-path`;
const out = `${root}out`;
const saved = `${root}out-previous`;

// next build always writes out/: keep the root build aside while the sub-path build runs.
rmSync(saved, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, saved);
let status = 1;
try {
  const result = spawnSync('npx', ['next', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NEXT_PUBLIC_BASE_PATH: basePath },
  });
  status = result.status ?? 1;
  if (status === 0) {
    // The service worker's precache URLs carry the base path too.
    const sw = spawnSync(process.execPath, ['scripts/build-sw.mjs'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NEXT_PUBLIC_BASE_PATH: basePath },
    });
    status = sw.status ?? 1;
  }
  if (status === 0) {
    rmSync(target, { recursive: true, force: true });
    renameSync(out, target);
    console.log(`build-base-path: out-base-path/ is the export for ${basePath}/`);
  }
} finally {
  rmSync(out, { recursive: true, force: true });
  if (existsSync(saved)) renameSync(saved, out);
}
process.exit(status);
