import { test, expect } from './fixtures';
import { PlaygroundPage } from './pages/playground';

// Forced wasm (the plain-JS engine) keeps training quick and the same on every machine.
const FAST = 'backend=wasm&speed=max';

test.describe('diagnostics say why a run is failing', () => {
  test('a learning rate of 10 on ReLU units: diverging, with a smaller α to try and its lesson', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`dataset=spiral&layers=8,8&act=relu&lr=10&batch=full&${FAST}`);
    await expect(page.getByTestId('diagnostic')).toHaveCount(0);
    await playground.play.click();
    const diverging = page.locator('[data-testid=diagnostic][data-kind=diverging]');
    await expect(diverging).toContainText('α = 10 is too large');
    await expect(diverging).toContainText('Try α = 0.3');
    await expect(diverging.getByTestId('diagnostic-lesson')).toHaveAttribute('href', /\/lessons\/learning-rate\/(\?|$)/);
    // The health strip shows the dead units of a ReLU layer as a bar, with the figure on hover.
    const shares = () => page.getByTestId('health-layer').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-failing-share'))));
    await expect.poll(async () => Math.max(...(await shares()))).toBeGreaterThanOrEqual(0.5);
    await expect(page.getByTestId('health-layer').first()).toHaveAttribute('title', /Hidden layer 1 · \d+ % of the units dead · ‖dW\[1\]‖ = /);
  });

  test('zero initialisation: the units are symmetric; dismissed, the diagnosis goes and does not return while it holds', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`dataset=flower&noise=0&layers=4&act=sigmoid&init=zeros&batch=full&lr=1.2&${FAST}`);
    await playground.play.click();
    const symmetric = page.locator('[data-testid=diagnostic][data-kind=symmetric]');
    await expect(symmetric).toContainText('Every unit of hidden layer 1 computes the same function');
    await expect(page.getByTestId('health-layer').first()).toHaveAttribute('title', /all 4 units identical/);
    await symmetric.getByTestId('diagnostic-dismiss').click();
    await expect(symmetric).toHaveCount(0);
    const epoch = await playground.epochNumber();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(epoch + 200);
    await expect(symmetric).toHaveCount(0);
    // Reset and random initialisation: the condition ends.
    await playground.play.click();
    await page.getByTestId('init').selectOption('xavier');
    await playground.play.click();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(300);
    await expect(page.getByTestId('diagnostic')).toHaveCount(0);
  });

  test('logistic regression on the circle underfits; the words are Chinese on a Chinese page', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`dataset=circle&layers=none&batch=full&lr=0.3&lang=zh&${FAST}`);
    await playground.play.click();
    await expect(page.locator('[data-testid=diagnostic][data-kind=underfitting]')).toContainText('一条直线无法分开这些点');
  });

  test('six sigmoid layers: the gradients vanish on their way back, and the strip shows it across depth', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`dataset=spiral&layers=8,8,8,8,8,8&act=sigmoid&${FAST}`);
    await playground.play.click();
    await expect(page.locator('[data-testid=diagnostic][data-kind=vanishing-gradients]')).toContainText('The gradients vanish on their way back');
    // The strip is refreshed a few times a second; the ratio wanders around 1/100 while the diagnosis holds.
    const norms = () => page.getByTestId('health-layer').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-gradient-norm'))));
    expect(await norms()).toHaveLength(7);
    await expect.poll(async () => {
      const n = await norms();
      return n[0]! < n[6]! / 100;
    }).toBe(true);
  });

  const HEALTHY = [
    'dataset=circle',
    'dataset=xor',
    'dataset=gauss',
    'dataset=moons',
    'dataset=blobs',
    'dataset=flower&layers=4&lr=1.2&batch=full',
    'dataset=spiral&layers=8,8',
  ];
  test('a healthy run of every dataset is told nothing', async ({ page }) => {
    test.setTimeout(120_000);
    const playground = new PlaygroundPage(page);
    for (const query of HEALTHY) {
      await playground.open(`${query}&until=2000&${FAST}`);
      await playground.play.click();
      await expect(playground.epoch, query).toHaveText('2,000', { timeout: 30_000 });
      await expect(page.getByTestId('diagnostic'), query).toHaveCount(0);
    }
  });
});

test.describe('diagnostics wherever the run is', () => {
  test('in presenter mode, on a lesson page, and in an embed’s progress messages; the list is a polite live region', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`dataset=circle&layers=none&batch=full&lr=0.3&${FAST}`);
    await page.keyboard.press('p');
    await expect(page.getByTestId('playground')).toHaveAttribute('data-presenter', 'true');
    await playground.play.click();
    const underfitting = page.locator('[data-testid=diagnostic][data-kind=underfitting]');
    await expect(underfitting).toBeVisible();
    await expect(underfitting).toBeInViewport();
    await expect(page.getByTestId('diagnostics')).toHaveAttribute('aria-live', 'polite');

    // A lesson that sets out to show the failure names it (lesson 2: a straight line on the flower).
    await page.goto('/lessons/straight-line/?lang=en');
    await page.getByTestId('play').click();
    await expect(page.locator('[data-testid=diagnostic][data-kind=underfitting]')).toBeVisible();

    // An embed in a page of the same site: its progress messages carry the diagnoses by kind.
    await page.goto('/lessons/?lang=en');
    await page.evaluate(() => {
      const w = window as unknown as { received: { type: string; diagnostics?: string[] }[] };
      w.received = [];
      window.addEventListener('message', (event) => w.received.push(event.data));
      const frame = document.createElement('iframe');
      frame.src = '/embed/?dataset=circle&layers=none&batch=full&lr=0.3&backend=wasm&speed=max&autoplay=1';
      frame.style.width = '800px';
      frame.style.height = '600px';
      document.body.appendChild(frame);
    });
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { received: { type: string; diagnostics?: string[] }[] }).received.some((m) => m.type === 'progress' && (m.diagnostics ?? []).includes('underfitting'))), { timeout: 30_000 })
      .toBe(true);
  });
});
