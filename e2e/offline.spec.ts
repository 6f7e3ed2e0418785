import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from './csp';
import { test, expect } from './fixtures';
import { PlaygroundPage } from './pages/playground';

const FAST = 'dataset=blobs&n=60&layers=3&lr=0.3&batch=full&backend=wasm';

/**
 * Each test serves its own copy of out/ (under the README's CSP) on a free port, so the network can
 * really go away (the server is stopped, and the context set offline) and a test can deploy a "new
 * version" by editing the copy.
 */
async function serveCopy(): Promise<{ origin: string; dir: string; stop(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'nn-playground-offline-'));
  cpSync('out', dir, { recursive: true });
  const server: ChildProcess = spawn(
    process.execPath,
    ['scripts/serve.mjs', '--dir', dir, '--port', '0', '--header', `Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const origin = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /at (http:\/\/[^/\s]+)\//.exec(output)?.[1];
      if (url) resolve(url);
    });
    server.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  return {
    origin,
    dir,
    stop: () => {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until the service worker has precached everything (it activates only then) and controls the page. */
async function waitUntilOfflineReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none')).toBe('activated');
}

async function expectTrains(playground: PlaygroundPage) {
  await playground.waitUntilReady();
  await playground.play.click();
  await expect.poll(() => playground.epochNumber()).toBeGreaterThan(5);
  await playground.play.click();
}

test.use({ serviceWorkers: 'allow' });

test.describe('offline and updates', () => {
  let site: Awaited<ReturnType<typeof serveCopy>>;
  test.beforeEach(async () => {
    site = await serveCopy();
  });
  test.afterEach(() => site.stop());

  test('after one visit, the playground, a lesson, the lessons in 简体中文 and the embed load and train with the network off', async ({ page, context }) => {
    const playground = new PlaygroundPage(page);
    await page.goto(`${site.origin}/?${FAST}`);
    await playground.waitUntilReady();
    await waitUntilOfflineReady(page);
    site.stop();
    await context.setOffline(true);

    await page.reload();
    await expectTrains(playground);
    await expect(playground.backend).toHaveText('wasm');

    // Client-side navigation: the lessons' RSC payloads and chunks come from the precache too.
    await page.getByTestId('lessons-link').click();
    await page.locator('[data-testid=lesson-link][data-slug=straight-line]').click();
    await expect(page).toHaveURL(/\/lessons\/straight-line\//);
    await expect(page.getByTestId('lesson-title')).toContainText('straight line');
    await expectTrains(playground);

    // A full load of another lesson, in Chinese (its catalogue is a chunk of its own), with KaTeX.
    await page.goto(`${site.origin}/lessons/one-hidden-layer/?lang=zh`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByTestId('lesson-title')).toContainText('隐藏层');
    await expectTrains(playground);

    await page.goto(`${site.origin}/embed/?${FAST}&show=boundary,cost,controls`);
    await expectTrains(playground);
  });

  test('a new deployment is picked up on the next load of an unused page, with a notice', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await page.goto(`${site.origin}/?${FAST}`);
    await playground.waitUntilReady();
    await waitUntilOfflineReady(page);
    await page.reload();
    await playground.waitUntilReady();
    await expect(page.getByTestId('updated-notice')).toHaveCount(0);

    // The page is in use (a Step) when the new version arrives: it stays on the version it has.
    await playground.step.click();
    await expect(playground.epoch).toHaveText('1');
    deployNewVersion(site.dir);
    await page.evaluate(() => ((window as { isSamePage?: boolean }).isSamePage = true));
    const waitingState = await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      await registration.update();
      const installing = registration.installing ?? registration.waiting!;
      // This listener runs after the page's own one for the same event.
      if (installing.state !== 'installed') {
        await new Promise<void>((resolve) => installing.addEventListener('statechange', () => installing.state === 'installed' && resolve()));
      }
      return registration.waiting?.state;
    });
    expect(waitingState).toBe('installed');
    expect(await page.evaluate(() => (window as { isSamePage?: boolean }).isSamePage)).toBe(true);
    await expect(page.locator('meta[name="deployment"]')).toHaveCount(0);
    await expect(page.getByTestId('updated-notice')).toHaveCount(0);

    // The next load is unused: the new version takes over, the page reloads once and says so.
    await page.reload();
    await expect(page.getByTestId('updated-notice')).toBeVisible();
    await expect(page.getByTestId('updated-notice')).toContainText('updated to the latest version');
    await expect(page.locator('meta[name="deployment"]')).toHaveCount(1);
    await playground.waitUntilReady();
    await playground.step.click();
    await expect(playground.epoch).toHaveText('1');
    await page.getByTestId('updated-notice').getByRole('button').click();
    await expect(page.getByTestId('updated-notice')).toHaveCount(0);
  });
});

/** Changes the home page and gives the service worker the new revision, as a new build would. */
function deployNewVersion(dir: string) {
  const html = join(dir, 'index.html');
  writeFileSync(html, readFileSync(html, 'utf8').replace('<head>', '<head><meta name="deployment" content="2">'));
  const sw = join(dir, 'sw.js');
  const source = readFileSync(sw, 'utf8');
  const updated = source.replace(/"revision":"[0-9a-f]+","url":"\/"/, '"revision":"deployment-2","url":"/"');
  if (updated === source) throw new Error('sw.js has no precache entry for /');
  writeFileSync(sw, updated);
}
