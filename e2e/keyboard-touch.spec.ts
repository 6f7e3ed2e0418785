import { test, expect } from './fixtures';
import { PlaygroundPage } from './pages/playground';

const FAST = 'dataset=blobs&n=40&layers=none&lr=0.3&batch=full&backend=wasm';

test.describe('keyboard-only use', () => {
  test('build data, stack layers and train without a mouse', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(FAST);
    // Tab through the page to the plane, as a keyboard user does.
    for (let i = 0; i < 120; i++) {
      if (await playground.plane.evaluate((el) => el === document.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    await expect(playground.plane).toBeFocused();
    await expect(page.getByTestId('plane-cursor')).toBeVisible();

    await page.keyboard.press('0');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Shift+ArrowLeft');
    await page.keyboard.press('Enter');
    await expect(playground.points).toHaveCount(41);
    await expect(playground.points.last()).toHaveAttribute('data-label', '0');
    await expect(page.getByTestId('plane-announcement')).toContainText('x₁ -1.00, x₂ 1.00');

    // Tab selects the nearest point (the new one); arrows move it; Delete removes it.
    await page.keyboard.press('Tab');
    await expect(playground.points.last()).toHaveAttribute('data-selected', 'true');
    const before = await playground.centreOf(playground.points.last());
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await playground.centreOf(playground.points.last())).x).toBeGreaterThan(before.x + 3);
    await expect(playground.epoch).toHaveText('0');
    await page.keyboard.press('Delete');
    await expect(playground.points).toHaveCount(40);

    // Stack a layer with the keyboard and train with Space.
    await page.getByTestId('add-layer').focus();
    await page.keyboard.press('Enter');
    await expect(playground.neurons).toHaveCount(4 + 1);
    await page.keyboard.press(' ');
    await expect(playground.play).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(10);
    await page.keyboard.press(' ');
    await expect(playground.play).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByTestId('progress-announcement')).toContainText('Training stopped. Epoch');
    await page.getByTestId('announce-progress').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('progress-announcement')).toHaveText(/^Epoch \d+: training cost \d/);
  });
});

test.describe('touch and small screens', () => {
  test.use({ hasTouch: true, viewport: { width: 360, height: 740 }, isMobile: true });

  test('the layout fits 360 px, and points are added and dragged by touch', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(FAST);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await playground.plane.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/phone-360.png' });

    const tapAt = await playground.clientPointOf(-5, 5);
    await page.touchscreen.tap(tapAt.x, tapAt.y);
    await expect(playground.points).toHaveCount(41);

    // Drag the new point with a finger: touch start, moves, end.
    const from = await playground.centreOf(playground.points.last());
    const to = await playground.clientPointOf(-2, 2);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', from.x, from.y);
    for (let i = 1; i <= 6; i++) await touch('touchMove', from.x + ((to.x - from.x) * i) / 6, from.y + ((to.y - from.y) * i) / 6);
    await touch('touchEnd', to.x, to.y);
    await expect.poll(async () => Math.abs((await playground.centreOf(playground.points.last())).x - to.x)).toBeLessThan(3);
    await expect(playground.points).toHaveCount(41);
  });
});
