import { test, expect } from './fixtures';
import { PlaygroundPage } from './pages/playground';

const FAST = 'dataset=blobs&n=60&layers=3&lr=0.3&batch=full&backend=wasm';
const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

test.describe('feedback where the learner looks', () => {
  test('a failed import is told once in the Share panel, and the next good import clears it', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(FAST);
    await page.getByTestId('share-toggle').click();
    const status = page.getByTestId('share-status');

    await page.getByTestId('import-file').setInputFiles(csv('good.csv', 'x1,x2,label\n1,1,1\n-2,-2,0\n'));
    await expect(status).toHaveText('Imported 2 points from good.csv.');

    // A header naming none of the columns: one problem with the header, said once.
    await page.getByTestId('import-file').setInputFiles(csv('bad.csv', 'a,b,c\n1,1,1\n'));
    await expect(status).toContainText('Could not import bad.csv');
    const text = await status.innerText();
    expect(text.split('the header must name the columns').length - 1).toBe(1);
    expect(text).toContain('x1, x2, label');
    await expect(playground.notice).toBeHidden();
    await expect(playground.points).toHaveCount(2);

    await page.getByTestId('import-file').setInputFiles(csv('one.csv', 'x1,x2,label\n1,1,1\n'));
    await expect(status).toHaveText('Imported 1 point from one.csv.');
    await expect(playground.notice).toBeHidden();
    await expect(playground.points).toHaveCount(1);
  });

  test('the divergence notice goes once its cause has gone: lower α, Reset, healthy training', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('backend=wasm&dataset=circle&n=200&layers=8,8,8&act=linear&lr=10&batch=full&seed=1');
    await playground.play.click();
    await expect(playground.notice).toContainText(/The cost diverged at epoch \d+/);

    await page.getByTestId('learning-rate').selectOption('0.03');
    await playground.reset.click();
    await expect(playground.epoch).toHaveText('0');
    await playground.play.click();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThanOrEqual(100);
    await playground.pause();
    expect(Number.isFinite(await playground.trainCostNumber())).toBe(true);
    await expect(playground.notice).toBeHidden();
  });

  test('counts say 1 point and 2 points', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(FAST);
    await page.getByTestId('clear').click();
    await playground.clickPlaneAt(-3, 2);
    await expect(page.getByTestId('point-count')).toHaveText(/^1 point \(/);
    await playground.clickPlaneAt(3, -2);
    await expect(page.getByTestId('point-count')).toHaveText(/^2 points \(/);
  });

  test('after 中文 → EN the progress read aloud is English', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`${FAST}&lang=zh`);
    const announcement = page.getByTestId('progress-announcement');
    await page.getByTestId('announce-progress').click();
    await expect(announcement).toHaveText(/^第 0 轮：训练代价/);

    await page.getByTestId('lang-en').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(announcement).toHaveText(/^Epoch 0: training cost \d/);
  });

  test('Escape closes the Share panel and gives focus back to its button', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(FAST);
    const toggle = page.getByTestId('share-toggle');
    await toggle.click();
    await page.getByTestId('copy-link').focus();
    await expect(page.getByTestId('share-panel')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('share-panel')).toBeHidden();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(toggle).toBeFocused();
  });
});

test.describe('the equations say what the engine computes', () => {
  test('dA[l−1] and dZ[l−1] hold for l ≥ 2 and are absent for logistic regression', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('dataset=blobs&n=60&layers=3,2&backend=wasm');
    await playground.toggleInspector('equations');
    await expect(page.getByTestId('equation-backward-da')).toContainText('for l = L … 2');
    await expect(page.getByTestId('equation-backward-dz')).toContainText('for l = L … 2');

    await playground.open('dataset=blobs&n=60&layers=none&backend=wasm');
    await playground.toggleInspector('equations');
    await expect(page.getByTestId('equation-backward-dw')).toBeVisible();
    await expect(page.getByTestId('equation-backward-da')).toHaveCount(0);
    await expect(page.getByTestId('equation-backward-dz')).toHaveCount(0);
  });
});
