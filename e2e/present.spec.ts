import { test, expect } from './fixtures';
import { PlaygroundPage } from './pages/playground';

const FAST = 'dataset=blobs&n=100&layers=none&lr=0.3&batch=full&backend=wasm';

test.describe('keyboard and presenter mode', () => {
  test('shortcuts drive training, classes, deletion and help', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(FAST);
    await page.keyboard.press('ArrowRight');
    await expect(playground.epoch).toHaveText('1');
    await page.keyboard.press('0');
    await expect(page.getByTestId('class-0')).toHaveAttribute('aria-checked', 'true');
    await page.keyboard.press('1');
    await expect(page.getByTestId('class-1')).toHaveAttribute('aria-checked', 'true');

    // Space plays and pauses, even while a button has the focus.
    await page.getByTestId('dataset').filter({ hasText: 'Blobs' }).focus();
    await page.keyboard.press(' ');
    await expect(playground.play).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press(' ');
    await expect(playground.play).toHaveAttribute('aria-pressed', 'false');
    await page.keyboard.press('r');
    await expect(playground.epoch).toHaveText('0');

    await playground.points.nth(3).click();
    await expect(playground.points.nth(3)).toHaveAttribute('data-selected', 'true');
    await page.keyboard.press('Delete');
    await expect(playground.points).toHaveCount(99);

    await page.keyboard.press('?');
    await expect(page.getByTestId('help-overlay')).toBeVisible();
    await expect(page.getByTestId('help-overlay')).toContainText('Space');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('help-overlay')).toBeHidden();
  });

  test('shortcuts do not fire while typing in a field', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(FAST);
    const input = page.getByTestId('until');
    await input.click();
    await page.keyboard.type('0 r1');
    await expect(page.getByTestId('class-1')).toHaveAttribute('aria-checked', 'true');
    await expect(playground.play).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('help-overlay')).toHaveCount(0);
    await input.press('ArrowRight');
    await expect(playground.epoch).toHaveText('0');
  });

  test('presenter mode fits 1280×720 without scrollbars', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const playground = new PlaygroundPage(page);
    await playground.open('layers=8,8,8&backend=wasm');
    await page.keyboard.press('p');
    await expect(page.getByTestId('playground')).toHaveAttribute('data-presenter', 'true');
    await playground.play.click();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(3);
    const overflow = await page.evaluate(() => ({
      x: document.documentElement.scrollWidth - window.innerWidth,
      y: document.documentElement.scrollHeight - window.innerHeight,
    }));
    expect(overflow.x).toBeLessThanOrEqual(0);
    expect(overflow.y).toBeLessThanOrEqual(0);
    await expect(playground.plane).toBeInViewport({ ratio: 1 });
    await expect(page.getByTestId('cost-chart')).toBeInViewport({ ratio: 1 });
    await expect(playground.trainAccuracy).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: 'test-results/screens/presenter.png' });
    await page.keyboard.press('p');
    await expect(page.getByTestId('playground')).not.toHaveAttribute('data-presenter', 'true');
  });
});
