/**
 * `npm run test:e2e`: Playwright against the built export in out/.
 * Provides a Chromium (scripts/find-chromium.mjs), passes it on as CHROMIUM_PATH,
 * and runs `playwright test` with any extra arguments, e.g.
 *   npm run test:e2e -- e2e/embed.spec.ts --headed
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { provideChromium } from './find-chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

if (!process.env.E2E_BASE_URL && !existsSync(join(root, 'out', 'index.html'))) {
  console.error('run-e2e: out/index.html is missing: run npm run build first.');
  process.exit(1);
}

let chromiumPath;
try {
  chromiumPath = await provideChromium();
} catch (error) {
  console.error(`run-e2e: ${error.message}`);
  process.exit(1);
}

// The local CLI, not `npx`, so nothing is looked up on the registry.
const playwrightCli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const child = spawn(process.execPath, [playwrightCli, 'test', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromiumPath },
});

// Ctrl-C reaches the child too; wait for it to report and exit with its code.
const forward = (signal) => child.kill(signal);
process.on('SIGINT', () => {});
process.on('SIGTERM', forward);

child.on('error', (error) => {
  console.error(`run-e2e: could not start Playwright: ${error.message}`);
  process.exit(1);
});
child.on('close', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
