import { test, expect } from './fixtures';
import { NetworkDiagramPart } from './pages/network-diagram';
import { PlaygroundPage } from './pages/playground';

// wasm keeps training quick on a software-rendered headless browser (backend=wasm in every query).
const NETWORKS = ['layers=4,2,2,2,2,2', 'layers=8,8,8,8,8,8&act=leakyRelu'];
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
];

for (const viewport of VIEWPORTS) {
  for (const network of NETWORKS) {
    test.describe(`six hidden layers (${network}) at ${viewport.width}×${viewport.height}`, () => {
      test.use({ viewport });

      test('every header is whole and apart, and Inputs and Output are not covered', async ({ page }) => {
        const playground = new PlaygroundPage(page);
        const diagram = new NetworkDiagramPart(page);
        await playground.open(`${network}&backend=wasm`);
        await expect(diagram.headers).toHaveCount(6);
        const boxes = await diagram.headerBoxes();
        for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left, `header ${i + 1} starts after header ${i} ends`).toBeGreaterThanOrEqual(boxes[i - 1]!.right);
        for (let layer = 1; layer <= 6; layer++) {
          await diagram.header(layer).scrollIntoViewIfNeeded();
          // Polled: the headers take their compact or full form once the diagram has measured its box.
          await expect.poll(() => diagram.hiddenTexts(diagram.header(layer)), `header ${layer}`).toEqual([]);
        }
        expect(await diagram.hiddenTexts(diagram.inputsLabel)).toEqual([]);
        expect(await diagram.hiddenTexts(diagram.outputLabel)).toEqual([]);
      });

      test("each layer's + neuron button adds a neuron to that layer", async ({ page }) => {
        const playground = new PlaygroundPage(page);
        const diagram = new NetworkDiagramPart(page);
        await playground.open(`${network}&backend=wasm`);
        for (let layer = 1; layer <= 6; layer++) {
          const before = await playground.neuronsOf(layer).count();
          await diagram.clickAtCentre(diagram.addUnit(layer));
          await expect(playground.neuronsOf(layer), `layer ${layer}'s neurons`).toHaveCount(before + 1);
          await expect.poll(() => diagram.unitsShown(layer), `layer ${layer}'s count`).toBe(before + 1);
        }
      });

      test('a tooltip near the right edge stays whole on screen', async ({ page }) => {
        const playground = new PlaygroundPage(page);
        const diagram = new NetworkDiagramPart(page);
        await playground.open(`${network}&backend=wasm`);
        const output = playground.neuronsOf(7).first();
        await output.scrollIntoViewIfNeeded();
        await output.hover();
        await expect(diagram.tooltip).toContainText('b[7] row 1');
        expect(await diagram.clippedPx(diagram.tooltip)).toBe(0);
      });
    });
  }
}

test.describe('in Chinese, with 64-unit layers', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the widest counts ("64 个") and activation names still fit their headers', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    const diagram = new NetworkDiagramPart(page);
    await playground.open('layers=64,8,8,8,8,64&act=leakyRelu&lang=zh&backend=wasm');
    await expect(diagram.headers).toHaveCount(6);
    await expect(diagram.header(1).getByTestId('layer-units')).toHaveText('64 个');
    const boxes = await diagram.headerBoxes();
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right);
    for (let layer = 1; layer <= 6; layer++) await expect.poll(() => diagram.hiddenTexts(diagram.header(layer)), `header ${layer}`).toEqual([]);
    expect(await diagram.hiddenTexts(diagram.inputsLabel)).toEqual([]);
    expect(await diagram.hiddenTexts(diagram.outputLabel)).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a diagram wider than the screen is zoomed to fit it, and its tooltips stay on screen', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    const diagram = new NetworkDiagramPart(page);
    await playground.open('layers=4,2,2,2,2,2&backend=wasm');
    await expect(playground.neuronsOf(6)).toHaveCount(2);
    await diagram.diagram.scrollIntoViewIfNeeded();
    // The page zooms the network panel out to the phone's width: the whole diagram is on screen, no hint needed.
    await expect(page.getByTestId('diagram-scroll-hint')).toHaveCount(0);
    const box = (await diagram.diagram.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const output = playground.neuronsOf(7).first();
    expect(await diagram.clippedPx(output)).toBe(0);
    await output.hover();
    await expect(diagram.tooltip).toBeVisible();
    expect(await diagram.clippedPx(diagram.tooltip)).toBe(0);
  });

  test('a diagram that fits needs no hint', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('layers=4&backend=wasm');
    await expect(playground.neuronsOf(1)).toHaveCount(4);
    await expect(page.getByTestId('diagram-scroll-hint')).toHaveCount(0);
    const diagram = new NetworkDiagramPart(page);
    await diagram.diagram.scrollIntoViewIfNeeded();
    expect(await diagram.clippedPx(diagram.diagram)).toBe(0);
  });
});

test.describe('gradients view', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('states its scale and the largest |dW|, which falls as training converges', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    const diagram = new NetworkDiagramPart(page);
    await playground.open('dataset=blobs&n=100&layers=4&lr=0.3&batch=100&backend=wasm');
    await playground.toggleInspector('gradients');
    await expect(page.getByTestId('gradient-scale')).toContainText('log scale');
    await expect(diagram.gradientMax).toContainText('Largest |dW| now: ');
    const first = await diagram.maxGradient();
    expect(first).toBeGreaterThan(0);
    const shown = await diagram.gradientMax.innerText();
    await playground.play.click();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(0);
    await expect.poll(() => diagram.maxGradient(), { timeout: 45_000 }).toBeLessThan(first / 10);
    await expect(diagram.gradientMax).not.toHaveText(shown);
  });
});
