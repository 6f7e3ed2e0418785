import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LessonPage } from './pages/lesson';

/**
 * The lessons for the course's mechanics (issue 17), each followed as its text says: the test first
 * reads the instruction on the page, then presses exactly what it names, in that order, and checks what
 * the text promises.
 */
type Rows = number[][];
const valuesOf = async (page: Page, testId: string): Promise<Rows> => JSON.parse((await page.getByTestId(testId).getAttribute('data-values'))!) as Rows;
/** The number at the end of a formula's TeX, e.g. "dz = a - y = -0.269" → −0.269. */
const lastNumber = async (formula: Locator) => Number((await formula.getAttribute('data-tex'))!.split('=').at(-1)!.trim());

/** Presses Next until step-through shows the stage titled `title`; fails if it is never reached. */
async function nextUntil(page: Page, title: string) {
  const heading = page.getByTestId('stepper-stage').getByRole('heading');
  for (let presses = 0; presses < 12; presses++) {
    await expect(heading).not.toHaveText('');
    if ((await heading.innerText()) === title) return;
    const before = await page.getByTestId('stepper-stage').getAttribute('data-stage');
    await page.getByTestId('stepper-next').click();
    await expect(page.getByTestId('stepper-stage')).not.toHaveAttribute('data-stage', before!);
  }
  throw new Error(`step-through never showed “${title}”`);
}

test.describe('lessons of the course’s mechanics', () => {
  test('§2.7–2.9 the computation graph: backwards, dz = a − y with the numbers in the boxes', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('computation-graph');
    await expect(page.getByTestId('lesson-section')).toHaveText('Course §2.7–2.9');
    await expect(page.getByTestId('lesson-try')).toContainText('Press Step through, then Next until the stage Backward, layer 1.');
    await page.getByRole('button', { name: 'Step through' }).click();
    await nextUntil(page, 'Backward, layer 1');
    const graph = page.getByTestId('stepper-graph');
    const a = await lastNumber(graph.locator('[data-tex^="a = "][data-tex*="sigma(z) = "]'));
    const y = Number((await graph.locator('[data-tex^="(y = "]').getAttribute('data-tex'))!.replace(/[^\d]/g, ''));
    const dz = await lastNumber(graph.locator('[data-tex^="dz = a - y = "]'));
    // dz is a − y, computed here from the displayed a and y (each shown to three digits).
    expect(Math.abs(dz - (a - y))).toBeLessThan(2e-3);
    // …and it is what the chain rule gives: da · a(1 − a), with da = −y/a + (1 − y)/(1 − a).
    const da = await lastNumber(graph.locator('[data-tex^="da = "]'));
    expect(Math.abs(da * a * (1 - a) - dz)).toBeLessThan(5e-3 * Math.max(1, Math.abs(da)));
    await lesson.expectPassed();
    // "then press › to see the next example"
    await expect(page.getByText(/^Example i = 1 of m = \d+$/)).toBeVisible();
    await page.getByRole('button', { name: 'Next example' }).click();
    await expect(page.getByText(/^Example i = 2 of m = \d+$/)).toBeVisible();
  });

  test('§2.10–2.14 vectorisation: the loop over all m examples gives the vectorised dw and db', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('vectorisation');
    await expect(page.getByTestId('lesson-try')).toContainText('Press Step through, then Next until the stage Backward, layer 1, and compare');
    await page.getByRole('button', { name: 'Step through' }).click();
    // On the way: forward propagation shows X, (n_x, m), one column per training point.
    await expect(page.getByTestId('stepper-X')).toBeVisible();
    const X = await valuesOf(page, 'stepper-X');
    await nextUntil(page, 'Backward, layer 1');
    const m = Number(await page.getByTestId('stepper-m').innerText());
    expect(X.map((row) => row.length)).toEqual([m, m]);
    expect(m).toBe(await page.locator('[data-testid=point][data-split=train]').count());
    const loop = JSON.parse((await page.getByTestId('stepper-loop-result').getAttribute('data-values'))!) as number[];
    const dw = (await valuesOf(page, 'stepper-dW-1')).flat();
    const db = (await valuesOf(page, 'stepper-db-1')).flat();
    // The vectorised dwᵀ = (1/m) dZ Xᵀ, computed here from the displayed X and dZ, equals the loop's sums / m.
    const dZ = (await valuesOf(page, 'stepper-dZ-1')).flat();
    const reference = X.map((row) => row.reduce((s, x, i) => s + x * dZ[i]!, 0) / m);
    for (const [k, value] of dw.entries()) {
      expect(Math.abs(value - loop[k]!)).toBeLessThan(1e-4);
      expect(Math.abs(value - reference[k]!)).toBeLessThan(1e-4);
    }
    expect(Math.abs(db[0]! - loop.at(-1)!)).toBeLessThan(1e-4);
    await lesson.expectPassed();
  });

  test('§2.15 broadcasting: b[1], one column, is added to every column of W[1]X', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('broadcasting');
    await expect(page.getByTestId('lesson-try')).toContainText('Press Step through and read its first stage, Forward, layer 1 of 2');
    await page.getByRole('button', { name: 'Step through' }).click();
    await expect(page.getByTestId('stepper-stage').getByRole('heading')).toHaveText('Forward, layer 1 of 2');
    await expect(page.getByTestId('stepper-W-1')).toHaveAttribute('data-shape', '3,2');
    await expect(page.getByTestId('stepper-X')).toHaveAttribute('data-shape', '2,10');
    const W = await valuesOf(page, 'stepper-W-1');
    const X = await valuesOf(page, 'stepper-X');
    const b = (await valuesOf(page, 'stepper-b-1')).flat();
    const Z = await valuesOf(page, 'stepper-Z-1');
    expect(b).toHaveLength(3);
    // Z − W X is b in every one of the 10 columns.
    for (let j = 0; j < 3; j++) {
      for (let i = 0; i < 10; i++) {
        const wx = W[j]!.reduce((s, w, k) => s + w * X[k]![i]!, 0);
        expect(Math.abs(Z[j]![i]! - wx - b[j]!)).toBeLessThan(1e-4);
      }
    }
    await lesson.expectPassed();
  });

  test('§4.4 deep representations: in the space of layer 2 a straight line separates the circle', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('deep-representations');
    await expect(page.getByTestId('lesson-try')).toContainText(
      'Open Layer space under Inspect, choose layer 2 in it, press play, and watch until the dashed line separates the two classes. Then press Through the layers ▶.',
    );
    await page.getByRole('button', { name: 'Layer space' }).click();
    const view = page.getByTestId('layer-space');
    await page.getByTestId('layer-space-layer').filter({ hasText: 'layer 2' }).click();
    await expect(view).toHaveAttribute('data-layer', '2');
    await expect(view).toHaveAttribute('data-units', '1,2');
    await expect(page.getByTestId('layer-space-boundary')).toBeAttached();
    await lesson.play();
    await lesson.expectPassed();
    expect(Number((await lesson.playground.trainAccuracy.innerText()).replace(/[^\d.]/g, ''))).toBeGreaterThanOrEqual(95);
    await page.getByRole('button', { name: 'Through the layers ▶' }).click();
    await expect(view).toHaveAttribute('data-layer', '0-1');
    await expect(view).toHaveAttribute('data-layer', '3', { timeout: 15_000 });
  });

  test('§3.2–3.5 notation: the Shapes panel for one, then two hidden layers', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('network-notation');
    await expect(page.getByTestId('lesson-try')).toContainText('Open Shapes under Inspect and find');
    await expect(page.getByTestId('lesson-try')).toContainText('Then press + beside 1 hidden layer to add a second hidden layer: the last row of the table now reads 3 = L.');
    await page.getByRole('button', { name: 'Shapes', exact: true }).click();
    const panel = page.getByTestId('shapes-panel');
    const m = await page.locator('[data-testid=point][data-split=train]').count();
    const row = (l: number) => panel.locator(`[data-testid=shapes-row][data-layer="${l}"]`);
    await expect(row(1).getByTestId('shape-W')).toHaveText('(4, 2)');
    await expect(row(1).getByTestId('shape-A')).toHaveText(`(4, ${m})`);
    await expect(panel.getByTestId('shapes-row').last().locator('td').first()).toHaveText('2 = L');
    await expect(lesson.check).toHaveAttribute('data-passed', 'false');
    await expect(lesson.layerCount).toHaveText('1 hidden layer');
    await page.getByTestId('add-layer').click();
    await expect(lesson.layerCount).toHaveText('2 hidden layers');
    await expect(panel.getByTestId('shapes-row').last().locator('td').first()).toHaveText('3 = L');
    // W[2] is (n[2], n[1]): its columns are the units of layer 1.
    const n2 = Number((await row(2).locator('td').nth(1).innerText()).trim());
    await expect(row(2).getByTestId('shape-W')).toHaveText(`(${n2}, 4)`);
    await expect(row(3).getByTestId('shape-A')).toHaveText(`(1, ${m})`);
    await lesson.expectPassed();
  });

  test('§2.4 gradient descent: α too small crawls, too large overshoots, 1 reaches the bottom of the bowl', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('gradient-descent');
    const tryThis = page.getByTestId('lesson-try');
    await expect(tryThis).toContainText('Open Landscape under Inspect and press play');
    await expect(tryThis).toContainText('Pause, choose 10 under Learning rate and press play');
    await expect(tryThis).toContainText('Pause, choose 1 and press play: the dot rolls to the bottom.');
    await page.getByRole('button', { name: 'Landscape', exact: true }).click();
    const point = page.getByTestId('landscape-point');
    const J = page.getByTestId('landscape-J');
    const at = async (): Promise<[number, number]> => [Number(await point.getAttribute('data-x')), Number(await point.getAttribute('data-y'))];
    const [x0, y0] = await at();
    // α = 0.001: after 50 steps the dot has hardly moved and J is still near log 2.
    await expect(lesson.learningRate).toHaveValue('0.001');
    await lesson.play();
    await lesson.waitForEpoch(55);
    await lesson.playground.pause();
    const [x1, y1] = await at();
    expect(Math.hypot(x1 - x0, y1 - y0)).toBeLessThan(0.1);
    expect(Number(await J.innerText())).toBeGreaterThan(0.5);
    // α = 10: J jumps above where it was.
    await lesson.learningRate.selectOption('10');
    const before = Number(await J.innerText());
    await lesson.play();
    await expect.poll(async () => Number(await J.innerText())).toBeGreaterThan(before + 0.2);
    await lesson.playground.pause();
    await expect(lesson.check).toHaveAttribute('data-passed', 'false');
    // α = 1: down to the bottom, where J is the minimum of a convex cost.
    await lesson.learningRate.selectOption('1');
    await lesson.play();
    await lesson.expectPassed();
    expect(Number(await lesson.playground.trainCost.innerText())).toBeLessThan(0.36);
  });

  test('views link to the lesson that teaches them', async ({ page }) => {
    await page.goto('/?dataset=moons&layers=none&lang=en');
    await page.getByRole('button', { name: 'Landscape', exact: true }).click();
    await page.getByTestId('landscape-panel').getByRole('link', { name: 'Lesson §2.4 →' }).click();
    await expect(page).toHaveURL(/\/lessons\/gradient-descent\/\?lang=en$/);
    await expect(page.getByTestId('lesson-section')).toHaveText('Course §2.4');
    await page.goto('/?dataset=circle&layers=4,2&lang=zh');
    await page.getByRole('button', { name: '各层空间', exact: true }).click();
    await page.getByTestId('layer-space-panel').getByRole('link', { name: '课程 §4.4 的教程 →' }).click();
    await expect(page).toHaveURL(/\/lessons\/deep-representations\/\?lang=zh$/);
  });

  test('§4.5–4.6 building blocks: each of L = 3 blocks forward with its cache, backward passing dA down, then the update', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('building-blocks');
    await expect(page.getByTestId('lesson-try')).toContainText(
      'Press Step through and press Next through all eight stages: Forward for layers 1, 2 and 3, Cost, Backward for layers 3, 2 and 1, and Update.',
    );
    await page.getByRole('button', { name: 'Step through' }).click();
    const heading = page.getByTestId('stepper-stage').getByRole('heading');
    const titles = ['Forward, layer 1 of 3', 'Forward, layer 2 of 3', 'Forward, layer 3 of 3', 'Cost', 'Backward, layer 3', 'Backward, layer 2', 'Backward, layer 1', 'Update'];
    let dW1: Rows = [];
    for (const [index, title] of titles.entries()) {
      if (index > 0) await page.getByTestId('stepper-next').click();
      await expect(heading).toHaveText(title);
      const l = Number(/layer (\d)/.exec(title)?.[1]);
      // Forward: the block keeps Z[l] in its cache. Backward: it hands dA[l−1] to the block below (none below layer 1).
      if (title.startsWith('Forward')) await expect(page.getByTestId('stepper-cache')).toHaveText(`Cache: Z[${l}] is kept for backward propagation, which needs g′(Z[${l}]).`);
      if (title.startsWith('Backward')) await expect(page.getByTestId(`stepper-dA-${l - 1}`)).toHaveCount(l > 1 ? 1 : 0);
      if (title === 'Backward, layer 1') dW1 = await valuesOf(page, 'stepper-dW-1');
    }
    await lesson.expectPassed();
    // The update, checked from the shown matrices: W[1] := W[1] − α dW[1] with α = 0.3.
    const before = await valuesOf(page, 'stepper-W-before-1');
    const after = await valuesOf(page, 'stepper-W-after-1');
    before.forEach((row, i) => row.forEach((w, k) => expect(Math.abs(after[i]![k]! - (w - 0.3 * dW1[i]![k]!))).toBeLessThan(1e-4)));
  });

  test('§2.2–2.3 loss and cost: a point dragged to the wrong side raises its loss past 1 and J by that change over m', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('loss-and-cost');
    await expect(page.getByTestId('lesson-try')).toContainText('Press play and wait until training stops at epoch 100. Click a blue square (class 1) and read its loss under the plane, then drag it into the orange region');
    await lesson.play();
    await expect(lesson.playground.play).toHaveAttribute('aria-pressed', 'false', { timeout: 30_000 });
    await expect(lesson.playground.epoch).toHaveText('100');
    // A blue square well inside its blob, clicked where it is drawn.
    const centresOf = (selector: string) =>
      page.locator(selector).evaluateAll((marks) =>
        marks.map((mark) => {
          const box = mark.getBoundingClientRect();
          return [box.x + box.width / 2, box.y + box.height / 2] as [number, number];
        }),
      );
    const meanOf = (centres: [number, number][]) => centres.reduce(([sx, sy], [x, y]) => [sx + x / centres.length, sy + y / centres.length], [0, 0]);
    const blues = await centresOf('[data-testid=point][data-label="1"][data-split=train]');
    const [bx, by] = meanOf(blues);
    const start = blues.reduce((best, c) => (Math.hypot(c[0] - bx, c[1] - by) < Math.hypot(best[0] - bx, best[1] - by) ? c : best));
    await page.mouse.click(start[0], start[1]);
    const readout = page.getByTestId('point-loss');
    await expect(readout).toBeVisible();
    const read = async () => ({ loss: Number(await readout.getAttribute('data-loss')), cost: Number(await readout.getAttribute('data-cost')), m: Number(await readout.getAttribute('data-m')) });
    const before = await read();
    expect(before.loss).toBeLessThan(0.5);
    expect(before.m).toBe(await page.locator('[data-testid=point][data-split=train]').count());
    // The readout's J is the one the readouts show.
    expect(Math.abs(before.cost - Number(await lesson.playground.trainCost.innerText()))).toBeLessThan(1e-4);
    // Drag it to the middle of the orange circles (class 0).
    const target = meanOf(await centresOf('[data-testid=point][data-label="0"]'));
    await page.mouse.move(start[0], start[1]);
    await page.mouse.down();
    await page.mouse.move(target[0], target[1], { steps: 12 });
    await page.mouse.up();
    await expect.poll(async () => (await read()).loss).toBeGreaterThan(1);
    await expect.poll(async () => Math.abs((await read()).cost - Number(await lesson.playground.trainCost.innerText()))).toBeLessThan(1e-4);
    const after = await read();
    // J is the mean of the m losses: it rose by exactly the point's change over m (the weights did not move).
    expect(Math.abs(after.cost - before.cost - (after.loss - before.loss) / after.m)).toBeLessThan(5e-4);
    await lesson.expectPassed();
  });
});
