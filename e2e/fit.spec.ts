import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PlaygroundPage } from './pages/playground';

/**
 * Presenter mode and the embed fit the screen they are given: checked by geometry (boxes inside the
 * viewport, no scrolling, no overlaps), not only by screenshots.
 */

const PROJECTORS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;
/** A lesson without hidden layers, one with the many-layer preset, one with the learning-rate tools (all eleven take ~2 min). */
const LESSONS = ['logistic-regression', 'learning-rate', 'going-deep'];

/**
 * What is wrong with the layout on screen, as sentences (an empty list: it fits). `selectors` name the
 * panels and controls that must be inside the viewport and must not overlap one another.
 */
async function fitProblems(page: Page, selectors: readonly string[]): Promise<string[]> {
  return page.evaluate((sels) => {
    const problems: string[] = [];
    const scroller = document.scrollingElement ?? document.documentElement;
    if (scroller.scrollHeight > window.innerHeight) problems.push(`scrolls vertically: ${scroller.scrollHeight} > ${window.innerHeight}`);
    if (scroller.scrollWidth > window.innerWidth) problems.push(`scrolls sideways: ${scroller.scrollWidth} > ${window.innerWidth}`);
    const boxes: { name: string; box: DOMRect }[] = [];
    for (const sel of sels) {
      document.querySelectorAll(sel).forEach((element, i) => {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') return;
        boxes.push({ name: `${sel}#${i}`, box });
      });
    }
    for (const { name, box } of boxes) {
      if (box.left < -0.5 || box.top < -0.5 || box.right > window.innerWidth + 0.5 || box.bottom > window.innerHeight + 0.5) {
        problems.push(`${name} leaves the viewport: [${Math.round(box.left)}, ${Math.round(box.top)}, ${Math.round(box.right)}, ${Math.round(box.bottom)}]`);
      }
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlapX = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const overlapY = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        // Nested boxes (a control inside a panel) are not an overlap.
        const isNested = (p: DOMRect, q: DOMRect) => p.left <= q.left + 0.5 && p.top <= q.top + 0.5 && p.right >= q.right - 0.5 && p.bottom >= q.bottom - 0.5;
        if (overlapX > 1 && overlapY > 1 && !isNested(a.box, b.box) && !isNested(b.box, a.box)) problems.push(`${a.name} overlaps ${b.name}`);
      }
    }
    return problems;
  }, selectors);
}

const PRESENTER_PARTS = [
  '[data-testid=playground] section.panel',
  '[data-testid=lesson-panel]',
  '[data-testid=presenter-exit]',
  '[data-testid=data-plane]',
  '[data-testid=cost-chart]',
  '[data-testid=network-diagram]',
  '[data-testid=play]',
];

const planeWidth = async (page: Page) => (await page.getByTestId('data-plane').boundingBox())?.width ?? 0;

test.describe('presenter mode fits every projector', () => {
  test('the main page: fits, keeps the data controls one click away, and scales up', async ({ page }) => {
    await page.setViewportSize(PROJECTORS[1]);
    const playground = new PlaygroundPage(page);
    await playground.open('backend=wasm');
    await page.keyboard.press('p');
    await expect(page.getByTestId('playground')).toHaveAttribute('data-presenter', 'true');
    for (const size of PROJECTORS) {
      await page.setViewportSize(size);
      await expect.poll(() => fitProblems(page, PRESENTER_PARTS), { message: `${size.width}×${size.height}` }).toEqual([]);
      await page.screenshot({ path: `test-results/screens/fit-presenter-main-${size.width}x${size.height}.png` });
    }
    // Bigger screens draw bigger: the plane grows with the projector.
    await page.setViewportSize(PROJECTORS[1]);
    await expect.poll(() => fitProblems(page, PRESENTER_PARTS)).toEqual([]);
    const width1280 = await planeWidth(page);
    await page.setViewportSize(PROJECTORS[3]);
    await expect.poll(() => planeWidth(page)).toBeGreaterThan(width1280 * 1.3);
    const width1920 = await planeWidth(page);
    await page.setViewportSize(PROJECTORS[4]);
    await expect.poll(() => planeWidth(page)).toBeGreaterThan(width1920 * 1.5);

    // The data controls are one click away, and they work from there.
    await page.setViewportSize(PROJECTORS[1]);
    const dataset = page.getByTestId('dataset').filter({ hasText: 'XOR' });
    if (!(await dataset.isVisible())) await page.getByTestId('data-toggle').click();
    await expect(dataset).toBeVisible();
    await expect(page.getByTestId('clear')).toBeVisible();
    await expect(page.getByTestId('class-0')).toBeVisible();
    await page.getByTestId('class-0').click();
    await expect(page.getByTestId('class-0')).toHaveAttribute('aria-checked', 'true');
    await page.getByTestId('clear').click();
    await expect(playground.points).toHaveCount(0);

    // Zoomed for the projector, the plane still puts a point where it is clicked.
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('data-popover')).toHaveCount(0);
    await page.setViewportSize(PROJECTORS[3]);
    await expect.poll(() => fitProblems(page, PRESENTER_PARTS)).toEqual([]);
    await playground.clickPlaneAt(2, -3);
    await expect(playground.points).toHaveCount(1);
    const [clicked, drawn] = [await playground.clientPointOf(2, -3), await playground.centreOf(playground.points.first())];
    expect(Math.hypot(clicked.x - drawn.x, clicked.y - drawn.y)).toBeLessThan(3);

    await page.getByTestId('presenter-exit').click();
    await expect(page.getByTestId('playground')).not.toHaveAttribute('data-presenter', 'true');
  });

  for (const slug of LESSONS) {
    test(`lesson ${slug}: fits at every size`, async ({ page }) => {
      await page.setViewportSize(PROJECTORS[1]);
      const playground = new PlaygroundPage(page);
      await page.goto(`/lessons/${slug}/`);
      await playground.waitUntilReady();
      await page.keyboard.press('p');
      await expect(page.getByTestId('playground')).toHaveAttribute('data-presenter', 'true');
      for (const size of PROJECTORS) {
        await page.setViewportSize(size);
        await expect.poll(() => fitProblems(page, PRESENTER_PARTS), { message: `${size.width}×${size.height}` }).toEqual([]);
        await expect(page.getByTestId('lesson-title')).toBeInViewport({ ratio: 1 });
        if (slug === LESSONS[0]) await page.screenshot({ path: `test-results/screens/fit-presenter-lesson-${size.width}x${size.height}.png` });
      }
    });
  }
});

const FAST = 'dataset=xor&n=100&layers=4&lr=0.3&batch=full&backend=wasm';
const EMBED_PARTS = ['[data-testid=playground] section.panel', '[data-testid=data-plane]', '[data-testid=cost-chart]', '[data-testid=network-diagram]'];

/** Inside the embed: no inner scrollbar, and the panels cover most of the frame's width. */
async function embedProblems(page: Page): Promise<string[]> {
  const problems = await fitProblems(page, EMBED_PARTS);
  const coverage = await page.evaluate(() => {
    const panels = [...document.querySelectorAll('[data-testid=playground] section.panel')].map((e) => e.getBoundingClientRect());
    const left = Math.min(...panels.map((b) => b.left));
    const right = Math.max(...panels.map((b) => b.right));
    return (right - left) / window.innerWidth;
  });
  if (coverage < 0.85) problems.push(`the panels cover ${Math.round(coverage * 100)} % of the width`);
  return problems;
}

/** What each frame size is asked to show (a 760-px frame has no room for the network beside three other panels). */
const SMALL_SHOWS = ['boundary,cost,controls', 'boundary,cost', 'boundary', 'cost', 'cost,controls', 'network,boundary', 'network,boundary,cost', 'data,boundary,cost', 'controls,data,boundary,cost'];
const LARGE_SHOWS = [...SMALL_SHOWS, 'controls,network,boundary,cost', 'controls,data,network,boundary,cost'];
const FRAMES = [
  { width: 760, height: 570, shows: SMALL_SHOWS },
  { width: 800, height: 600, shows: SMALL_SHOWS },
  { width: 1280, height: 720, shows: LARGE_SHOWS },
] as const;

test.describe('the embed fills its iframe', () => {
  for (const frame of FRAMES) {
    test(`${frame.width}×${frame.height}: every show combination fills the frame`, async ({ page }) => {
      await page.setViewportSize({ width: frame.width, height: frame.height });
      for (const show of frame.shows) {
        await page.goto(`/embed/?${FAST}&show=${show}`);
        await expect(page.getByTestId('playground')).toBeVisible();
        await expect(page.locator('[data-testid=train-cost], [data-testid=cost-chart], [data-testid=network-diagram]').first()).toBeVisible();
        await expect.poll(() => embedProblems(page), { message: show }).toEqual([]);
        if (show === SMALL_SHOWS[0] || show === SMALL_SHOWS[1]) await page.screenshot({ path: `test-results/screens/fit-embed-${show.replace(/,/g, '-')}-${frame.width}x${frame.height}.png` });
      }
    });
  }

  test('320 px wide: a host that grows the iframe to the reported height shows everything without a scrollbar', async ({ page, baseURL }) => {
    await page.setViewportSize({ width: 400, height: 1400 });
    // The host page is served (by the test) on the playground's origin; it grows the iframe as told.
    const hostUrl = new URL('/fit-host.html', baseURL).href;
    await page.route(`${hostUrl}?*`, (route) => {
      const show = new URL(route.request().url()).searchParams.get('show') ?? '';
      const src = new URL(`/embed/?${FAST}&show=${show}`, baseURL).href;
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><body style="margin:0">
<iframe id="pg" src="${src}" style="width:320px;height:240px;border:0;display:block"></iframe>
<script>
  window.addEventListener('message', (e) => {
    if (e.data && e.data.source === 'nn-playground' && e.data.type === 'resize') document.getElementById('pg').style.height = e.data.height + 'px';
  });
</script></body>`,
      });
    });
    for (const show of ['boundary,cost,controls', 'boundary,cost', 'network,boundary']) {
      await page.goto(`${hostUrl}?show=${show}`);
      await expect(page.frameLocator('#pg').getByTestId('playground')).toBeVisible();
      const embed = page.frame({ url: /\/embed\// })!;
      await expect.poll(() => page.evaluate(() => document.getElementById('pg')!.getBoundingClientRect().height), { message: show }).toBeGreaterThan(300);
      await expect
        .poll(() => embed.evaluate(() => {
          const scroller = document.scrollingElement ?? document.documentElement;
          const panels = [...document.querySelectorAll('[data-testid=playground] section.panel')].map((e) => e.getBoundingClientRect());
          return {
            hasScrollbar: scroller.scrollHeight > window.innerHeight || scroller.scrollWidth > window.innerWidth,
            isCut: panels.some((b) => b.bottom > window.innerHeight + 0.5 || b.right > window.innerWidth + 0.5 || b.left < -0.5),
            isWide: Math.max(...panels.map((b) => b.right)) - Math.min(...panels.map((b) => b.left)) >= 0.85 * window.innerWidth,
          };
        }), { message: show })
        .toEqual({ hasScrollbar: false, isCut: false, isWide: true });
      if (show === 'boundary,cost,controls') await page.screenshot({ path: 'test-results/screens/fit-embed-320-grown.png' });
    }
  });
});
