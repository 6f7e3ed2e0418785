import { test, expect } from './fixtures';
import { LessonPage } from './pages/lesson';
import { PlaygroundPage } from './pages/playground';

/** Logistic regression on 100 blobs, full batch, on wasm: thousands of epochs per second. */
const FAST = 'dataset=blobs&n=100&layers=none&lr=0.3&batch=full&backend=wasm';

/** The training bar never goes dead, says what it refuses, and lets training be watched (issue 11). */
test.describe('training bar', () => {
  test('at the stop epoch, Play trains on and moves the stop epoch on by the same span', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(FAST);
    await playground.typeInto(playground.until, '20');
    await expect(page).toHaveURL(/until=20(&|$)/);
    await playground.play.click();
    await expect(playground.epoch).toHaveText('20');
    await expect(playground.play).toHaveAttribute('aria-pressed', 'false');
    await playground.play.click();
    await expect(playground.until).toHaveValue('40');
    await expect(page).toHaveURL(/until=40(&|$)/);
    await expect(playground.epoch).toHaveText('40');
    await expect(playground.play).toHaveAttribute('aria-pressed', 'false');
  });

  test('after the cost diverged, Play with a smaller α starts again from fresh weights', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('backend=wasm&dataset=circle&n=200&layers=8,8,8&act=linear&lr=10&batch=full&seed=1');
    await playground.play.click();
    await expect(playground.notice).toContainText(/The cost diverged at epoch \d+/);
    await expect(playground.play).toHaveAttribute('aria-pressed', 'false');
    await page.getByTestId('learning-rate').selectOption('0.03');
    await playground.play.click();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThanOrEqual(50);
    await playground.pause();
    expect(Number.isFinite(await playground.trainCostNumber())).toBe(true);
    await expect(playground.notice).toBeHidden();
  });

  test('a stop epoch typed below the current epoch does not make Play dead', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(FAST);
    await playground.play.click();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThanOrEqual(30);
    await playground.pause();
    const pausedAt = await playground.epochNumber();
    await playground.typeInto(playground.until, '10');
    await playground.play.click();
    await expect(playground.until).toHaveValue(String(pausedAt + 10));
    await expect.poll(() => playground.epochNumber()).toBe(pausedAt + 10);
    await expect(playground.play).toHaveAttribute('aria-pressed', 'false');
  });

  test('lesson 7 as written: α = 10 runs to its stop epoch, then 0.001 and Play trains on, then 0.3, reset and play', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('learning-rate');
    await expect(lesson.learningRate).toHaveValue('10');
    // The lesson starts at a watchable speed; a teacher in a hurry presses max.
    await page.getByTestId('speed-max').click();
    await lesson.play();
    await lesson.waitForEpoch(1000);
    await expect(lesson.playground.play).toHaveAttribute('aria-pressed', 'false');
    await lesson.learningRate.selectOption('0.001');
    await lesson.play();
    await expect(lesson.until).toHaveValue('2000');
    await expect.poll(() => lesson.playground.epochNumber()).toBeGreaterThan(1000);
    await lesson.playground.pause();
    await lesson.learningRate.selectOption('0.3');
    await lesson.playground.reset.click();
    await expect.poll(() => lesson.playground.epochNumber()).toBe(0);
    await lesson.play();
    await lesson.expectPassed();
  });

  test('lesson 2 as written: after the stop epoch another learning rate trains on', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('straight-line');
    await page.getByTestId('speed-max').click();
    await lesson.play();
    await lesson.waitForEpoch(300);
    await expect(lesson.playground.play).toHaveAttribute('aria-pressed', 'false');
    await lesson.learningRate.selectOption('0.1');
    await lesson.play();
    await expect(lesson.until).toHaveValue('600');
    await expect(lesson.playground.epoch).toHaveText('600');
  });

  test('Play with no training points asks for points instead of running a clock at epoch 0', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(FAST);
    await page.getByTestId('clear').click();
    await expect(playground.points).toHaveCount(0);
    await playground.play.click();
    await expect(page.getByTestId('play-hint')).toBeVisible();
    await expect(page.getByTestId('play-hint')).toContainText('Add points');
    await expect(playground.play).toHaveAttribute('aria-pressed', 'false');
    await expect(playground.epoch).toHaveText('0');
    await playground.clickPlaneAt(-2, 2);
    await playground.clickPlaneAt(2, -2, ['Shift']);
    await expect(playground.points).toHaveCount(2);
    await expect(page.getByTestId('play-hint')).toHaveCount(0);
    await playground.play.click();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(0);
  });

  test('a typed value out of range says the allowed range next to the field and keeps the applied value', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`${FAST}&reg=l2&lambda=0.1`);
    const lr = page.getByTestId('learning-rate-input');
    await playground.typeInto(lr, '0');
    await expect(page.getByTestId('field-error-lr')).toBeVisible();
    await expect(page.getByTestId('field-error-lr')).toContainText('0.00001');
    await expect(page.getByTestId('field-error-lr')).toContainText('10');
    await expect(lr).toHaveValue('0');
    await expect(page.getByTestId('learning-rate')).toHaveValue('0.3');
    await expect(page).toHaveURL(/lr=0\.3(&|$)/);
    // Corrected: the message goes and the value is applied.
    await playground.typeInto(lr, '0.1');
    await expect(page.getByTestId('field-error-lr')).toHaveCount(0);
    await expect(page.getByTestId('learning-rate')).toHaveValue('0.1');
    await expect(page).toHaveURL(/lr=0\.1(&|$)/);

    await playground.typeInto(page.getByTestId('lambda'), '-1');
    await expect(page.getByTestId('field-error-lambda')).toContainText('0');
    await expect(page).toHaveURL(/lambda=0\.1(&|$)/);

    // A stop epoch must be a whole number: 1.5 is refused, not silently run as 1.
    await playground.typeInto(playground.until, '1.5');
    await expect(page.getByTestId('field-error-until')).toBeVisible();
    await expect(playground.until).toHaveValue('1.5');
    await expect(page).not.toHaveURL(/until=/);
    // Leaving the field puts back the applied value; the message stays until a value is applied.
    await page.getByTestId('epoch').click();
    await expect(playground.until).toHaveValue('');
    await expect(page.getByTestId('field-error-until')).toBeVisible();
  });

  test('at 1 step/s each step is drawn: the step readout goes up by one at a time', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('dataset=blobs&n=100&layers=none&lr=0.3&batch=10&backend=wasm');
    await playground.setSpeed('1 step/s');
    await playground.play.click();
    const seen: number[] = [await playground.stepNumber()];
    await expect
      .poll(
        async () => {
          const step = await playground.stepNumber();
          if (step !== seen[seen.length - 1]) seen.push(step);
          return seen.length;
        },
        { intervals: [100], timeout: 20_000 },
      )
      .toBeGreaterThanOrEqual(4);
    expect(seen.slice(1).map((step, i) => step - seen[i]!)).toEqual([1, 1, 1]);
  });

  test('lessons start at a watchable speed with max one click away; the speed is in the URL', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('logistic-regression');
    await expect(lesson.playground.speed).toHaveAttribute('aria-valuetext', '30 epochs/s');
    await page.getByTestId('speed-max').click();
    await expect(lesson.playground.speed).toHaveAttribute('aria-valuetext', 'max');

    const playground = new PlaygroundPage(page);
    await playground.open(`${FAST}&speed=2steps`);
    await expect(playground.speed).toHaveAttribute('aria-valuetext', '2 steps/s');
    await playground.setSpeed('10 epochs/s');
    await expect(page).toHaveURL(/speed=10(&|$)/);
    await page.getByTestId('speed-max').click();
    await expect(page).not.toHaveURL(/speed=/);
  });

  test('the toolbar does not shift sideways as the epoch count and steps/s grow', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(FAST);
    const controls = ['play', 'learning-rate', 'batch-size', 'until', 'speed', 'backend'].map((id) => page.getByTestId(id));
    const xs = () => Promise.all(controls.map(async (c) => Math.round((await c.boundingBox())?.x ?? NaN)));
    const atStart = await xs();
    await playground.play.click();
    await expect.poll(() => playground.epochNumber(), { timeout: 45_000 }).toBeGreaterThanOrEqual(10_000);
    expect(await xs()).toEqual(atStart);
    await playground.pause();
    expect(await xs()).toEqual(atStart);
  });
});
