import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PlaygroundPage } from './pages/playground';

/** The course's flower data, full batch: the cost falls fast in the first few hundred epochs, then slowly. */
const FLOWER = 'dataset=flower&n=400&train=100&layers=4&act=tanh&lr=1.2&batch=full';

type Rgb = [number, number, number];

/** WCAG 2 relative luminance of an sRGB colour (0–255 channels). */
function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The rendered colour of `property` on the element, composited over the first opaque background found
 * among its ancestors (the colour actually behind it), as sRGB: the browser's canvas does the colour
 * conversion (Tailwind's oklch included) and the alpha blending.
 */
async function renderedColors(locator: Locator, property: 'stroke' | 'color' | 'fill' | 'border-top-color' | 'background-color'): Promise<{ fg: Rgb; bg: Rgb }> {
  return locator.evaluate((element, prop) => {
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const paint = (layers: { color: string; alpha: number }[]): [number, number, number] => {
      for (const { color, alpha } of layers) {
        context.globalAlpha = alpha;
        context.fillStyle = color;
        context.fillRect(0, 0, 1, 1);
      }
      const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!];
    };
    const backgrounds: { color: string; alpha: number }[] = [];
    for (let node = element.parentElement; node; node = node.parentElement) {
      const color = getComputedStyle(node).backgroundColor;
      backgrounds.unshift({ color, alpha: 1 });
      if (paint([{ color: '#000', alpha: 1 }, { color, alpha: 1 }]).join() === paint([{ color: '#fff', alpha: 1 }, { color, alpha: 1 }]).join()) break;
    }
    const style = getComputedStyle(element);
    const opacityProperty = prop === 'stroke' ? 'stroke-opacity' : prop === 'fill' ? 'fill-opacity' : 'opacity';
    const alpha = Number(style.getPropertyValue(opacityProperty) || 1) * Number(style.opacity || 1);
    const behind = [{ color: '#fff', alpha: 1 }, ...backgrounds];
    return { bg: paint(behind), fg: paint([...behind, { color: style.getPropertyValue(prop), alpha }]) };
  }, property);
}

async function ratioOf(locator: Locator, property: Parameters<typeof renderedColors>[1]): Promise<number> {
  const { fg, bg } = await renderedColors(locator, property);
  return contrast(fg, bg);
}

/** Every tick label, the legend's words and marks and both cost lines meet WCAG contrast; gridlines are fainter than the data. */
async function expectReadableChart(page: Page) {
  const chart = page.getByTestId('cost-chart');
  const svg = chart.locator('svg');
  const trainLine = svg.locator('path:not([stroke-dasharray])').last();
  const testLine = svg.locator('path[stroke-dasharray]').first();
  await expect(trainLine).toHaveAttribute('d', /L/);
  await expect(testLine).toHaveAttribute('d', /L/);
  const trainRatio = await ratioOf(trainLine, 'stroke');
  expect(trainRatio, 'training line').toBeGreaterThanOrEqual(3);
  expect(await ratioOf(testLine, 'stroke'), 'test line').toBeGreaterThanOrEqual(3);
  const ticks = svg.locator('text');
  expect(await ticks.count()).toBeGreaterThan(3);
  for (const tick of await ticks.all()) expect(await ratioOf(tick, 'fill'), `tick ${await tick.textContent()}`).toBeGreaterThanOrEqual(4.5);
  const caption = chart.locator('figcaption');
  expect(await ratioOf(caption, 'color'), 'caption text').toBeGreaterThanOrEqual(4.5);
  // The legend's marks: a solid swatch for the training cost, a dashed border for the test cost.
  const swatches = caption.locator('span.inline-block');
  expect(await swatches.count()).toBe(2);
  expect(await ratioOf(swatches.nth(0), 'background-color'), 'train legend mark').toBeGreaterThanOrEqual(3);
  expect(await ratioOf(swatches.nth(1), 'border-top-color'), 'test legend mark').toBeGreaterThanOrEqual(3);
  const gridline = svg.locator('[data-testid="cost-axis"] line').first();
  expect(await ratioOf(gridline, 'stroke'), 'gridlines fainter than the training line').toBeLessThan(trainRatio);
}

test.describe('the cost chart in both themes', () => {
  for (const [theme, path] of [
    ['light, main page', '/?until=40'],
    ['light, embed', '/embed/?show=boundary,cost&autoplay=1&until=40'],
    ['dark, embed', '/embed/?theme=dark&show=boundary,cost&autoplay=1&until=40'],
  ] as const) {
    test(`every line, mark and label is readable (${theme})`, async ({ page }) => {
      await page.goto(path);
      const playground = new PlaygroundPage(page);
      if (path.startsWith('/?')) {
        await playground.waitUntilReady();
        await playground.play.click();
      }
      await expect(page.getByTestId('cost-chart')).toHaveAttribute('data-points', /^(?:[4-9]\d|\d{3,})$/);
      await expectReadableChart(page);
    });
  }
});

/** The points of an SVG path made of M and L commands, in pixels. */
function pathPoints(d: string): { x: number; y: number }[] {
  return [...d.matchAll(/[ML]\s*(-?[\d.]+(?:e-?\d+)?)[ ,](-?[\d.]+(?:e-?\d+)?)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
}

/** Every tick label's box lies inside the svg's box (none clipped). */
async function expectLabelsInside(svg: Locator) {
  const svgBox = (await svg.boundingBox())!;
  for (const label of await svg.locator('text').all()) {
    const box = (await label.boundingBox())!;
    expect(box.x, `label ${await label.textContent()}`).toBeGreaterThanOrEqual(svgBox.x);
    expect(box.x + box.width, `label ${await label.textContent()}`).toBeLessThanOrEqual(svgBox.x + svgBox.width);
  }
}

test.describe('the cost chart on a long run', () => {
  test('keeps the early fall and fits its last tick label', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(`${FLOWER}&until=10000`);
    await playground.play.click();
    await expect.poll(() => playground.epochNumber(), { timeout: 50_000 }).toBeGreaterThanOrEqual(10_000);
    const svg = page.getByTestId('cost-chart').locator('svg');
    const trainLine = svg.locator('path:not([stroke-dasharray])').last();
    await expect(svg.locator('text').last()).toHaveText(/10[,.]?000|10k/i);
    const points = pathPoints((await trainLine.getAttribute('d')) ?? '');
    const xs = points.map((p) => p.x);
    const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
    // y grows downwards: a higher cost is a smaller y.
    const costOf = (p: { y: number }) => -p.y;
    const early = points.filter((p) => p.x > xMin && p.x <= xMin + 0.05 * (xMax - xMin));
    const late = points.filter((p) => p.x >= xMin + 0.5 * (xMax - xMin));
    const first = costOf(points[0]!);
    const lateHigh = Math.max(...late.map(costOf));
    // The fall is drawn inside the first 5 % of the run, through many points, not one straight segment.
    expect(early.length).toBeGreaterThanOrEqual(10);
    const earlyHigh = Math.max(...early.map(costOf));
    const earlyLow = Math.min(...early.map(costOf));
    expect(earlyHigh - lateHigh, 'a point early in the run well above the later values').toBeGreaterThan(0.5 * (first - lateHigh));
    expect(earlyHigh - earlyLow, 'the early fall is drawn within the first 5 %').toBeGreaterThan(0.25 * (first - lateHigh));
    await expectLabelsInside(svg);

    // The log epoch axis gives the early fall most of the width.
    const logX = page.getByTestId('cost-log-x');
    await logX.click();
    await expect(logX).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('cost-chart')).toHaveAttribute('data-x-axis', 'log');
    const logPoints = pathPoints((await trainLine.getAttribute('d')) ?? '');
    const halfway = (points: { x: number; y: number }[]) => {
      const target = (costOf(points[0]!) + lateHigh) / 2;
      return (points.find((p) => costOf(p) <= target)!.x - xMin) / (xMax - xMin);
    };
    expect(halfway(logPoints)).toBeGreaterThan(4 * halfway(points));
    await expectLabelsInside(svg);
    await logX.click();
    await expect(logX).toHaveAttribute('aria-pressed', 'false');
  });

  test('fits the initial cost J ≈ 0.69 on its axis at epoch 0', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open(FLOWER);
    await expect(playground.epoch).toHaveText('0');
    const initialCost = await playground.trainCostNumber();
    expect(initialCost).toBeGreaterThan(0.5);
    await expect.poll(() => playground.costAxisTop()).toBeGreaterThanOrEqual(initialCost);
  });
});
