/**
 * `npm test`: every check, in order, stopping at the first failure:
 * typecheck → lint → unit tests → build → end-to-end tests.
 * Chromium is provided first, so a missing browser is reported at once
 * rather than after the build.
 */
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { provideChromium } from './find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** [name, npm script] in the order they run. */
const STAGES = [
  ['typecheck', 'typecheck'],
  ['lint', 'lint'],
  ['unit tests', 'test:unit'],
  ['build under a base path', 'build:base-path'],
  ['build', 'build'],
  ['end-to-end tests', 'test:e2e'],
];

function seconds(startMs) {
  return `${((performance.now() - startMs) / 1000).toFixed(1)} s`;
}

function runScript(script, env) {
  return new Promise((resolveRun) => {
    const child = spawn('npm', ['run', script], {
      cwd: root,
      stdio: 'inherit',
      env,
      shell: process.platform === 'win32',
    });
    child.on('error', (error) => {
      console.error(`test: could not start npm: ${error.message}`);
      resolveRun(1);
    });
    child.on('close', (code, signal) => resolveRun(code ?? (signal ? 1 : 0)));
  });
}

// Ctrl-C reaches the running stage too; let it finish and report the failure.
process.on('SIGINT', () => {});

const totalStart = performance.now();
let chromiumPath;
try {
  chromiumPath = await provideChromium();
} catch (error) {
  console.error(`test: ${error.message}`);
  process.exit(1);
}
console.log(`Chromium: ${chromiumPath}`);
const env = { ...process.env, CHROMIUM_PATH: chromiumPath, NEXT_TELEMETRY_DISABLED: '1' };

for (const [index, [name, script]] of STAGES.entries()) {
  console.log(`\n=== [${index + 1}/${STAGES.length}] ${name} (npm run ${script}) ===`);
  const start = performance.now();
  const code = await runScript(script, env);
  if (code !== 0) {
    console.error(`\n✗ Stage ${index + 1}/${STAGES.length} "${name}" (npm run ${script}) failed with exit code ${code} after ${seconds(start)}; later stages did not run.`);
    process.exit(code || 1);
  }
  console.log(`=== ${name} passed in ${seconds(start)} ===`);
}

console.log(`\nTotal time: ${seconds(totalStart)}`);
console.log('All test stages passed.');
