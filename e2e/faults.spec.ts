import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PlaygroundPage } from './pages/playground';

/**
 * Where every point is drawn on the plane (relative to it: a notice above moves the whole plane), to tell
 * that a fault left the learner's data exactly as it was.
 */
async function pointPositions(playground: PlaygroundPage): Promise<string[]> {
  const plane = await playground.plane.elementHandle();
  if (!plane) throw new Error('plane not visible');
  // The plane and its points are measured in one go: a notice appearing between two reads would move both.
  return playground.points.evaluateAll((elements, planeElement) => {
    const origin = planeElement.getBoundingClientRect();
    return elements.map((e) => {
      const box = e.getBoundingClientRect();
      return `${e.getAttribute('data-split')}:${Math.round(box.x - origin.x)},${Math.round(box.y - origin.y)}`;
    });
  }, plane);
}

/** The trainer worker (there is one at a time). */
function trainerWorker(page: Page) {
  const worker = page.workers().at(-1);
  if (!worker) throw new Error('no worker');
  return worker;
}

async function playUntilEpoch(playground: PlaygroundPage, epoch: number) {
  await playground.play.click();
  await expect(playground.play).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => playground.epochNumber(), { timeout: 30_000 }).toBeGreaterThanOrEqual(epoch);
}

test.describe('faults are survived and nothing is lost', () => {
  test('a lost WebGL context moves training to wasm, from the same weights and epoch', async ({ page }) => {
    test.setTimeout(90_000);
    const playground = new PlaygroundPage(page);
    await playground.open('backend=webgl&dataset=xor&n=60&layers=3&batch=full&lr=0.1&seed=2');
    await expect(playground.backend).toHaveText('webgl');
    const points = await pointPositions(playground);
    await playUntilEpoch(playground, 5);

    const epochBefore = await playground.epochNumber();
    await trainerWorker(page).evaluate(() => {
      const engine = (globalThis as unknown as { _tfengine: { backend: { gpgpu: { gl: WebGL2RenderingContext } } } })._tfengine;
      engine.backend.gpgpu.gl.getExtension('WEBGL_lose_context')!.loseContext();
    });

    await expect(playground.notice).toContainText('The graphics context was lost; training moved to wasm and continued from the last weights.');
    await expect(playground.backend).toHaveText('wasm');
    // Never back to 0: it goes on from the epoch it had reached, and keeps counting.
    expect(await playground.epochNumber()).toBeGreaterThanOrEqual(epochBefore);
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(epochBefore + 20);
    await expect(playground.play).toHaveAttribute('aria-pressed', 'true');
    await expect(playground.trainCost).toHaveText(/^\d/);
    expect(await pointPositions(playground)).toEqual(points);
  });

  test.describe('a crashed or hung worker', () => {
    test.use({ allowedConsoleErrors: [/boom/] });

    test('an uncaught error restarts the worker from the last weights; training goes on', async ({ page }) => {
      const playground = new PlaygroundPage(page);
      // Adam: the restart carries its state (moments and step count) across, with the weights.
      await playground.open('backend=wasm&dataset=xor&n=80&seed=3&opt=adam');
      const points = await pointPositions(playground);
      await playUntilEpoch(playground, 20);
      const epochBefore = await playground.epochNumber();
      const costBefore = await playground.trainCostNumber();

      await trainerWorker(page).evaluate(() => {
        setTimeout(() => {
          throw new Error('boom');
        });
      });

      await expect(playground.notice).toContainText('The training engine stopped and was restarted from your last weights.');
      expect(await playground.epochNumber()).toBeGreaterThanOrEqual(epochBefore);
      await expect.poll(() => playground.epochNumber()).toBeGreaterThan(epochBefore + 20);
      await expect(playground.play).toHaveAttribute('aria-pressed', 'true');
      // From the trained weights, not fresh ones: the cost did not jump back up to its starting value.
      expect(await playground.trainCostNumber()).toBeLessThan(costBefore + 0.05);
      expect(await pointPositions(playground)).toEqual(points);
      await playground.pause();
    });

    test('a worker that stops answering while training is replaced (watchdog)', async ({ page }) => {
      const playground = new PlaygroundPage(page);
      await playground.open('backend=wasm&dataset=circle&n=100&seed=4');
      await playground.clickPlaneAt(5.5, 5.5);
      await expect(playground.points).toHaveCount(101);
      const points = await pointPositions(playground);
      await playUntilEpoch(playground, 10);
      const epochBefore = await playground.epochNumber();

      await trainerWorker(page).evaluate(() => {
        setTimeout(() => (globalThis as unknown as { close(): void }).close());
      });

      await expect(playground.notice).toContainText('The training engine stopped and was restarted from your last weights.', { timeout: 20_000 });
      expect(await playground.epochNumber()).toBeGreaterThanOrEqual(epochBefore);
      await expect.poll(() => playground.epochNumber()).toBeGreaterThan(epochBefore + 20);
      expect(await pointPositions(playground)).toEqual(points);
      await expect(page.getByTestId('point-count')).toContainText('101 points');
      await playground.pause();
    });

    test('paused, a silent worker is left alone', async ({ page }) => {
      const playground = new PlaygroundPage(page);
      await playground.open('backend=wasm&dataset=xor&n=60');
      // Idle for longer than the watchdog's limit: no restart, no notice.
      await page.waitForTimeout(5_500);
      await expect(playground.notice).toBeHidden();
    });
  });

  test('a diverging run pauses itself, says so, and Reset with a lower rate recovers', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('backend=wasm&dataset=circle&n=200&layers=8,8,8&act=linear&lr=10&batch=full&seed=1');
    const points = await pointPositions(playground);
    await playground.play.click();

    await expect(playground.notice).toContainText(/The cost diverged at epoch \d+ .*Lower the learning rate/);
    await expect(playground.play).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByText('No prediction: the cost diverged')).toBeVisible();
    const epoch = await playground.epochNumber();
    expect(await playground.notice.innerText()).toContain(`epoch ${epoch}`);
    expect(await pointPositions(playground)).toEqual(points);
    await expect(page.getByTestId('learning-rate')).toHaveValue('10');

    await page.getByTestId('learning-rate').selectOption('0.03');
    await playground.reset.click();
    await expect(playground.epoch).toHaveText('0');
    await expect(playground.trainCost).toHaveText(/^\d/);
    await expect(page.getByText('No prediction: the cost diverged')).toBeHidden();
    await playground.step.click();
    await expect(playground.epoch).toHaveText('1');
    expect(Number.isFinite(await playground.trainCostNumber())).toBe(true);
    expect(await pointPositions(playground)).toEqual(points);
  });

  test('a click that would pass 5,000 points is refused with a notice', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('backend=wasm&dataset=gauss&n=5000&noise=0');
    await expect(playground.points).toHaveCount(5000);
    await playground.clickPlaneAt(5.7, -5.7);
    await expect(playground.notice).toContainText('The plane holds at most 5000 points, so the point was not added.');
    await expect(playground.points).toHaveCount(5000);
    await expect(page.getByTestId('point-count')).toContainText('5000 points');
  });
});

test('the network downloads as a TensorFlow.js model (model.json and weights)', async ({ page }) => {
  const playground = new PlaygroundPage(page);
  await playground.open('backend=wasm&dataset=xor&n=60&features=x1,x2,x1x2&layers=3&act=leakyrelu');
  await page.getByTestId('share-toggle').click();
  const downloads: Download[] = [];
  page.on('download', (d) => downloads.push(d));
  await page.getByTestId('export-tfjs').click();
  await expect.poll(() => downloads.length).toBe(2);
  const byName = new Map(downloads.map((d) => [d.suggestedFilename(), d]));
  const modelJson = JSON.parse(await readFile((await byName.get('model.json')!.path())!, 'utf8')) as {
    format: string;
    weightsManifest: { paths: string[]; weights: { shape: number[] }[] }[];
    userDefinedMetadata: { inputFeatures: string[] };
  };
  expect(modelJson.format).toBe('layers-model');
  expect(modelJson.weightsManifest[0]!.paths).toEqual(['model.weights.bin']);
  expect(modelJson.userDefinedMetadata.inputFeatures).toEqual(['x1', 'x2', 'x1x2']);
  const shapes = modelJson.weightsManifest[0]!.weights.map((w) => w.shape);
  expect(shapes).toEqual([[3, 3], [3], [3, 1], [1]]);
  const weights = await readFile((await byName.get('model.weights.bin')!.path())!);
  expect(weights.byteLength).toBe(4 * (9 + 3 + 3 + 1));
});
