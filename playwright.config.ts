import { defineConfig } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from './e2e/csp';

/**
 * End-to-end tests against the static export in out/, served by scripts/serve.mjs.
 *
 * Env:
 * - CHROMIUM_PATH: browser to launch (scripts/run-e2e.mjs sets it); unset → Playwright's own.
 * - E2E_BASE_URL: test a site that is already being served; no server is started then.
 * - E2E_PORT: port for the local server (default 3100).
 * - E2E_REUSE_SERVER=1: reuse a server already listening on E2E_PORT.
 * - E2E_SERVE_ARGS: extra arguments for scripts/serve.mjs, e.g. "--header 'Content-Security-Policy: …'".
 */
const port = Number(process.env.E2E_PORT ?? 3100);
const localURL = `http://127.0.0.1:${port}/`;
const externalURL = process.env.E2E_BASE_URL;
const chromiumPath = process.env.CHROMIUM_PATH;

export default defineConfig({
  testDir: 'e2e',
  // Two cores: one worker, tests in file order; a flaky test should be fixed, not retried.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // `list` prints one line per test and ends with its own "N passed / N failed" summary.
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: externalURL ?? localURL,
    screenshot: 'only-on-failure',
    // The service worker precaches ≈3.4 MB on every first visit: only the specs about it (offline,
    // base-path) let it register; elsewhere a test sees the first visit, which is also what page.route needs.
    serviceWorkers: 'block',
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: ['--disable-quic', '--disable-gpu', '--enable-unsafe-swiftshader'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: externalURL
    ? undefined
    : {
        // Every test runs under the Content-Security-Policy the README recommends to hosts.
        command: `node scripts/serve.mjs --port ${port} --header "Content-Security-Policy: ${CONTENT_SECURITY_POLICY}" ${process.env.E2E_SERVE_ARGS ?? ''}`.trim(),
        url: localURL,
        reuseExistingServer: process.env.E2E_REUSE_SERVER === '1',
        timeout: 30_000,
        stdout: 'ignore',
        stderr: 'pipe',
      },
});
