/**
 * The benchmark's `scaling` section (issue 16), measured in Node rather than in the browser: bundles
 * scripts/bench/scaling-probe.ts with esbuild (TensorFlow.js stays external, loaded from node_modules)
 * and runs it on tfjs-backend-wasm. Returns the JSON section and the SVG chart.
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Measuring time per figure: a full run, or --scaling-quick (a smoke test of the section). */
export const SCALING_BUDGET_MS = 300;
export const SCALING_QUICK_BUDGET_MS = 20;

export async function runScaling({ budgetMs = SCALING_BUDGET_MS, only = null, log }) {
  const dir = join(root, 'node_modules', '.cache', 'nn-bench');
  await mkdir(dir, { recursive: true });
  const outfile = join(dir, `scaling-probe-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, 'scripts', 'bench', 'scaling-probe.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    external: ['@tensorflow/*'],
    logLevel: 'warning',
  });
  const probe = await import(pathToFileURL(outfile).href);
  await rm(outfile, { force: true });
  const wasmDir = `${join(root, 'node_modules', '@tensorflow', 'tfjs-backend-wasm', 'dist')}/`;
  return probe.measureScaling({ wasmDir, budgetMs, only, log });
}
