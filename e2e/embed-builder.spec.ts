import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FrameLocator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PlaygroundPage } from './pages/playground';

const FAST = 'dataset=blobs&n=60&layers=3&lr=0.3&batch=full&backend=wasm';

/** Serves one page of HTML on another origin ("localhost" and its own port, where the playground is on 127.0.0.1). */
async function hostPageServer(): Promise<{ url: string; setBody(html: string): void; close(): Promise<void> }> {
  let body = '';
  const server = http.createServer((_, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html><head><title>A course page</title></head><body style="margin:0">${body}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}/`,
    setBody: (html) => {
      body = html;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The frame shows the decision boundary and the cost chart, and none of the other panels. The absent
 * panels are checked first: the frame it had before (every panel) fails them, so the checks that
 * follow are about the new one.
 */
async function expectBoundaryAndCostOnly(frame: FrameLocator) {
  const absent = async () => {
    await expect(frame.getByTestId('network-diagram')).toHaveCount(0);
    await expect(frame.getByTestId('play')).toHaveCount(0);
    await expect(frame.getByTestId('dataset')).toHaveCount(0);
    await expect(frame.getByTestId('data-toggle')).toHaveCount(0);
    await expect(frame.getByTestId('step-through')).toHaveCount(0);
  };
  await absent();
  await expect(frame.getByTestId('data-plane')).toBeVisible();
  await expect(frame.getByTestId('cost-chart')).toBeVisible();
  await expect(frame.getByTestId('train-cost')).toHaveText(/^\d/);
  await absent();
}

async function openBuilder(page: Page) {
  const playground = new PlaygroundPage(page);
  await playground.open(FAST);
  await page.getByTestId('share-toggle').click();
  await page.getByTestId('embed-builder').click();
  const dialog = page.getByRole('dialog', { name: 'Embed this playground' });
  await expect(dialog).toBeVisible();
  return { playground, dialog };
}

test.describe('the embed builder', () => {
  let host: Awaited<ReturnType<typeof hostPageServer>>;
  test.beforeAll(async () => {
    host = await hostPageServer();
  });
  test.afterAll(() => host.close());

  test('builds an embed of the chosen panels: the preview and a page on another site show only those', async ({ page }) => {
    const { dialog } = await openBuilder(page);
    await expect(dialog.getByRole('heading', { name: 'Embed this playground' })).toBeFocused();
    // Generated points come with the configuration; the checkbox says so instead of offering them.
    await expect(page.getByTestId('embed-include-points')).toBeDisabled();
    await expect(page.getByTestId('embed-points-reason')).toContainText('generated from the dataset and seed');

    const preview = page.frameLocator('[data-testid=embed-preview]');
    await expect(preview.getByTestId('network-diagram')).toBeVisible();
    for (const panel of ['controls', 'data', 'network', 'stepper']) await page.getByTestId(`embed-panel-${panel}`).uncheck();
    // The last panel cannot be unticked: an empty list would mean every panel.
    await page.getByTestId('embed-panel-boundary').uncheck();
    await expect(page.getByTestId('embed-panel-cost')).toBeDisabled();
    await page.getByTestId('embed-panel-boundary').check();
    await expect(page.getByTestId('embed-preview')).toHaveAttribute('src', /[?&]show=boundary,cost(&|$)/);
    await expectBoundaryAndCostOnly(preview);

    await page.getByTestId('embed-theme').selectOption('dark');
    await page.getByTestId('embed-language').selectOption('zh');
    await page.getByTestId('embed-size-fixed').check();
    const playground = new PlaygroundPage(page);
    await playground.typeInto(page.getByTestId('embed-width'), '640');
    await playground.typeInto(page.getByTestId('embed-height'), '480');
    await expect(page.getByTestId('embed-code')).toHaveValue(/width="640" height="480"/);
    await expect(page.getByTestId('embed-preview')).toHaveAttribute('src', /lang=zh/);
    await expect(preview.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const code = await page.getByTestId('embed-code').inputValue();
    expect(code).toContain('theme=dark');
    expect(code).not.toContain('<script');

    await page.getByTestId('embed-copy').click();
    await expect(page.getByTestId('embed-status')).toHaveText(/Copied|Select the text/);

    // Escape closes the dialog (not the share menu under it) and gives the focus back to Embed….
    await page.getByTestId('embed-theme').focus();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('embed-builder')).toBeFocused();
    await expect(page.getByTestId('share-panel')).toBeVisible();

    host.setBody(`<h1>Lesson 3</h1>\n${code}`);
    await page.goto(host.url);
    const embed = page.locator('iframe');
    await expect(embed).toHaveAttribute('width', '640');
    expect((await embed.boundingBox())?.width).toBe(640);
    const frame = page.frameLocator('iframe');
    await expectBoundaryAndCostOnly(frame);
    await expect(frame.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(frame.locator('html')).toHaveClass(/theme-dark/);
    expect(page.url()).not.toContain('127.0.0.1');
  });

  test('a responsive embed in a narrow column grows to its stacked panels', async ({ page }) => {
    await openBuilder(page);
    const code = await page.getByTestId('embed-code').inputValue();
    expect(code).toContain('aspect-ratio: 4 / 3');
    host.setBody(`<main style="width: 400px">${code}</main>`);
    await page.goto(host.url);
    await expect(page.frameLocator('iframe').getByTestId('network-diagram')).toBeVisible();
    // 400 px wide at 4 : 3 is 300 px tall; the embed stacks its panels there and reports a taller content.
    await expect.poll(async () => (await page.locator('iframe').boundingBox())?.height ?? 0).toBeGreaterThan(600);
  });
});
