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
    const norms = await page.getByTestId('health-layer').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-gradient-norm'))));
    expect(norms).toHaveLength(7);
    expect(norms[0]!).toBeLessThan(norms[6]! / 100);
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
