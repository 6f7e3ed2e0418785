import { test, expect } from './fixtures';
import { PlaygroundPage } from './pages/playground';

test.describe('the spaces: racing the optimizers and the layer space', () => {
  test('race draws four cost curves and four paths on the landscape, all from the same start', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('dataset=blobs&layers=none&lr=0.1&batch=10&backend=wasm');
    await page.getByTestId('landscape-toggle').click();
    await expect(page.getByTestId('landscape-band').first()).toBeAttached();
    const startCost = Number(await playground.trainCost.innerText());
    await page.getByTestId('race').click();
    const legend = page.getByTestId('race-legend');
    await expect.poll(async () => (await legend.getAttribute('data-epoch')) === (await legend.getAttribute('data-epochs')) && (await legend.getAttribute('data-epochs')) !== null).toBe(true);
    const curves = page.getByTestId('race-curve');
    await expect(curves).toHaveCount(4);
    expect(await curves.evaluateAll((paths) => paths.map((p) => p.getAttribute('data-optimizer')))).toEqual(['gd', 'momentum', 'rmsprop', 'adam']);
    // Every lane starts at the run's J before training (the readout shows 4 decimals).
    for (const lane of await page.getByTestId('race-lane').all()) expect(Math.abs(Number(await lane.getAttribute('data-start-cost')) - startCost)).toBeLessThanOrEqual(5e-5);
    // The four paths on the landscape leave from the current point.
    const trails = page.locator('[data-testid="landscape-trail"][data-optimizer]');
    await expect(trails).toHaveCount(4);
    const starts = await trails.evaluateAll((lines) => lines.map((l) => l.getAttribute('points')!.trim().split(' ')[0]!.split(',').map(Number)));
    const point = page.getByTestId('landscape-point');
    const [cx, cy] = [Number(await point.getAttribute('cx')), Number(await point.getAttribute('cy'))];
    for (const [x, y] of starts) {
      expect(Math.abs(x! - cx)).toBeLessThan(0.5);
      expect(Math.abs(y! - cy)).toBeLessThan(0.5);
    }
    for (const trail of await trails.all()) expect(Number(await trail.getAttribute('data-count'))).toBeGreaterThan(2);
    // The run itself was not trained by the race.
    await expect(playground.epoch).toHaveText('0');
    // A race is of one α: changing it drops the race.
    await page.getByTestId('learning-rate').selectOption('0.3');
    await expect(curves).toHaveCount(0);
    await expect(trails).toHaveCount(0);
    await expect(legend).toHaveCount(0);
  });

  test('layer space for a 2-unit layer: the points move while training, the output’s line splits them, and the tour goes through every layer', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('dataset=xor&layers=2&act=tanh&lr=0.1&speed=30&backend=wasm');
    await page.getByTestId('layer-space-toggle').click();
    const view = page.getByTestId('layer-space');
    await expect(view).toHaveAttribute('data-layer', '1');
    await expect(view).toHaveAttribute('data-units', '1,2');
    const point = page.getByTestId('layer-space-point');
    const where = async () => `${await point.getAttribute('cx')},${await point.getAttribute('cy')}`;
    const before = await where();
    // Layer 1 is the last hidden layer and has two units: the output's ŷ = 0.5 is a line there.
    await expect(page.getByTestId('layer-space-boundary')).toBeAttached();
    await expect(page.getByTestId('layer-space-gridline').first()).toBeAttached();
    await playground.play.click();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(20);
    await playground.play.click();
    await expect.poll(where).not.toBe(before);
    // On the input plane there is no line to draw for a network with a hidden layer.
    await page.getByTestId('layer-space-layer').filter({ hasText: /input/ }).click();
    await expect(view).toHaveAttribute('data-layer', '0');
    await expect(page.getByTestId('layer-space-boundary')).toHaveCount(0);
    await page.getByTestId('layer-space-play').click();
    await expect(view).toHaveAttribute('data-layer', '0-1');
    await expect(page.getByTestId('layer-space-caption')).toContainText('layer 1');
    await expect(view).toHaveAttribute('data-layer', '2', { timeout: 10_000 });
  });

  test('two parameters picked by clicking a connection and a bias in the diagram become the landscape’s axes', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('dataset=circle&layers=2&backend=wasm');
    await page.getByTestId('landscape-toggle').click();
    await page.getByTestId('landscape-axes').selectOption('picked');
    const hint = page.getByTestId('landscape-pick-hint');
    await expect(hint).toContainText('x axis');
    const connection = page.locator('[data-testid=connection][data-from="0-1"][data-to="1-1"]');
    await connection.click({ force: true });
    // A click picks an axis instead of opening the weight editor.
    await expect(page.getByTestId('weight-input')).toHaveCount(0);
    await expect(hint).toContainText('W[1]₁,₁');
    await page.locator('[data-testid=bias-handle][data-layer="2"][data-unit="1"]').click();
    await expect(hint).toHaveCount(0);
    const view = page.getByTestId('landscape');
    await expect(view).toHaveAttribute('data-param-x', 'W1[1,1]');
    await expect(view).toHaveAttribute('data-param-y', 'b2[1]');
    await expect(page.getByTestId('landscape-band').first()).toBeAttached();
    // The point sits at those two parameters' values: the output's bias starts at 0.
    await expect(page.getByTestId('landscape-point')).toHaveAttribute('data-y', '0');
    // Picking is over: a click on a connection opens the weight editor again.
    await connection.click({ force: true });
    await expect(page.getByTestId('weight-input')).toBeVisible();
  });

  test('kept runs travel in Copy link, and a link whose runs cannot be read says so and loses nothing else', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('dataset=blobs&layers=none&lr=0.03&until=20&speed=max&backend=wasm');
    await playground.play.click();
    await expect(playground.epoch).toHaveText('20');
    await page.getByTestId('compare-keep').click();
    await page.getByTestId('learning-rate').selectOption('0.3');
    await playground.reset.click();
    await playground.play.click();
    await expect(playground.epoch).toHaveText('20');
    await page.getByTestId('compare-keep').click();
    // Each kept run's path is on the landscape, beside the current one.
    await page.getByTestId('landscape-toggle').click();
    await expect(page.locator('[data-testid=landscape-trail][data-run]')).toHaveCount(2);
    await page.getByTestId('share-toggle').click();
    await page.getByTestId('copy-link').click();
    await expect(page.getByTestId('share-panel')).toContainText('carries the 2 kept run');
    const link = await page.getByTestId('share-link').inputValue();
    expect(link).toContain('runs=');
    await page.goto(link);
    await playground.waitUntilReady();
    const runs = page.getByTestId('compare-run');
    await expect(runs).toHaveCount(2);
    await expect(runs.nth(0).getByTestId('compare-run-label')).toHaveText('α = 0.03');
    await expect(runs.nth(1).getByTestId('compare-run-label')).toHaveText('α = 0.3');
    await expect(runs.nth(1)).toContainText('epoch 20');
    await expect(page.getByTestId('cost-ghost')).toHaveCount(2);

    await playground.open('dataset=blobs&lr=0.3&runs=not-a-run');
    await expect(playground.notice).toContainText('kept runs in the link could not be read');
    await expect(page.getByTestId('learning-rate')).toHaveValue('0.3');
    await expect(runs).toHaveCount(0);
  });

  test('the landscape in 3-D: the surface with the point on it, turned by the arrow keys', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('dataset=blobs&layers=none&lr=0.3&batch=full&until=15&speed=max&backend=wasm');
    await page.getByTestId('landscape-toggle').click();
    await expect(page.getByTestId('landscape-band').first()).toBeAttached();
    await page.getByTestId('landscape-3d-toggle').click();
    const surface = page.getByTestId('landscape-3d');
    await expect(surface.locator('polygon').first()).toBeAttached();
    await expect(page.getByTestId('landscape-3d-point')).toBeAttached();
    await playground.play.click();
    await expect(playground.epoch).toHaveText('15');
    await expect(surface.locator('polyline')).toHaveCount(1);
    const yaw = await surface.getAttribute('data-yaw');
    await surface.focus();
    await page.keyboard.press('ArrowRight');
    await expect(surface).not.toHaveAttribute('data-yaw', yaw!);
    await page.getByTestId('landscape-3d-toggle').click();
    await expect(surface).toHaveCount(0);
    await expect(page.getByTestId('landscape-point')).toBeVisible();
  });
});

test('Discretize output draws the boundary in two flat colours, and the link keeps it', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.open('dataset=xor&layers=4&lr=0.3&until=30&speed=max&backend=wasm');
  await playground.play.click();
  await expect(playground.epoch).toHaveText('30');
  const boundary = page.getByRole('img', { name: /decision boundary/i }).first();
  const colours = () =>
    boundary.evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return seen.size;
    });
  expect(await colours()).toBeGreaterThan(10);
  await page.getByTestId('discretize').check();
  await expect.poll(colours).toBe(2);
  await expect(page).toHaveURL(/discretize=1/);
  await page.reload();
  await playground.waitUntilReady();
  await expect(page.getByTestId('discretize')).toBeChecked();
});
