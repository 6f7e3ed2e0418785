import { test, expect } from './fixtures';
import { LessonPage, lessonSlugs } from './pages/lesson';

/**
 * Every lesson opens its preset, and its check turns green once the learner has done what the
 * lesson asks, driven here as a person would: play, change a menu, click a button.
 */
test.describe('lessons', () => {
  test('the index lists every lesson in the course’s order, by week and section, and links to each', async ({ page }) => {
    await page.goto('/lessons/?lang=en');
    const links = page.getByTestId('lesson-link');
    await expect(links).toHaveCount(lessonSlugs().length);
    expect(await links.evaluateAll((all) => all.map((a) => a.getAttribute('data-slug')))).toEqual(lessonSlugs());
    await expect(links.first()).toContainText('Logistic regression is one neuron');
    await expect(page.getByTestId('lesson-week')).toHaveCount(3);
    const week3 = page.locator('[data-testid=lesson-week][data-week="3"]');
    await expect(week3.getByRole('heading')).toHaveText('Week 3 · Shallow neural networks');
    const oneHidden = week3.locator('[data-slug=one-hidden-layer]');
    await expect(oneHidden.getByTestId('lesson-link-section')).toHaveText('§3.3');
    await oneHidden.click();
    await expect(page).toHaveURL(/\/lessons\/one-hidden-layer\/\?lang=en$/);
    await expect(page.getByTestId('lesson-title')).toContainText('One hidden layer');
  });

  test('a lesson’s maths is typeset by KaTeX at build time, with its own fonts and MathML', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const lesson = new LessonPage(page);
    await lesson.open('backpropagation', 'en');
    const text = page.getByTestId('lesson-text');
    // dW[l] = (1/m) dZ[l] A[l−1]ᵀ as the course sets it: a fraction, superscripts, and the MathML a screen reader reads.
    const dW = text.locator('.katex', { has: page.locator('annotation', { hasText: 'dW^{[l]} = \\frac{1}{m}' }) });
    await expect(dW).toHaveCount(1);
    await expect(dW.locator('.katex-html .mfrac')).toBeVisible();
    await expect(dW.locator('math mfrac')).toHaveCount(1);
    await expect(text).not.toContainText('$');
    // KaTeX's fonts come from the build (no CDN) and are in use.
    await expect.poll(() => page.evaluate(() => document.fonts.check('16px KaTeX_Main') && document.fonts.check('16px KaTeX_Math'))).toBe(true);
    const fonts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => /KaTeX_/.test(n)));
    expect(fonts.length).toBeGreaterThan(0);
    for (const url of fonts) expect(new URL(url).origin).toBe(new URL(page.url()).origin);
    // No maths JavaScript: the page's scripts do not include KaTeX's parser.
    for (const url of scripts) expect(await (await page.request.get(url)).text(), url).not.toContain('KaTeX parse error');
  });

  test('previous and next links walk through the course and keep the language', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('logistic-regression', 'zh');
    await expect(page.getByTestId('lesson-previous')).toHaveCount(0);
    await page.getByTestId('lesson-next').click();
    const slugs = lessonSlugs();
    await expect(page).toHaveURL(new RegExp(`/lessons/${slugs[1]}/\\?lang=zh$`));
    await expect(lesson.title).toHaveText(/^2\s*[\u4e00-\u9fff]/);
    await expect(page.getByTestId('lesson-number')).toHaveText(`第 2 课，共 ${slugs.length} 课`);
    await expect(page.getByTestId('lesson-section')).toHaveText(/^课程 §2\.\d/);
    await lesson.playground.waitUntilReady();
    await page.getByTestId('lesson-previous').click();
    await expect(page).toHaveURL(/\/lessons\/logistic-regression\/\?lang=zh$/);
  });

  test('1 logistic regression: J falls and the blobs are separated', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('logistic-regression');
    await expect(lesson.layerCount).toHaveText('no hidden layer (logistic regression)');
    await expect(lesson.learningRate).toHaveValue('0.3');
    await expect(lesson.batchSize).toHaveValue('full');
    await lesson.play();
    await lesson.expectPassed();
    await expect.poll(() => lesson.playground.trainCostNumber()).toBeLessThan(0.2);
  });

  test('2 a straight line stalls on the flower', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('straight-line');
    await expect(lesson.layerCount).toHaveText('no hidden layer (logistic regression)');
    await expect(lesson.until).toHaveValue('300');
    await lesson.play();
    await lesson.expectPassed();
    await expect(page.getByTestId('train-accuracy')).toHaveText(/^[4-6]\d\.\d %$/);
  });

  test('3 one hidden layer of four tanh units finds the petals', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('one-hidden-layer');
    await expect(page.locator('[data-testid="neuron"][data-layer="1"]')).toHaveCount(4);
    await expect(lesson.activations.first()).toHaveValue('tanh');
    // As in the course: small random weights, N(0, 1) · 0.01.
    await expect(lesson.init).toHaveValue('small');
    await expect(lesson.learningRate).toHaveValue('1.2');
    await lesson.play();
    await lesson.expectPassed();
  });

  test('4 backpropagation, one step at a time: the check passes once one step is followed to its update', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('backpropagation');
    const slugs = lessonSlugs();
    await expect(page.getByTestId('lesson-number')).toHaveText(`Lesson ${slugs.indexOf('backpropagation') + 1} of ${slugs.length}`);
    await expect(page.getByTestId('lesson-section')).toHaveText('Course §3.9–3.10');
    await page.getByTestId('step-through').click();
    const stage = page.getByTestId('stepper-stage');
    await expect(stage).toHaveAttribute('data-stage', 'forward-1');
    await expect(page.getByTestId('stepper-m')).toHaveText('10');
    for (const next of ['forward-2', 'cost', 'backward-2', 'backward-1']) {
      await page.keyboard.press('ArrowRight');
      await expect(stage).toHaveAttribute('data-stage', next);
    }
    await expect(page.getByTestId('lesson-check')).not.toHaveAttribute('data-passed', 'true');
    await page.getByTestId('stepper-next').click();
    await expect(stage).toHaveAttribute('data-stage', 'update');
    await lesson.expectPassed();
    await expect(lesson.playground.stepCount).toHaveText('1');
  });

  test('5 activation functions: train with sigmoid, then with ReLU', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('activation-functions');
    await expect(lesson.activations.first()).toHaveValue('sigmoid');
    await lesson.play();
    await lesson.waitForEpoch(60);
    await lesson.playground.pause();
    await expect(lesson.check).toHaveAttribute('data-passed', 'false');
    await lesson.activations.first().selectOption('relu');
    await lesson.play();
    await lesson.expectPassed();
  });

  test('6 linear layers stay straight; tanh closes the circle', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('why-non-linear');
    await expect(lesson.activations).toHaveCount(2);
    await expect(lesson.activations.nth(0)).toHaveValue('linear');
    await expect(lesson.activations.nth(1)).toHaveValue('linear');
    await lesson.play();
    await lesson.waitForEpoch(150);
    await lesson.playground.pause();
    await expect(lesson.check).toHaveAttribute('data-passed', 'false');
    await lesson.activations.nth(0).selectOption('tanh');
    // The text says so: a new activation re-initialises the weights, and training starts again.
    await expect.poll(() => lesson.playground.epochNumber()).toBe(0);
    await lesson.play();
    await lesson.expectPassed();
  });

  test('7 zeros keep sigmoid units identical and tanh units dead; small random weights break the symmetry', async ({ page }) => {
    const lesson = new LessonPage(page);
    const { playground } = lesson;
    const hiddenMaps = () => playground.canvasPixels(playground.neuronsOf(1));
    await lesson.open('random-initialisation');
    await expect(lesson.init).toHaveValue('zeros');
    await expect(lesson.activations.first()).toHaveValue('sigmoid');
    await expect(playground.neuronsOf(1)).toHaveCount(4);
    const startCost = await playground.trainCostNumber();
    await lesson.play();
    await lesson.waitForEpoch(40);
    // J falls a little, yet the four hidden maps stay the same.
    await expect.poll(() => playground.trainCostNumber()).toBeLessThan(startCost);
    await playground.pause();
    expect(new Set(await hiddenMaps()).size).toBe(1);
    await expect(lesson.check).toHaveAttribute('data-passed', 'false');

    // tanh from zeros: every hidden unit outputs 0, and its map does not move at all.
    await lesson.activations.first().selectOption('tanh');
    await expect.poll(() => playground.epochNumber()).toBe(0);
    const deadMaps = await hiddenMaps();
    await lesson.play();
    await lesson.waitForEpoch(40);
    await playground.pause();
    expect(await hiddenMaps()).toEqual(deadMaps);
    expect(new Set(deadMaps).size).toBe(1);
    await expect(lesson.check).toHaveAttribute('data-passed', 'false');

    await lesson.init.selectOption('small');
    await lesson.play();
    await lesson.expectPassed();
  });

  test('8 a learning rate of 10 diverges; 0.3 converges', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('learning-rate');
    await expect(lesson.learningRate).toHaveValue('10');
    await lesson.play();
    // The run stops at its 1000 epochs (20 s at the lesson's 50 epochs/s), so J at any one moment may be
    // back down; the chart keeps the whole run, and its J axis shows how far the cost shot up.
    await lesson.waitForEpoch(1000);
    await expect(lesson.playground.play).toHaveAttribute('aria-pressed', 'false');
    expect(await lesson.playground.costAxisTop()).toBeGreaterThan(1);
    await lesson.learningRate.selectOption('0.3');
    await lesson.playground.reset.click();
    await expect.poll(() => lesson.playground.epochNumber()).toBe(0);
    await lesson.play();
    await lesson.expectPassed();
  });

  test('9 the spiral needs depth: 1 × 8, then 3 × 8', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('going-deep');
    await expect(lesson.layerCount).toHaveText('1 hidden layer');
    await lesson.play();
    await lesson.waitForEpoch(100);
    await lesson.playground.pause();
    await page.getByTestId('add-layer').click();
    await page.getByTestId('add-layer').click();
    await expect(lesson.layerCount).toHaveText('3 hidden layers');
    await expect(page.locator('[data-testid="neuron"][data-layer="3"]')).toHaveCount(8);
    await lesson.play();
    await lesson.expectPassed();
  });

  test('10 one unit underfits; three capture the petals; twenty overfit', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('hidden-layer-size');
    const size = (units: number) => page.locator(`[data-testid="unit-size"][data-units="${units}"]`);
    await expect(size(1)).toHaveAttribute('aria-pressed', 'true');
    await lesson.play();
    await lesson.waitForEpoch(150);
    await lesson.playground.pause();
    // Three units capture the petals, but their gap between training and test is no overfitting yet.
    await size(3).click();
    await expect(size(3)).toHaveAttribute('aria-pressed', 'true');
    await lesson.play();
    await lesson.waitForEpoch(300);
    await lesson.playground.pause();
    await expect(lesson.check).toHaveAttribute('data-passed', 'false');
    await size(20).click();
    await expect(size(20)).toHaveAttribute('aria-pressed', 'true');
    await lesson.play();
    await lesson.expectPassed();
  });

  test('11 parameters follow the layer sizes; hyperparameters are listed', async ({ page }) => {
    const lesson = new LessonPage(page);
    await lesson.open('parameters-hyperparameters');
    await expect(page.getByTestId('parameter-count')).toHaveText('17 learned numbers');
    await expect(page.getByTestId('hp-learningRate')).toHaveText('0.3');
    await expect(page.getByTestId('hp-units')).toHaveText('4');
    await lesson.play();
    await lesson.waitForEpoch(60);
    await lesson.playground.pause();
    await page.locator('[data-testid="add-unit"][data-layer="1"]').click();
    await expect(page.getByTestId('parameter-count')).toHaveText('21 learned numbers');
    await expect(page.getByTestId('hp-units')).toHaveText('5');
    await lesson.play();
    await lesson.expectPassed();
  });
});
