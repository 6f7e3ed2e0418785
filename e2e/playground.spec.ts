import { test, expect } from './fixtures';
import { PlaygroundPage } from './pages/playground';

// Small, fast settings keep the tests quick on a software-rendered headless browser.
const FAST = 'dataset=blobs&n=100&layers=none&lr=0.3&batch=full&backend=wasm';

test.describe('the core playground', () => {
  test('loads, shows points and the network, and names its backend', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open();
    await expect(playground.points).toHaveCount(400);
    await expect(playground.points.locator('xpath=self::*[@data-label="0"]')).toHaveCount(200);
    await expect(playground.points.locator('xpath=self::*[@data-split="test"]')).toHaveCount(120);
    await expect(playground.backend).toHaveText(/^(webgl|wasm|cpu)$/);
    // Default network 4-2 tanh: 4 + 2 hidden neurons and one output.
    await expect(playground.neurons).toHaveCount(7);
    await expect(playground.epoch).toHaveText('0');
    await page.screenshot({ path: 'test-results/screens/main.png', fullPage: true });
  });

  test('clicking the plane adds a point of the selected class, Shift+click the other', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(FAST);
    await expect(playground.points).toHaveCount(100);
    await page.getByTestId('class-0').click();
    await playground.clickPlaneAt(-5.5, 5.5);
    await expect(playground.points).toHaveCount(101);
    await expect(playground.points.last()).toHaveAttribute('data-label', '0');
    await playground.clickPlaneAt(5.5, -5.5, ['Shift']);
    await expect(playground.points).toHaveCount(102);
    await expect(playground.points.last()).toHaveAttribute('data-label', '1');
  });

  test('dragging moves a point, right-click and Clear delete', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(FAST);
    const first = playground.points.first();
    const before = await playground.centreOf(first);
    const target = await playground.clientPointOf(0, 5);
    await playground.dragPoint(first, target);
    const after = await playground.centreOf(playground.points.first());
    expect(Math.abs(after.x - target.x)).toBeLessThan(3);
    expect(Math.abs(after.y - target.y)).toBeLessThan(3);
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeGreaterThan(20);

    await playground.points.first().click({ button: 'right' });
    await expect(playground.points).toHaveCount(99);
    await page.getByTestId('clear').click();
    await expect(playground.points).toHaveCount(0);
    await expect(page.getByTestId('point-count')).toHaveText(/^0 points/);
  });

  test('a point dragged while training follows the pointer, and the boundary and training catch up', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('dataset=blobs&n=100&layers=3&lr=0.1&batch=10&backend=wasm');
    await playground.play.click();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(3);
    const plane = page.locator('[data-points-version]');
    const versionBefore = Number(await plane.getAttribute('data-points-version'));
    // A training point no other mark covers, so the press lands on it.
    const index = await page.evaluate(() => {
      for (const mark of document.querySelectorAll('[data-testid="point"][data-split="train"]')) {
        const box = mark.getBoundingClientRect();
        const top = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)?.closest('[data-index]');
        if (top === mark) return mark.getAttribute('data-index');
      }
      return null;
    });
    expect(index).not.toBeNull();
    const point = page.locator(`[data-testid="point"][data-index="${index}"]`);
    const target = await playground.clientPointOf(-4, 4);
    await playground.dragPoint(point, target);
    const after = await playground.centreOf(point);
    expect(Math.abs(after.x - target.x)).toBeLessThan(3);
    expect(Math.abs(after.y - target.y)).toBeLessThan(3);
    await expect(playground.points).toHaveCount(100);
    // Every move was an edit, and the drawn boundary reflects the last one.
    const versionAfter = Number(await plane.getAttribute('data-points-version'));
    expect(versionAfter).toBeGreaterThan(versionBefore);
    await expect(plane).toHaveAttribute('data-drawn-points-version', String(versionAfter));
    const epochAtDrop = await playground.epochNumber();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(epochAtDrop);
    await playground.pause();
  });

  test('play advances the epoch and lowers the cost; pause stops it', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(FAST);
    const startCost = await playground.trainCostNumber();
    await playground.play.click();
    await expect(playground.play).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(20);
    await expect.poll(() => playground.trainCostNumber()).toBeLessThan(startCost * 0.8);
    await playground.pause();
    await page.screenshot({ path: 'test-results/screens/trained.png', fullPage: true });
    const stoppedAt = await playground.epochNumber();
    await expect(playground.step).toBeEnabled();
    expect(await playground.epochNumber()).toBe(stoppedAt);
    await expect(page.getByTestId('cost-chart')).not.toHaveAttribute('data-points', '0');
  });

  test('step advances exactly one epoch; reset returns to epoch 0 with the same cost', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`${FAST}&batch=10`);
    const initialCost = await playground.trainCost.innerText();
    await playground.step.click();
    await expect(playground.epoch).toHaveText('1');
    await playground.step.click();
    await expect(playground.epoch).toHaveText('2');
    await expect(playground.trainCost).not.toHaveText(initialCost);
    await playground.reset.click();
    await expect(playground.epoch).toHaveText('0');
    await expect(playground.trainCost).toHaveText(initialCost);
  });

  test('adding and removing layers and neurons changes the diagram', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(FAST);
    await expect(playground.neurons).toHaveCount(1);
    await page.getByTestId('add-layer').click();
    await expect(playground.neurons).toHaveCount(1 + 4);
    await page.getByTestId('add-unit').first().click();
    await expect(playground.neurons).toHaveCount(1 + 5);
    await page.getByTestId('add-layer').click();
    await expect(playground.neurons).toHaveCount(1 + 5 + 5);
    await expect(page).toHaveURL(/layers=5%2C5|layers=5,5/);
    await page.getByTestId('remove-layer').click();
    await expect(playground.neurons).toHaveCount(1 + 5);
    // The worker rebuilt the network: the new neuron's weights are shown on hover.
    await page.getByTestId('neuron').first().hover();
    await expect(page.getByTestId('tooltip')).toHaveText(/b\[1\] row 1 = -?\d/);
  });

  test('a copied URL reproduces the configuration and the same initial cost', async ({ page, context }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('dataset=moons&n=200&backend=wasm');
    await page.getByTestId('dataset').filter({ hasText: 'XOR' }).click();
    await page.getByTestId('learning-rate').selectOption('0.1');
    await page.getByTestId('add-layer').click();
    await page.getByTestId('activation-select').nth(2).selectOption('relu');
    await expect(page).toHaveURL(/act=/);
    await playground.waitUntilReady();
    const url = page.url();
    const cost = await playground.trainCost.innerText();
    const firstPoint = await playground.points.first().getAttribute('cx') ?? await playground.points.first().getAttribute('x');

    const copy = new PlaygroundPage(await context.newPage());
    await copy.page.goto(url);
    await copy.waitUntilReady();
    await expect(copy.page.getByTestId('dataset').filter({ hasText: 'XOR' })).toHaveAttribute('aria-checked', 'true');
    await expect(copy.page.getByTestId('learning-rate')).toHaveValue('0.1');
    await expect(copy.neurons).toHaveCount(4 + 2 + 2 + 1);
    await expect(copy.page.getByTestId('activation-select').nth(2)).toHaveValue('relu');
    await expect(copy.points).toHaveCount(200);
    expect(await copy.points.first().getAttribute('cx') ?? await copy.points.first().getAttribute('x')).toBe(firstPoint);
    await expect(copy.trainCost).toHaveText(cost);
  });

  test('invalid URL values are replaced by defaults with a notice', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('dataset=banana&lr=-3&layers=3,2&backend=wasm');
    await expect(playground.notice).toContainText('dataset');
    await expect(playground.notice).toContainText('lr');
    await expect(page.getByTestId('dataset').filter({ hasText: 'Circle' })).toHaveAttribute('aria-checked', 'true');
    await expect(playground.neurons).toHaveCount(3 + 2 + 1);
  });

  test('backend=webgl trains a few epochs in the worker, to the same cost as the plain-JS engine', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    const costsAfterSteps = async (query: string): Promise<number[]> => {
      await playground.open(query);
      const costs = [await playground.trainCostNumber()];
      for (let i = 1; i <= 3; i++) {
        await playground.step.click();
        await expect(playground.epoch).toHaveText(String(i));
        costs.push(await playground.trainCostNumber());
      }
      return costs;
    };
    const network = 'dataset=blobs&n=60&layers=3&batch=full&lr=0.3&seed=4';
    // The plain-JS engine (pinned to the float64 reference by the unit tests) is the reference here.
    const reference = await costsAfterSteps(`${network}&backend=wasm`);
    await expect(page.getByTestId('engine')).toHaveAttribute('data-engine', 'js');
    const onWebgl = await costsAfterSteps(`${network}&backend=webgl`);
    await expect(playground.backend).toHaveText('webgl');
    await expect(page.getByTestId('engine')).toHaveAttribute('data-engine', 'tfjs');
    expect(reference[3]).toBeLessThan(reference[0]!);
    onWebgl.forEach((cost, i) => expect(cost, `epoch ${i}`).toBeCloseTo(reference[i]!, 2));
  });

  test('auto names the engine it measured and chose; a forced backend says nothing was measured', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    const engine = page.getByTestId('engine');
    await playground.open('dataset=spiral&layers=8,8');
    await expect(engine).toHaveAttribute('title', /Chosen by measuring this network, batch and data: .*plain JavaScript [\d,]+ steps\/s.*TensorFlow\.js on \w+ [\d,]+ steps\/s/);
    const chosen = await engine.getAttribute('data-engine');
    expect(['js', 'tfjs']).toContain(chosen);
    await expect(engine).toHaveText(chosen === 'js' ? '· JS engine' : '· tfjs engine');
    // The readout's hover says the same as the backend name's.
    await expect(playground.backend).toHaveAttribute('title', (await engine.getAttribute('title'))!);
    await playground.play.click();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(3);
    await playground.play.click();

    await playground.open(`${FAST}`);
    await expect(engine).toHaveAttribute('data-engine', 'js');
    await expect(engine).toHaveAttribute('title', /set in the URL, so nothing was measured/);
  });

  test('the speed control slows training down', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`${FAST}&batch=10`);
    await playground.setSpeed('1 epoch/s');
    await playground.play.click();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThanOrEqual(1);
    const slowStart = await playground.epochNumber();
    // At 1 epoch/s, the counter moves by one at a time: wait for the next epoch, never a jump of many.
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(slowStart);
    expect(await playground.epochNumber()).toBeLessThanOrEqual(slowStart + 2);
    await page.getByTestId('speed-max').click();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(slowStart + 50);
  });
});
