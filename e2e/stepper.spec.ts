import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PlaygroundPage } from './pages/playground';

// Forced wasm (the plain-JS engine) keeps the numbers the same on every machine.
const FAST = 'backend=wasm&speed=max';

type Rows = number[][];
const valuesOf = async (page: Page, testId: string): Promise<Rows> => JSON.parse((await page.getByTestId(testId).getAttribute('data-values'))!) as Rows;
const stage = (page: Page) => page.getByTestId('stepper-stage');

/** Float64 matrix helpers, written here from the course's formulas (independent of the app's code). */
const matMul = (A: Rows, B: Rows): Rows => A.map((row) => B[0]!.map((_, j) => row.reduce((s, a, k) => s + a * B[k]![j]!, 0)));
const transpose = (A: Rows): Rows => A[0]!.map((_, j) => A.map((row) => row[j]!));
const expectClose = (actual: Rows | number[], expected: Rows | number[], tolerance = 2e-4) => {
  const a = (actual as unknown[]).flat() as number[];
  const e = (expected as unknown[]).flat() as number[];
  expect(a.length).toBe(e.length);
  a.forEach((v, i) => expect(Math.abs(v - e[i]!), `entry ${i}: ${v} vs ${e[i]}`).toBeLessThan(tolerance * Math.max(1, Math.abs(e[i]!))));
};

async function openStepper(playground: PlaygroundPage, query: string): Promise<void> {
  await playground.open(`${query}&${FAST}`);
  await playground.page.getByTestId('step-through').click();
  await expect(stage(playground.page)).toHaveAttribute('data-stage', 'forward-1');
}

test.describe('step-through: one gradient step, stage by stage', () => {
  test('every stage with the mouse and the keyboard, each number the float64 formula of the numbers shown, and the update moves the boundary', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await openStepper(playground, 'dataset=circle&layers=3&act=tanh&opt=gd&lr=0.3&batch=5&reg=l2&lambda=0.2');
    await expect(page.getByTestId('stepper-m')).toHaveText('5');
    await expect(page.locator('[data-testid=stepper-example]')).toHaveCount(5);
    await expect(page.locator('[data-testid=connection][data-focused]')).not.toHaveCount(0);
    const W1 = await valuesOf(page, 'stepper-W-1');
    const b1 = (await valuesOf(page, 'stepper-b-1')) as unknown as number[];
    const X = await valuesOf(page, 'stepper-X');
    expect([W1.length, W1[0]!.length, X.length, X[0]!.length]).toEqual([3, 2, 2, 5]);
    const Z1 = matMul(W1, X).map((row, i) => row.map((z) => z + b1[i]!));
    expectClose(await valuesOf(page, 'stepper-Z-1'), Z1);
    const A1 = Z1.map((row) => row.map(Math.tanh));
    expectClose(await valuesOf(page, 'stepper-A-1'), A1);

    await page.getByTestId('stepper-next').click();
    await expect(stage(page)).toHaveAttribute('data-stage', 'forward-2');
    const W2 = await valuesOf(page, 'stepper-W-2');
    const b2 = (await valuesOf(page, 'stepper-b-2')) as unknown as number[];
    const A2 = matMul(W2, A1).map((row, i) => row.map((z) => 1 / (1 + Math.exp(-(z + b2[i]!)))));
    expectClose(await valuesOf(page, 'stepper-A-2'), A2);

    await page.getByTestId('stepper-next').click();
    await expect(stage(page)).toHaveAttribute('data-stage', 'cost');
    const Y = (await valuesOf(page, 'stepper-Y'))[0]!;
    const m = 5;
    const losses = A2[0]!.map((a, j) => -(Y[j]! * Math.log(a) + (1 - Y[j]!) * Math.log(1 - a)));
    const penalty = (0.2 / (2 * m)) * [...W1.flat(), ...W2.flat()].reduce((s, w) => s + w * w, 0);
    expectClose([Number(await page.getByTestId('stepper-cost').getAttribute('data-value'))], [losses.reduce((s, l) => s + l, 0) / m + penalty]);

    // The keyboard from here: → and ←.
    await page.keyboard.press('ArrowRight');
    await expect(stage(page)).toHaveAttribute('data-stage', 'backward-2');
    const dZ2 = [A2[0]!.map((a, j) => a - Y[j]!)];
    expectClose(await valuesOf(page, 'stepper-dZ-2'), dZ2);
    const dW2 = matMul(dZ2, transpose(A1)).map((row, i) => row.map((d, k) => d / m + (0.2 / m) * W2[i]![k]!));
    expectClose(await valuesOf(page, 'stepper-dW-2'), dW2);
    await page.keyboard.press('ArrowRight');
    await expect(stage(page)).toHaveAttribute('data-stage', 'backward-1');
    const dZ1 = matMul(transpose(W2), dZ2).map((row, i) => row.map((d, j) => d * (1 - A1[i]![j]! ** 2)));
    expectClose(await valuesOf(page, 'stepper-dZ-1'), dZ1);
    const dW1 = matMul(dZ1, transpose(X)).map((row, i) => row.map((d, k) => d / m + (0.2 / m) * W1[i]![k]!));
    expectClose(await valuesOf(page, 'stepper-dW-1'), dW1);
    const db1 = dZ1.map((row) => row.reduce((s, d) => s + d, 0) / m);
    expectClose((await valuesOf(page, 'stepper-db-1')) as unknown as number[], db1);
    await page.keyboard.press('ArrowLeft');
    await expect(stage(page)).toHaveAttribute('data-stage', 'backward-2');
    await page.getByTestId('stepper-back').click();
    await expect(stage(page)).toHaveAttribute('data-stage', 'cost');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(stage(page)).toHaveAttribute('data-stage', 'backward-1');
    expect(await playground.stepNumber()).toBe(0);

    // Entering the update applies the step: W := W − α dW, the plane and the step count follow.
    await page.keyboard.press('ArrowRight');
    await expect(stage(page)).toHaveAttribute('data-stage', 'update');
    await expect(page.getByTestId('stepper-W-after-1')).toBeVisible();
    expectClose(await valuesOf(page, 'stepper-W-after-1'), W1.map((row, i) => row.map((w, k) => w - 0.3 * dW1[i]![k]!)));
    await expect.poll(() => playground.stepNumber()).toBe(1);
    await expect(page.locator('[data-step]').filter({ has: playground.plane })).toHaveAttribute('data-step', '1');

    // Next starts the next step's forward stage with the updated weights; Escape closes and keeps them.
    await page.getByTestId('stepper-next').click();
    await expect(stage(page)).toHaveAttribute('data-stage', 'forward-1');
    await expect(stage(page)).toHaveAttribute('data-step', '2');
    expectClose(await valuesOf(page, 'stepper-W-1'), W1.map((row, i) => row.map((w, k) => w - 0.3 * dW1[i]![k]!)));
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('stepper')).toHaveCount(0);
    expect(await playground.stepNumber()).toBe(1);
  });

  test('logistic regression is the computation graph; the loop over the examples gives the vectorised dw and db', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await openStepper(playground, 'dataset=gauss&layers=none&batch=10&opt=gd');
    await expect(page.getByTestId('stepper-graph')).toBeVisible();
    // Closed with its button and opened again with the key S.
    await page.getByTestId('stepper-close').click();
    await expect(page.getByTestId('stepper')).toHaveCount(0);
    await page.keyboard.press('s');
    await expect(stage(page)).toHaveAttribute('data-stage', 'forward-1');
    await page.getByTestId('stepper-next').click();
    await page.getByTestId('stepper-next').click();
    await expect(stage(page)).toHaveAttribute('data-stage', 'backward-1');
    const dZ = await valuesOf(page, 'stepper-dZ-1');
    const dW = await valuesOf(page, 'stepper-dW-1');
    const db = (await valuesOf(page, 'stepper-db-1')) as unknown as number[];
    const loop = (await valuesOf(page, 'stepper-loop-result')) as unknown as number[];
    expect(dW[0]).toHaveLength(2);
    expectClose([...dW[0]!, db[0]!], loop);
    expectClose([db[0]!], [dZ[0]!.reduce((s, d) => s + d, 0) / 10]);
    await expect(page.getByTestId('stepper-graph').locator('[data-tex^="dz = a - y = "]')).toBeVisible();
  });

  test('one example: a clicked training point is the step’s only example (m = 1)', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await openStepper(playground, 'dataset=gauss&layers=2&n=60');
    await page.getByTestId('stepper-examples').selectOption('point');
    await expect(page.getByTestId('stepper-pick-point')).toBeVisible();
    const point = page.locator('[data-testid=point][data-split=train]').nth(3);
    const index = await point.getAttribute('data-index');
    await point.click();
    await expect(page.getByTestId('stepper-m')).toHaveText('1');
    await expect(page.locator('[data-testid=stepper-example]')).toHaveAttribute('data-index', index!);
    await page.getByTestId('stepper-examples').selectOption('full');
    await expect(page.getByTestId('stepper-m')).toHaveText(String(await page.locator('[data-testid=point][data-split=train]').count()));
  });

  test('Play closes step-through and trains on', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await openStepper(playground, 'dataset=circle&layers=2');
    await playground.play.click();
    await expect(page.getByTestId('stepper')).toHaveCount(0);
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(2);
  });
});

test.describe('weights set by hand', () => {
  const connection = (page: Page, from: string, to: string): Locator => page.locator(`[data-testid=connection][data-from="${from}"][data-to="${to}"]`);

  test('a clicked connection takes a typed weight; nonsense is refused with a message and changes nothing', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`dataset=circle&layers=2&${FAST}`);
    const neuron = page.locator('[data-testid=neuron][data-layer="1"][data-unit="1"]');
    const before = await neuron.screenshot();
    await connection(page, '0-1', '1-1').click({ force: true });
    const input = page.getByTestId('weight-input');
    await input.fill('abc');
    await input.press('Enter');
    await expect(page.getByTestId('weight-input-error')).toContainText('Type a number');
    await input.fill('250');
    await input.press('Enter');
    await expect(page.getByTestId('weight-input-error')).toContainText('−100 to 100');
    await input.press('Escape');
    await expect(input).toHaveCount(0);
    await connection(page, '0-1', '1-1').click({ force: true });
    await page.getByTestId('weight-input').fill('-3.5');
    await page.getByTestId('weight-input').press('Enter');
    await expect(page.getByTestId('weight-input')).toHaveCount(0);
    await expect.poll(async () => Buffer.compare(await neuron.screenshot(), before)).not.toBe(0);
    // Step-through shows the new weight, and the bias handle takes a bias the same way (by keyboard here).
    const bias = page.locator('[data-testid=bias-handle][data-layer="1"][data-unit="2"]');
    await bias.focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('weight-input').fill('0.75');
    await page.getByTestId('weight-input').press('Enter');
    await page.getByTestId('step-through').click();
    const W1 = await valuesOf(page, 'stepper-W-1');
    expect(W1[0]![0]).toBe(-3.5);
    expect((await valuesOf(page, 'stepper-b-1'))[1]).toBe(0.75);
  });
});

test('with the keyboard: a neuron opened with Enter offers its weights; Enter on one edits it', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.open(`dataset=circle&layers=3&${FAST}`);
  await page.locator('[data-testid=neuron][data-layer="2"]').focus();
  await page.keyboard.press('Enter');
  const inspector = page.getByTestId('neuron-inspector');
  await expect(inspector).toBeVisible();
  const firstWeight = inspector.getByTestId('neuron-value-edit').first();
  await firstWeight.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('weight-input')).toBeFocused();
  await page.keyboard.type('1.25');
  await page.keyboard.press('Enter');
  await expect(inspector.getByTestId('neuron-weight').first()).toHaveText('1.250');
});

test.describe('embeds', () => {
  test('show= without stepper has no Step through; with it, the embed steps through', async ({ page }) => {
    await page.goto(`/embed/?dataset=xor&layers=2&show=boundary,controls&${FAST}`);
    await expect(page.getByTestId('play')).toBeEnabled();
    await expect(page.getByTestId('step-through')).toHaveCount(0);
    await page.goto(`/embed/?dataset=xor&layers=2&show=boundary,controls,stepper&${FAST}`);
    await page.getByTestId('step-through').click();
    await expect(stage(page)).toHaveAttribute('data-stage', 'forward-1');
    await expect(page.getByTestId('stepper-next')).toBeInViewport();
  });
});

test.describe('network files', () => {
  test('an exported network imported into a fresh page gives the same boundary; a broken file names its field and changes nothing', async ({ page, browser }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`dataset=xor&layers=5,3&act=relu&${FAST}`);
    await playground.play.click();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(30);
    await playground.play.click();
    await expect(playground.play).toHaveAttribute('aria-pressed', 'false');
    await page.getByTestId('share-toggle').click();
    const download = page.waitForEvent('download');
    await page.getByTestId('export-network').click();
    const file = await (await download).path();
    const trainedCost = await playground.trainCost.innerText();

    const fresh = new PlaygroundPage(await browser.newPage());
    await fresh.open(`dataset=xor&layers=2&${FAST}`);
    const freshCost = await fresh.trainCost.innerText();
    await fresh.page.getByTestId('share-toggle').click();
    // Broken files first: nothing changes.
    for (const [name, text, said] of [
      ['broken.json', '{"format": "nn-playground-network", ', 'not valid JSON'],
      ['shape.json', JSON.stringify({ format: 'nn-playground-network', version: 1, features: ['x1', 'x2'], layers: [{ units: 1, activation: 'sigmoid', W: [[1, 2, 3]], b: [0] }], output: 'sigmoid' }), 'layers.0.W.0'],
      ['wrong.json', JSON.stringify({ format: 'nn-playground-network', version: 1, features: ['x9'], layers: [], output: 'sigmoid' }), 'features.0'],
    ] as const) {
      await fresh.page.getByTestId('import-network').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect(fresh.page.getByTestId('share-status')).toContainText(said);
      await expect(fresh.page.getByTestId('share-status')).toContainText('nothing changed');
    }
    await expect(fresh.trainCost).toHaveText(freshCost);
    await expect(fresh.page.getByTestId('layer-count')).toHaveText('1 hidden layer');
    await fresh.page.getByTestId('import-network').setInputFiles(file);
    await expect(fresh.page.getByTestId('share-status')).toContainText('Switched to the network');
    await expect(fresh.page.getByTestId('layer-count')).toHaveText('2 hidden layers');
    // The same weights on the same points: the same cost, and the same boundary.
    await expect(fresh.trainCost).toHaveText(trainedCost);
    await expect(fresh.epoch).toHaveText('0');
    await page.getByTestId('share-toggle').click();
    await fresh.page.getByTestId('share-toggle').click();
    expect(Buffer.compare(await fresh.plane.screenshot(), await playground.plane.screenshot())).toBe(0);
    await fresh.page.close();
  });
});
