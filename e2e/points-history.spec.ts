import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { PlaygroundPage } from './pages/playground';

// Generated circle data, a tiny network on wasm: the tests edit points and never need to train.
const QUERY = 'dataset=circle&n=40&noise=10&train=70&layers=none&backend=wasm';

/** Eight places on the plane (data coordinates), away from each other and from the axes' labels. */
const DRAWN: readonly [number, number][] = [
  [-4, 4], [-2, 4.5], [0, 4], [2, 4.5], [4, 4], [-3, -3], [0, -4], [3, -3],
];

/** The counts under the plane: all points, training points, test points. */
async function countsOf(page: Page): Promise<[number, number, number]> {
  const text = await page.getByTestId('point-count').innerText();
  const [count, train, test] = (text.match(/\d+/g) ?? []).map(Number);
  return [count ?? -1, train ?? -1, test ?? -1];
}

/** Every point's centre in client pixels, rounded, in drawing order. */
async function centres(points: Locator): Promise<string[]> {
  return points.evaluateAll((marks) =>
    marks.map((mark) => {
      const box = mark.getBoundingClientRect();
      return `${Math.round(box.x + box.width / 2)},${Math.round(box.y + box.height / 2)}`;
    }),
  );
}

async function drawEight(playground: PlaygroundPage) {
  await playground.page.getByTestId('clear').click();
  await expect(playground.points).toHaveCount(0);
  for (const [x1, x2] of DRAWN) await playground.clickPlaneAt(x1, x2);
  await expect(playground.points).toHaveCount(8);
  await expect.poll(() => countsOf(playground.page)).toEqual([8, 8, 0]);
}

/** Presses an arrow key on a slider: one step of it, as a keyboard user changes it. */
async function nudge(slider: Locator, key: 'ArrowLeft' | 'ArrowRight') {
  await slider.focus();
  await slider.press(key);
}

test.describe('nothing a learner draws is lost', () => {
  test('the training share re-splits drawn points; noise asks first; undo and redo restore them', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(QUERY);
    await drawEight(playground);
    const drawn = await centres(playground.points);

    // Training share: the same 8 points, now split into training and test points.
    const share = page.getByTestId('train-percent');
    await nudge(share, 'ArrowLeft');
    await expect(share).toHaveValue('65');
    await expect.poll(() => countsOf(page)).toEqual([8, 5, 3]);
    expect(await centres(playground.points)).toEqual(drawn);
    await expect(page.getByTestId('replace-confirm')).toHaveCount(0);
    const splitAfterShare = await playground.points.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-split')));

    // Noise: nothing is replaced until the learner says so; Keep leaves the points and the noise.
    const noise = page.getByTestId('noise');
    await nudge(noise, 'ArrowRight');
    const confirm = page.getByTestId('replace-confirm');
    await expect(confirm).toBeVisible();
    await expect(confirm).toContainText('8');
    await expect(playground.points).toHaveCount(8);
    await page.getByTestId('replace-confirm-no').click();
    await expect(confirm).toHaveCount(0);
    await expect(noise).toHaveValue('10');
    await expect.poll(() => countsOf(page)).toEqual([8, 5, 3]);
    expect(await centres(playground.points)).toEqual(drawn);

    // Replace: generated points (n = 40) with the new noise.
    await nudge(noise, 'ArrowRight');
    await page.getByTestId('replace-confirm-yes').click();
    await expect(confirm).toHaveCount(0);
    await expect(noise).toHaveValue('11');
    await expect.poll(() => countsOf(page)).toEqual([40, 26, 14]);
    const generated = await centres(playground.points);

    // Ctrl+Z: the 8 drawn points are back where they were, with their split and the noise they had.
    await page.keyboard.press('Control+z');
    await expect.poll(() => countsOf(page)).toEqual([8, 5, 3]);
    expect(await centres(playground.points)).toEqual(drawn);
    expect(await playground.points.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-split')))).toEqual(splitAfterShare);
    await expect(noise).toHaveValue('10');

    // Shift+Ctrl+Z: the generated points again, noise 11.
    await page.keyboard.press('Shift+Control+z');
    await expect.poll(() => countsOf(page)).toEqual([40, 26, 14]);
    expect(await centres(playground.points)).toEqual(generated);
    await expect(noise).toHaveValue('11');

    // Two steps back: before the training share changed, all 8 drawn points train.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => countsOf(page)).toEqual([8, 8, 0]);
    await expect(share).toHaveValue('70');
    expect(await centres(playground.points)).toEqual(drawn);
  });

  test('generated points regenerate at once; a new dataset asks first once points are drawn', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(QUERY);
    await nudge(page.getByTestId('noise'), 'ArrowRight');
    await expect(page.getByTestId('replace-confirm')).toHaveCount(0);
    await expect(page.getByTestId('noise')).toHaveValue('11');
    await expect.poll(() => countsOf(page)).toEqual([40, 28, 12]);

    await playground.clickPlaneAt(5, 5);
    await expect.poll(() => countsOf(page)).toEqual([41, 29, 12]);
    await page.locator('[data-testid="dataset"][data-dataset="xor"]').click();
    await expect(page.getByTestId('replace-confirm')).toContainText('41');
    await expect(page.locator('[data-testid="dataset"][data-dataset="circle"]')).toHaveAttribute('aria-checked', 'true');
    await page.getByTestId('replace-confirm-yes').click();
    await expect(page.locator('[data-testid="dataset"][data-dataset="xor"]')).toHaveAttribute('aria-checked', 'true');
    await expect.poll(() => countsOf(page)).toEqual([40, 28, 12]);
    await page.getByTestId('undo').click();
    await expect(page.locator('[data-testid="dataset"][data-dataset="circle"]')).toHaveAttribute('aria-checked', 'true');
    await expect.poll(() => countsOf(page)).toEqual([41, 29, 12]);
  });

  test('a drag is one step; the buttons undo and redo; Ctrl+Z in a text field stays with the field', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(QUERY);
    const undo = page.getByRole('button', { name: /^Undo/ });
    const redo = page.getByRole('button', { name: /^Redo/ });
    await expect(undo).toHaveAttribute('data-testid', 'undo');
    await expect(redo).toHaveAttribute('data-testid', 'redo');
    await expect(undo).toBeDisabled();
    await expect(redo).toBeDisabled();

    await page.getByTestId('clear').click();
    await playground.clickPlaneAt(-3, 0);
    await playground.clickPlaneAt(3, 0);
    await expect(playground.points).toHaveCount(2);
    const before = await centres(playground.points);
    await playground.dragPoint(playground.points.first(), await playground.clientPointOf(-1, 3));
    await expect.poll(async () => (await centres(playground.points))[0]).not.toBe(before[0]);

    await undo.click();
    await expect.poll(() => centres(playground.points)).toEqual(before);
    await expect(redo).toBeEnabled();
    await undo.click();
    await expect(playground.points).toHaveCount(1);
    await redo.click();
    await expect(playground.points).toHaveCount(2);
    await redo.click();
    await expect.poll(async () => (await centres(playground.points))[0]).not.toBe(before[0]);
    await expect(redo).toBeDisabled();

    // A new edit clears what could be redone.
    await undo.click();
    await expect(redo).toBeEnabled();
    await playground.clickPlaneAt(0, -3);
    await expect(playground.points).toHaveCount(3);
    await expect(redo).toBeDisabled();

    // Ctrl+Z while typing in the stop-epoch field is the field's own undo, not the plane's.
    const until = page.getByTestId('until');
    await until.click();
    await page.keyboard.type('12');
    await page.keyboard.press('Control+z');
    await expect(playground.points).toHaveCount(3);
  });

  test('with a mouse the Data panel says click, Shift+click and drag', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(QUERY);
    await expect(page.getByTestId('data-hint')).toContainText('Click to add a point');
    await expect(page.getByTestId('data-touch-hint')).toBeHidden();
  });

  test('50 edits and more are undone one by one', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(QUERY);
    await page.getByTestId('clear').click();
    for (let i = 0; i < 55; i++) await playground.clickPlaneAt(-5 + (i % 11), -5 + Math.floor(i / 11) * 2);
    await expect(playground.points).toHaveCount(55);
    for (let i = 1; i <= 50; i++) {
      await page.keyboard.press('Control+z');
      await expect(playground.points).toHaveCount(55 - i);
    }
    await expect(page.getByTestId('undo')).toBeEnabled();
    await page.keyboard.press('Control+y');
    await expect(playground.points).toHaveCount(6);
  });
});

test.describe('touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

  test('the Data panel tells a touch screen to tap, not to click or Shift+click', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(QUERY);
    await expect(page.getByTestId('data-touch-hint')).toBeVisible();
    await expect(page.getByTestId('data-touch-hint')).toContainText('Tap to add a point');
    await expect(page.getByTestId('data-hint')).toBeHidden();
  });

  test('a swipe across the plane scrolls the page and adds no point; a tap adds one', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(QUERY);
    const start = await playground.clientPointOf(-4, -2);
    await expect(playground.points).toHaveCount(40);
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    await touch('touchStart', start.x, start.y);
    for (let i = 1; i <= 10; i++) await touch('touchMove', start.x, start.y - i * 15);
    await touch('touchEnd', start.x, start.y - 150);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore + 50);
    await expect(playground.points).toHaveCount(40);

    const tapAt = await playground.clientPointOf(-5, 5);
    await page.touchscreen.tap(tapAt.x, tapAt.y);
    await expect(playground.points).toHaveCount(41);

    // A touch that starts on a point drags it and leaves the page where it is; the drag is one undo step.
    const from = await playground.centreOf(playground.points.last());
    const scrollAtDrag = await page.evaluate(() => window.scrollY);
    for (let i = 0; i <= 8; i++) await touch(i === 0 ? 'touchStart' : 'touchMove', from.x + i * 6, from.y + i * 6);
    await touch('touchEnd', from.x + 48, from.y + 48);
    await expect.poll(async () => (await playground.centreOf(playground.points.last())).y).toBeGreaterThan(from.y + 40);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollAtDrag);
    await expect(playground.points).toHaveCount(41);
    // Undo (the button is further up the page: tapping it scrolls, so compare places on the plane).
    const onPlane = () =>
      playground.points.last().evaluate((mark) => {
        const box = mark.getBoundingClientRect();
        const plane = (mark as SVGGraphicsElement).ownerSVGElement!.getBoundingClientRect();
        return Math.round(box.y + box.height / 2 - plane.y);
      });
    const dropped = await onPlane();
    await page.getByTestId('undo').tap();
    await expect.poll(async () => Math.abs((await onPlane()) - (dropped - 48))).toBeLessThanOrEqual(1);
  });
});
