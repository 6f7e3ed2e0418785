import { expect, type Locator, type Page } from '@playwright/test';

/** The playground page as a person sees it: controls by their test ids, readouts as numbers. */
export class PlaygroundPage {
  readonly plane: Locator;
  readonly points: Locator;
  readonly play: Locator;
  readonly step: Locator;
  readonly reset: Locator;
  readonly epoch: Locator;
  readonly trainCost: Locator;
  readonly testCost: Locator;
  readonly trainAccuracy: Locator;
  readonly backend: Locator;
  readonly neurons: Locator;
  readonly notice: Locator;
  readonly until: Locator;
  readonly speed: Locator;
  readonly stepCount: Locator;

  constructor(readonly page: Page) {
    this.plane = page.getByTestId('data-plane');
    this.points = page.getByTestId('point');
    this.play = page.getByTestId('play');
    this.step = page.getByTestId('step');
    this.reset = page.getByTestId('reset');
    this.epoch = page.getByTestId('epoch');
    this.trainCost = page.getByTestId('train-cost');
    this.testCost = page.getByTestId('test-cost');
    this.trainAccuracy = page.getByTestId('train-accuracy');
    this.backend = page.getByTestId('backend');
    this.neurons = page.getByTestId('neuron');
    this.notice = page.getByTestId('notice');
    this.until = page.getByTestId('until');
    this.speed = page.getByTestId('speed');
    this.stepCount = page.getByTestId('step-count');
  }

  /** Opens the playground with a query string and waits until the worker has drawn a first snapshot. */
  async open(query = '') {
    await this.page.goto(`/${query ? `?${query}` : ''}`);
    await this.waitUntilReady();
  }

  async waitUntilReady() {
    await expect(this.play).toBeEnabled();
    await expect(this.trainCost).toHaveText(/^\d/);
  }

  async epochNumber(): Promise<number> {
    return Number((await this.epoch.innerText()).replace(/,/g, ''));
  }

  /** Gradient steps since the last reset, as the training bar shows them. */
  async stepNumber(): Promise<number> {
    return Number((await this.stepCount.innerText()).replace(/,/g, ''));
  }

  /** Types a value into a field and presses Enter, as a person would. */
  async typeInto(field: Locator, text: string) {
    await field.click();
    await field.fill(text);
    await field.press('Enter');
  }

  /** Moves the speed slider with the keyboard until it reads `label` (e.g. "1 step/s", "max"). */
  async setSpeed(label: string) {
    await this.speed.focus();
    await this.speed.press('Home');
    for (let i = 0; i < 30 && (await this.speed.getAttribute('aria-valuetext')) !== label; i++) await this.speed.press('ArrowRight');
    await expect(this.speed).toHaveAttribute('aria-valuetext', label);
  }

  async trainCostNumber(): Promise<number> {
    return Number(await this.trainCost.innerText());
  }

  /** The highest value on the cost chart's J axis, as its tick labels read: how high J has been in this run. */
  async costAxisTop(): Promise<number> {
    const ticks = await this.page.getByTestId('cost-axis').locator('text').allTextContents();
    return Math.max(...ticks.map(Number));
  }

  /** Client coordinates of a data point (x1, x2) on the plane, read from the axes drawn on it. */
  async clientPointOf(x1: number, x2: number): Promise<{ x: number; y: number }> {
    await this.plane.scrollIntoViewIfNeeded();
    // The plane's inner square: margins as drawn (left 28, top 6, size 360 by default).
    const frame = await this.plane.locator('rect').first().boundingBox();
    if (!frame) throw new Error('plane frame not visible');
    return {
      x: frame.x + ((x1 + 6) / 12) * frame.width,
      y: frame.y + ((6 - x2) / 12) * frame.height,
    };
  }

  async clickPlaneAt(x1: number, x2: number, modifiers: ('Shift' | 'Alt')[] = []) {
    const { x, y } = await this.clientPointOf(x1, x2);
    for (const m of modifiers) await this.page.keyboard.down(m);
    await this.page.mouse.click(x, y);
    for (const m of modifiers) await this.page.keyboard.up(m);
  }

  /** Centre of a point element in client pixels. */
  async centreOf(point: Locator): Promise<{ x: number; y: number }> {
    await point.scrollIntoViewIfNeeded();
    const box = await point.boundingBox();
    if (!box) throw new Error('point not visible');
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }

  async dragPoint(point: Locator, to: { x: number; y: number }) {
    const from = await this.centreOf(point);
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    const steps = 8;
    for (let i = 1; i <= steps; i++) {
      await this.page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps);
    }
    await this.page.mouse.up();
  }

  /** The neurons of hidden or output layer `layer` (1 … L), in unit order. */
  neuronsOf(layer: number): Locator {
    return this.page.locator(`[data-testid="neuron"][data-layer="${layer}"]`);
  }

  /** Opens or closes an inspector by its toggle (shapes, equations, activation, gradients). */
  async toggleInspector(name: 'shapes' | 'equations' | 'activation' | 'gradients') {
    await this.page.getByTestId(`inspector-${name}`).click();
  }

  /** The pixels of every canvas inside `locator`, as data URLs (equal URLs mean equal pixels). */
  async canvasPixels(locator: Locator): Promise<string[]> {
    return locator.locator('canvas').evaluateAll((canvases) => canvases.map((c) => (c as HTMLCanvasElement).toDataURL()));
  }

  /**
   * Whether the first canvas in `small` shows the first canvas in `large` at a lower resolution:
   * every pixel of the small one equals the large one's pixel at the same place.
   */
  async isDownsampledCopy(small: Locator, large: Locator): Promise<boolean> {
    const read = (locator: Locator) =>
      locator.locator('canvas').first().evaluate((c) => {
        const canvas = c as HTMLCanvasElement;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        return { width: canvas.width, data: Array.from(data) };
      });
    const [a, b] = [await read(small), await read(large)];
    if (b.width % a.width !== 0) return false;
    const stride = b.width / a.width;
    for (let row = 0; row < a.width; row++) {
      for (let col = 0; col < a.width; col++) {
        for (let k = 0; k < 4; k++) {
          if (a.data[(row * a.width + col) * 4 + k] !== b.data[(row * stride * b.width + col * stride) * 4 + k]) return false;
        }
      }
    }
    return true;
  }

  async pause() {
    if ((await this.play.getAttribute('aria-pressed')) === 'true') await this.play.click();
    await expect(this.play).toHaveAttribute('aria-pressed', 'false');
  }
}
