/**
 * Finds a Chromium for Playwright, installing one when none is found.
 *
 * Order: $CHROMIUM_PATH → Debian's /usr/bin/chromium → Playwright's own browser
 * → install (as root with apt-get: Debian's chromium; otherwise
 * `npx playwright install chromium`). Install output goes to stderr so stdout
 * keeps only what callers print.
 *
 *   node scripts/find-chromium.mjs          # prints the path
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const NOT_FOUND =
  'No Chromium found: install Debian\'s chromium (apt-get install chromium) or run npx playwright install chromium, or set CHROMIUM_PATH.';

function isExecutable(path) {
  if (!path) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && isExecutable(join(dir, command)));
}

async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return isExecutable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Runs a command with output streamed to stderr; returns whether it exited 0. */
function run(command, args, env = process.env) {
  console.error(`find-chromium: $ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    stdio: ['ignore', process.stderr, process.stderr],
    env,
    shell: process.platform === 'win32',
  });
  return result.status === 0;
}

/**
 * Resolves to the path of a Chromium executable, installing one if needed.
 * @param {{ install?: boolean }} [options] `install: false` only looks.
 * @throws {Error} with one sentence saying what to install when none can be provided.
 */
export async function provideChromium({ install = true } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    console.error(`find-chromium: CHROMIUM_PATH=${fromEnv} is not an executable file; looking elsewhere.`);
  }
  if (isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const bundled = await playwrightChromium();
  if (bundled) return bundled;
  if (!install) throw new Error(NOT_FOUND);

  if (process.getuid?.() === 0 && onPath('apt-get')) {
    console.error('find-chromium: no Chromium found; installing Debian\'s chromium with apt-get.');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update'], env) && run('apt-get', ['install', '-y', 'chromium'], env) && isExecutable(DEBIAN_CHROMIUM)) {
      return DEBIAN_CHROMIUM;
    }
  } else {
    console.error('find-chromium: no Chromium found; installing Playwright\'s chromium.');
    if (run('npx', ['playwright', 'install', 'chromium'])) {
      const installed = await playwrightChromium();
      if (installed) return installed;
    }
  }
  throw new Error(NOT_FOUND);
}

const isEntryPoint = (() => {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();

if (isEntryPoint) {
  try {
    console.log(await provideChromium());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
