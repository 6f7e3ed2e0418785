import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from './fixtures';
import { PlaygroundPage } from './pages/playground';

const FAST = 'dataset=blobs&n=60&layers=3&lr=0.3&batch=full&backend=wasm';

test.describe('share and import', () => {
  test('a share link reproduces custom points and the initial weights', async ({ page, context }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(FAST);
    await page.getByTestId('clear').click();
    await playground.clickPlaneAt(-3, 2);
    await playground.clickPlaneAt(2.5, -1.25, ['Shift']);
    await playground.clickPlaneAt(4, 4);
    await expect(playground.points).toHaveCount(3);
    await page.getByTestId('share-toggle').click();
    await page.getByTestId('copy-link').click();
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toContain('points=1.');
    await page.getByTestId('share-toggle').click();
    await playground.page.locator('[data-testid="connection"]').first().hover({ force: true });
    const weightText = await page.getByTestId('tooltip').innerText();

    const copy = new PlaygroundPage(await context.newPage());
    await copy.page.goto(link);
    await copy.waitUntilReady();
    await expect(copy.points).toHaveCount(3);
    // Where each point sits on its plane (the two pages may be scrolled differently).
    const onPlane = async (pg: PlaygroundPage, i: number) => {
      const centre = await pg.centreOf(pg.points.nth(i));
      const plane = (await pg.plane.boundingBox())!;
      return { x: centre.x - plane.x, y: centre.y - plane.y };
    };
    for (let i = 0; i < 3; i++) {
      const [a, b] = [await onPlane(playground, i), await onPlane(copy, i)];
      expect(Math.abs(a.x - b.x)).toBeLessThan(0.1);
      expect(Math.abs(a.y - b.y)).toBeLessThan(0.1);
      await expect(copy.points.nth(i)).toHaveAttribute('data-label', (await playground.points.nth(i).getAttribute('data-label'))!);
    }
    await copy.page.locator('[data-testid="connection"]').first().hover({ force: true });
    await expect(copy.page.getByTestId('tooltip')).toHaveText(weightText);
    expect(Math.abs((await copy.trainCostNumber()) - (await playground.trainCostNumber()))).toBeLessThan(1e-3);
  });

  test('CSV import replaces the points; a bad file names its line and changes nothing', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(FAST);
    await page.getByTestId('share-toggle').click();
    await page.getByTestId('import-file').setInputFiles({
      name: 'good.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('x1,x2,label,split\n1,1,1,train\n-2,-2,0,train\n3,-1,0,test\n'),
    });
    await expect(playground.points).toHaveCount(3);
    await expect(playground.points.nth(2)).toHaveAttribute('data-split', 'test');
    await expect(page.getByTestId('share-status')).toContainText('Imported 3 points');

    await page.getByTestId('import-file').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('x1,x2,label\n1,1,1\n2,abc,0\n1,2,7\n'),
    });
    // The failure is said in the panel's status line, where the learner is looking.
    const status = page.getByTestId('share-status');
    await expect(status).toContainText('Could not import bad.csv');
    await expect(status).toContainText('line 3');
    await expect(status).toContainText('line 4');
    await expect(playground.notice).toBeHidden();
    await expect(playground.points).toHaveCount(3);
  });
});

/** A host page on another origin that embeds the playground and records what it hears. */
function hostPage(embedUrl: string): string {
  return `<!doctype html><html><body>
<iframe id="pg" src="${embedUrl}" title="NN Playground" style="width:600px;height:500px;border:0" allow="fullscreen"></iframe>
<iframe id="stranger" srcdoc="<p>another frame</p>" title="stranger"></iframe>
<script>
  window.received = [];
  window.addEventListener('message', (e) => {
    if (e.source === document.getElementById('pg').contentWindow) window.received.push(e.data);
  });
  window.send = (message) => document.getElementById('pg').contentWindow.postMessage(message, '*');
</script></body></html>`;
}

test.describe('embedding on another site', () => {
  let server: http.Server;
  let hostUrl = '';

  test.beforeAll(async ({ baseURL }) => {
    const embedUrl = new URL(`/embed/?${FAST}&show=boundary,cost,controls`, baseURL).href;
    server = http.createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(hostPage(embedUrl));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    // "localhost" vs "127.0.0.1" and another port: a different origin from the playground.
    hostUrl = `http://localhost:${(server.address() as AddressInfo).port}/`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('the host drives the embed by postMessage and hears ready, progress and resize', async ({ page }) => {
    await page.goto(hostUrl);
    const types = () => page.evaluate(() => (window as unknown as { received: { type: string }[] }).received.map((m) => m.type));
    await expect.poll(types).toContain('ready');
    await expect.poll(types).toContain('resize');
    const frame = page.frameLocator('#pg');
    await expect(frame.getByTestId('network-diagram')).toHaveCount(0);
    await expect(frame.getByTestId('train-accuracy')).toBeVisible();

    // A message from a window that is not the parent is ignored.
    await page.evaluate(() => {
      const stranger = (document.getElementById('stranger') as HTMLIFrameElement).contentWindow!;
      const script = stranger.document.createElement('script');
      script.textContent = `parent.frames[0].postMessage({ source: 'nn-playground', version: 1, type: 'play' }, '*');`;
      stranger.document.body.appendChild(script);
    });
    await expect(frame.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
    await expect(frame.getByTestId('epoch')).toHaveText('0');

    await page.evaluate(() => (window as unknown as { send(m: unknown): void }).send({ source: 'nn-playground', version: 1, type: 'play' }));
    await expect(frame.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(async () => (await page.evaluate(() => (window as unknown as { received: { type: string; epoch?: number }[] }).received.filter((m) => m.type === 'progress' && (m.epoch ?? 0) > 5).length))).toBeGreaterThan(0);

    await page.evaluate(() => (window as unknown as { send(m: unknown): void }).send({ source: 'nn-playground', version: 1, type: 'pause' }));
    await expect(frame.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
    await page.evaluate(() => (window as unknown as { send(m: unknown): void }).send({ source: 'nn-playground', version: 1, type: 'getState', requestId: 7 }));
    await expect.poll(async () => page.evaluate(() => (window as unknown as { received: { type: string; requestId?: number; points?: unknown[] }[] }).received.find((m) => m.type === 'state' && m.requestId === 7)?.points?.length)).toBe(60);
  });

  test('the embed fills a small iframe (400×500)', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 400, height: 500 });
    await page.goto(new URL(`/embed/?${FAST}`, baseURL).href);
    await expect(page.getByTestId('play')).toBeEnabled();
    await expect(page.getByTestId('train-cost')).toHaveText(/^\d/);
    const overflowX = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflowX).toBeLessThanOrEqual(0);
    await page.screenshot({ path: 'test-results/screens/embed-400x500.png', fullPage: true });
  });
});
