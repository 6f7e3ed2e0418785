import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test, expect } from './fixtures';
import { PlaygroundPage } from './pages/playground';

const BASE_PATH = '/nn-playground';
const PORT = Number(process.env.E2E_BASE_PATH_PORT ?? 3150);
const ORIGIN = `http://127.0.0.1:${PORT}`;

test.use({ serviceWorkers: 'allow' });

test.describe('hosted under a sub-path', () => {
  let server: ChildProcess | undefined;

  test.beforeAll(async () => {
    test.skip(!existsSync('out-base-path/index.html'), 'needs npm run build:base-path (npm test runs it)');
    server = spawn('node', ['scripts/serve.mjs', '--dir', 'out-base-path', '--base-path', BASE_PATH, '--port', String(PORT)], { stdio: 'ignore' });
    await expect.poll(async () => (await fetch(`${ORIGIN}${BASE_PATH}/`).catch(() => null))?.status ?? 0).toBe(200);
  });
  test.afterAll(() => {
    server?.kill();
  });

  test('the page, its worker and the wasm files load from the sub-path', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await page.goto(`${ORIGIN}${BASE_PATH}/?dataset=blobs&n=60&layers=none&batch=full&backend=wasm`);
    await playground.waitUntilReady();
    await expect(playground.backend).toHaveText('wasm');
    await playground.step.click();
    await expect(playground.epoch).toHaveText('1');
    expect(new URL(page.url()).pathname).toBe(`${BASE_PATH}/`);
  });

  test('after one visit it loads and trains offline, its service worker scoped to the sub-path', async ({ page, context }) => {
    const playground = new PlaygroundPage(page);
    await page.goto(`${ORIGIN}${BASE_PATH}/?dataset=blobs&n=60&layers=none&batch=full&backend=wasm`);
    await playground.waitUntilReady();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? 'none')).toBe('activated');
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.scope))).toBe(`${ORIGIN}${BASE_PATH}/`);
    await context.setOffline(true);
    await page.reload();
    await playground.waitUntilReady();
    await playground.step.click();
    await expect(playground.epoch).toHaveText('1');
    const manifestHref = (await page.locator('link[rel=manifest]').getAttribute('href')) ?? 'missing';
    expect(manifestHref).toBe(`${BASE_PATH}/manifest.webmanifest`);
    const manifest = await page.evaluate(async (href) => (await fetch(href)).json(), manifestHref);
    expect(manifest).toMatchObject({ start_url: `${BASE_PATH}/`, scope: `${BASE_PATH}/` });
  });

  test('the embed route works under the sub-path', async ({ page }) => {
    await page.goto(`${ORIGIN}${BASE_PATH}/embed/?dataset=xor&n=60&backend=wasm&show=boundary`);
    await expect(page.getByTestId('train-cost')).toHaveText(/^\d/);
    await expect(page.getByTestId('point')).toHaveCount(60);
  });
});
