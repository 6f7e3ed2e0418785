import { test, expect } from './fixtures';
import { PlaygroundPage } from './pages/playground';

// wasm keeps training quick on a software-rendered headless browser.
const BASE = 'dataset=blobs&n=100&backend=wasm';
const SCREENS = 'test-results/screens';

test.use({ viewport: { width: 1280, height: 800 } });

test.describe('training options and inspectors', () => {
  test('optimizer, its default hyperparameters, regularisation and λ are chosen in the training bar', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(BASE);
    await expect(page.getByTestId('optimizer')).toHaveValue('gd');
    await expect(page.getByTestId('optimizer-defaults')).toHaveCount(0);
    await expect(page.getByTestId('lambda')).toBeDisabled();

    await page.getByTestId('optimizer').selectOption('adam');
    await expect(page.getByTestId('optimizer-defaults')).toHaveText('β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸');
    await expect(page).toHaveURL(/opt=adam/);
    await page.getByTestId('optimizer').selectOption('momentum');
    await expect(page.getByTestId('optimizer-defaults')).toHaveText('β = 0.9');

    await page.getByTestId('regularization').selectOption('l2');
    await expect(page.getByTestId('lambda')).toBeEnabled();
    await expect(page.getByTestId('lambda')).toHaveValue('0.1');
    await expect(page).toHaveURL(/reg=l2&lambda=0\.1/);
    await page.getByTestId('lambda').fill('0.5');
    await page.getByTestId('lambda').press('Enter');
    await expect(page).toHaveURL(/lambda=0\.5/);

    // The chosen options train: the cost still falls.
    const startCost = await playground.trainCostNumber();
    await playground.play.click();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(10);
    await playground.pause();
    expect(await playground.trainCostNumber()).toBeLessThan(startCost);
    await page.screenshot({ path: `${SCREENS}/inspector-options.png` });
  });

  test('shapes: every matrix of the current network and m, updated when layers or points change', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`${BASE}&layers=4,3&train=70&batch=full`);
    await playground.toggleInspector('shapes');
    const panel = page.getByTestId('shapes-panel');
    await expect(panel).toBeVisible();
    await expect(page.getByTestId('shapes-m')).toHaveText('m = 70 training examples');
    await expect(panel.getByTestId('shape-X')).toHaveText('(2, 70)');
    const rows = panel.getByTestId('shapes-row');
    await expect(rows).toHaveCount(3);
    const cells = async (row: number) => rows.nth(row).locator('td[data-testid^="shape-"]').allInnerTexts();
    expect(await cells(0)).toEqual(['(4, 2)', '(4, 1)', '(4, 70)', '(4, 70)', '(4, 2)', '(4, 1)']);
    expect(await cells(1)).toEqual(['(3, 4)', '(3, 1)', '(3, 70)', '(3, 70)', '(3, 4)', '(3, 1)']);
    expect(await cells(2)).toEqual(['(1, 3)', '(1, 1)', '(1, 70)', '(1, 70)', '(1, 3)', '(1, 1)']);
    await page.screenshot({ path: `${SCREENS}/inspector-shapes.png`, fullPage: true });

    // A neuron more in layer 1, a feature more, a training point more.
    await page.locator('[data-testid="add-unit"][data-layer="1"]').click();
    await page.locator('[data-testid="feature"][data-feature="x1x2"]').click();
    await page.getByTestId('class-0').click();
    await playground.clickPlaneAt(-5.5, 5.5);
    await expect(page.getByTestId('shapes-m')).toHaveText('m = 71 training examples');
    expect(await cells(0)).toEqual(['(5, 3)', '(5, 1)', '(5, 71)', '(5, 71)', '(5, 3)', '(5, 1)']);
    expect(await cells(1)).toEqual(['(3, 5)', '(3, 1)', '(3, 71)', '(3, 71)', '(3, 5)', '(3, 1)']);

    await panel.getByTestId('inspector-close').click();
    await expect(panel).toHaveCount(0);
    await expect(page.getByTestId('inspector-shapes')).toHaveAttribute('aria-pressed', 'false');
  });

  test('neuron: clicking a neuron shows its map, incoming weights, bias and equation with the numbers', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`${BASE}&layers=4,2`);
    const neuron = playground.neuronsOf(2).nth(1);
    await neuron.click();
    const inspector = page.getByTestId('neuron-inspector');
    await expect(inspector).toBeVisible();
    await expect(inspector).toContainText('Layer 2, neuron 2');
    await expect(neuron).toHaveAttribute('aria-pressed', 'true');
    // Four inputs from layer 1, each with its weight and current gradient, and the bias.
    await expect(inspector.getByTestId('neuron-weight-row')).toHaveCount(4);
    await expect(inspector.getByTestId('neuron-weight').first()).toHaveText(/^−?\d\.\d{3}$/);
    await expect(inspector.getByTestId('neuron-weight-gradient').first()).toHaveText(/^−?\d\.\d{5}$/);
    await expect(inspector.getByTestId('neuron-bias')).toHaveText('0.000');
    // The equation is TeX set by KaTeX: its source holds the numbers, its MathML reads them out.
    const equation = inspector.getByTestId('neuron-equation').locator('[data-tex]');
    await expect(equation).toHaveAttribute('data-tex', /^z\^\{\[2\]\}_\{2\} = -?\d\.\d{3} \\cdot a\^\{\[1\]\}_\{1\}( [+-] \d\.\d{3} \\cdot a\^\{\[1\]\}_\{[2-4]\}){3} \+ 0\.000$/);
    await expect(equation.locator('.katex-html')).toBeVisible();
    await expect(equation.locator('math')).toHaveText(/^z2\[2\]=−?\d\.\d{3}⋅a1\[1\]/);

    // The inspector's weight agrees with the diagram's W[2] row 2, column 3.
    const shown = Number((await inspector.getByTestId('neuron-weight').nth(2).innerText()).replace('−', '-'));
    // Hover the connections as a person would until the tooltip names W[2] row 2, column 3.
    const connections = page.locator('[data-testid="connection"]');
    let label: string | undefined;
    for (let i = 0; i < (await connections.count()) && !label; i++) {
      await connections.nth(i).hover({ force: true });
      // The middle of a curved connection's box can miss the curve (or land on a neuron): no tooltip then, try the next.
      const tooltip = page.getByTestId('tooltip');
      const isShown = await tooltip.waitFor({ state: 'visible', timeout: 2000 }).then(() => true, () => false);
      const text = isShown ? await tooltip.innerText() : '';
      if (text.startsWith('W[2] row 2, column 3 = ')) label = text;
    }
    expect(label).toBeDefined();
    expect(Number(label!.split('= ')[1])).toBeCloseTo(shown, 3);

    // The big map is the thumbnail, larger: the thumbnail samples the same pixels.
    expect(await playground.isDownsampledCopy(neuron, inspector)).toBe(true);

    await playground.step.click();
    await expect(playground.epoch).toHaveText('1');
    await expect(inspector.getByTestId('neuron-bias')).not.toHaveText('0.000');
    await inspector.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENS}/inspector-neuron.png`, fullPage: true });
    await inspector.screenshot({ path: `${SCREENS}/inspector-neuron-panel.png` });

    // Clicking it again closes the inspector.
    await neuron.click();
    await expect(inspector).toHaveCount(0);
  });

  test('init=zeros: the 4 units of a hidden layer stay identical while training (the symmetry problem)', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`${BASE}&layers=4&init=zeros&act=sigmoid&batch=full&lr=1`);
    const units = playground.neuronsOf(1);
    await expect(units).toHaveCount(4);
    const before = await playground.canvasPixels(units);
    expect(new Set(before).size).toBe(1);

    await playground.play.click();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(100);
    await playground.pause();
    const after = await playground.canvasPixels(units);
    // Training moved them (their maps changed) but every unit still draws the same map.
    expect(after[0]).not.toBe(before[0]);
    expect(new Set(after).size).toBe(1);

    // And the same weights and bias, by the numbers.
    const numbersOf = async (unit: number) => {
      await units.nth(unit).click();
      const inspector = page.getByTestId('neuron-inspector');
      await expect(inspector).toContainText(`neuron ${unit + 1}`);
      return [...(await inspector.getByTestId('neuron-weight').allInnerTexts()), await inspector.getByTestId('neuron-bias').innerText()];
    };
    const first = await numbersOf(0);
    expect(first.some((v) => v !== '0.000')).toBe(true);
    for (const unit of [1, 2, 3]) expect(await numbersOf(unit)).toEqual(first);
    await page.screenshot({ path: `${SCREENS}/inspector-zeros.png`, fullPage: true });
  });

  test('gradients: the connections are drawn by dW instead of W, with dW and db on hover', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`${BASE}&layers=4`);
    const diagram = page.getByTestId('network-diagram');
    const widths = () => page.getByTestId('connection').evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke-width')).join(' '));
    await expect(diagram).toHaveAttribute('data-edge-mode', 'weight');
    const weightWidths = await widths();

    await playground.toggleInspector('gradients');
    await expect(page.getByTestId('inspector-gradients')).toHaveAttribute('aria-pressed', 'true');
    await expect(diagram).toHaveAttribute('data-edge-mode', 'gradient');
    await expect.poll(widths).not.toBe(weightWidths);

    await playground.neuronsOf(1).first().hover();
    await expect(page.getByTestId('tooltip')).toHaveText(/db\[1\] row 1 = −?-?\d.*b\[1\] row 1 = /);
    const connection = page.getByTestId('connection').first();
    const box = await connection.boundingBox();
    if (!box) throw new Error('connection not visible');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.getByTestId('tooltip')).toContainText('dW[1] row 1, column 1 = ');
    await page.screenshot({ path: `${SCREENS}/inspector-gradients.png`, fullPage: true });

    await playground.toggleInspector('gradients');
    await expect(diagram).toHaveAttribute('data-edge-mode', 'weight');
    await expect.poll(widths).toBe(weightWidths);
  });

  test('activation: g and g′ per layer; the plot changes with the activation', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`${BASE}&layers=4,2`);
    await playground.toggleInspector('activation');
    const panel = page.getByTestId('activation-panel');
    await expect(panel.getByTestId('activation-plot')).toHaveCount(3);
    const first = panel.locator('[data-testid="activation-plot"][data-layer="1"]');
    await expect(first).toHaveAttribute('data-activation', 'tanh');
    const tanhPath = await first.getByTestId('activation-g').getAttribute('d');
    const tanhSlope = await first.getByTestId('activation-dg').getAttribute('d');
    await panel.screenshot({ path: `${SCREENS}/inspector-activation.png` });

    await page.getByTestId('activation-select').first().selectOption('relu');
    await expect(first).toHaveAttribute('data-activation', 'relu');
    expect(await first.getByTestId('activation-g').getAttribute('d')).not.toBe(tanhPath);
    expect(await first.getByTestId('activation-dg').getAttribute('d')).not.toBe(tanhSlope);
    // The output is always the sigmoid.
    await expect(panel.locator('[data-testid="activation-plot"][data-layer="3"]')).toHaveAttribute('data-activation', 'sigmoid');
    await page.screenshot({ path: `${SCREENS}/inspector-activation-page.png`, fullPage: true });
  });

  test('equations: forward and backward propagation with the current L and optimizer', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`${BASE}&layers=4,2&reg=l2&lambda=0.7`);
    await playground.toggleInspector('equations');
    const panel = page.getByTestId('equations-panel');
    await expect(panel).toContainText('Equations (L = 3)');
    // Every formula is set by KaTeX, with MathML for screen readers (its text is read here).
    await expect(panel.locator('.katex-html').first()).toBeVisible();
    await expect(panel.getByTestId('equations-activations').locator('math')).toHaveText(/^g\[1\]=tanh\u2061?,\s*g\[2\]=tanh\u2061?,\s*g\[3\]=σ/);
    await expect(panel.getByTestId('equation-backward-dzL').locator('math')).toHaveText(/^dZ\[3\]=A\[3\]−Y/);
    await expect(panel.getByTestId('equation-cost').locator('math').first()).toContainText('∑i=1m');
    await expect(panel.getByTestId('equation-cost').locator('[data-tex$="lambda = 0.7)"]')).toBeVisible();
    await expect(panel.getByTestId('equation-update')).toHaveAttribute('data-optimizer', 'gd');
    await panel.screenshot({ path: `${SCREENS}/inspector-equations.png` });

    await page.getByTestId('add-layer').click();
    await expect(panel).toContainText('Equations (L = 4)');
    await page.getByTestId('optimizer').selectOption('adam');
    await expect(panel.getByTestId('equation-update')).toHaveAttribute('data-optimizer', 'adam');
    await expect(panel.getByTestId('equation-update').locator('[data-tex*="varepsilon = 10^{-8}"]')).toBeVisible();
    await panel.screenshot({ path: `${SCREENS}/inspector-equations-adam.png` });
  });

  test('wide layers: up to 64 units, drawn compactly with hover details', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`${BASE}&layers=63,16`);
    await expect(playground.neurons).toHaveCount(63 + 16 + 1);
    const add = page.locator('[data-testid="add-unit"][data-layer="1"]');
    await add.click();
    await expect(playground.neuronsOf(1)).toHaveCount(64);
    await expect(add).toBeDisabled();
    await expect(page).toHaveURL(/layers=64,16/);
    await expect(page.getByTestId('connections-thinned')).toBeVisible();
    // The wide diagram keeps its width: the output column stays beside it at 1280 px.
    const diagramBox = await page.getByTestId('network-diagram').boundingBox();
    const planeBox = await playground.plane.boundingBox();
    expect(planeBox!.x).toBeGreaterThan(diagramBox!.x + diagramBox!.width);
    expect(planeBox!.y).toBeLessThan(diagramBox!.y + diagramBox!.height);
    // The compact thumbnails do not overlap and stay hoverable.
    const boxes = await playground.neuronsOf(1).evaluateAll((nodes) => nodes.map((n) => n.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes[0]!.width).toBeLessThan(36);
    for (let i = 1; i < boxes.length; i++) {
      const a = boxes[i - 1]!;
      const b = boxes[i]!;
      expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true);
    }
    await playground.neuronsOf(1).nth(40).hover();
    await expect(page.getByTestId('tooltip')).toHaveText(/^Layer 1, neuron 41 · b\[1\] row 41 = /);
    await playground.play.click();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(3);
    await playground.pause();
    await page.screenshot({ path: `${SCREENS}/inspector-wide.png`, fullPage: true });
  });
});
