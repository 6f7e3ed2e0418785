import { test, expect } from './fixtures';
import { PlaygroundPage } from './pages/playground';

test.describe('the cost landscape', () => {
  test('logistic regression on blobs: the point rolls downhill leaving a trail, and a dragged point moves the boundary', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('dataset=blobs&layers=none&lr=0.3&batch=full&speed=30&backend=wasm');
    await page.getByTestId('landscape-toggle').click();
    const view = page.getByTestId('landscape');
    await expect(view).toHaveAttribute('data-param-x', 'W1[1,1]');
    await expect(view).toHaveAttribute('data-param-y', 'W1[1,2]');
    const point = page.getByTestId('landscape-point');
    const J = page.getByTestId('landscape-J');
    await expect(page.getByTestId('landscape-band').first()).toBeAttached();
    const startJ = Number(await J.innerText());
    // At the start the point's coordinates are W¹'s first two weights, as the diagram's hover says.
    const x0 = Number(await point.getAttribute('data-x'));
    await playground.play.click();
    await expect.poll(async () => Number(await page.getByTestId('landscape-trail').getAttribute('data-count'))).toBeGreaterThan(10);
    await playground.play.click();
    await expect(playground.play).toHaveAttribute('aria-pressed', 'false');
    expect(Number(await J.innerText())).toBeLessThan(startJ / 2);
    expect(Number(await point.getAttribute('data-x'))).not.toBe(x0);
    await expect(page.getByTestId('landscape-descent')).toBeAttached();
    // J on the map is the training cost the readouts show (to the readout's 4 decimals).
    const sameJ = async () => Math.abs(Number(await J.innerText()) - Number(await playground.trainCost.innerText())) <= 5e-5;
    expect(await sameJ()).toBe(true);

    const boundary = await playground.plane.screenshot();
    const costBefore = await playground.trainCost.innerText();
    await point.scrollIntoViewIfNeeded();
    const box = (await point.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x - 80, box.y + 90, { steps: 8 });
    await page.mouse.up();
    await expect(playground.trainCost).not.toHaveText(costBefore);
    await expect.poll(async () => Buffer.compare(await playground.plane.screenshot(), boundary)).not.toBe(0);
    await expect.poll(sameJ).toBe(true);
  });

  test('a hidden layer: two random directions through the weights, and the axes can be switched', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('dataset=circle&layers=4&speed=max&backend=wasm');
    await page.getByTestId('landscape-toggle').click();
    const view = page.getByTestId('landscape');
    await expect(view).toHaveAttribute('data-param-x', 'dir1');
    await expect(page.getByTestId('landscape-point')).toHaveAttribute('data-x', '0');
    await page.getByTestId('landscape-axes').selectOption('w1b');
    await expect(view).toHaveAttribute('data-param-x', 'W2[1,1]');
    await expect(view).toHaveAttribute('data-param-y', 'b2[1]');
    // The map is that of the new axes: the point sits at the output weight's and bias's values, inside it.
    await expect(page.getByTestId('landscape-band').first()).toBeAttached();
    const point = page.getByTestId('landscape-point');
    await expect(point).toHaveAttribute('data-y', '0');
    const svg = (await view.locator('svg').boundingBox())!;
    const dot = (await point.boundingBox())!;
    expect(dot.x).toBeGreaterThan(svg.x);
    expect(dot.x + dot.width).toBeLessThan(svg.x + svg.width);
  });
});

test.describe('runs compared', () => {
  test('two runs kept with different learning rates stay on the chart as labelled ghosts, with their final figures; each can be hidden and removed', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('dataset=circle&layers=4&lr=0.03&until=40&speed=max&backend=wasm');
    await expect(page.getByTestId('compare-keep')).toBeDisabled();
    await playground.play.click();
    await expect(playground.epoch).toHaveText('40');
    await page.getByTestId('compare-keep').click();
    await page.getByTestId('learning-rate').selectOption('0.3');
    await playground.reset.click();
    await playground.play.click();
    await expect(playground.epoch).toHaveText('40');
    await page.getByTestId('compare-keep').click();
    const runs = page.getByTestId('compare-run');
    await expect(runs).toHaveCount(2);
    await expect(runs.nth(0).getByTestId('compare-run-label')).toHaveText('α = 0.03');
    await expect(runs.nth(1).getByTestId('compare-run-label')).toHaveText('α = 0.3');
    await expect(runs.nth(1)).toContainText('epoch 40');
    await expect(page.getByTestId('cost-ghost')).toHaveCount(2);
    await runs.nth(0).getByTestId('compare-run-shown').uncheck();
    await expect(page.getByTestId('cost-ghost')).toHaveCount(1);
    await runs.nth(1).getByTestId('compare-run-remove').click();
    await expect(runs).toHaveCount(1);
    await expect(page.getByTestId('cost-ghost')).toHaveCount(0);
    // A language switch keeps them.
    await page.getByTestId('lang-zh').click();
    await expect(page.getByTestId('compare-run')).toHaveCount(1);
  });
});
