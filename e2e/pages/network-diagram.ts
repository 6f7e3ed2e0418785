import { expect, type Locator, type Page } from '@playwright/test';

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The network diagram as a person sees it: each layer's header, the labels, the tooltip, the gradient caption. */
export class NetworkDiagramPart {
  readonly diagram: Locator;
  readonly headers: Locator;
  readonly inputsLabel: Locator;
  readonly outputLabel: Locator;
  readonly tooltip: Locator;
  readonly gradientMax: Locator;

  constructor(readonly page: Page) {
    this.diagram = page.getByTestId('network-diagram');
    this.headers = page.getByTestId('layer-header');
    this.inputsLabel = page.getByTestId('diagram-inputs-label');
    this.outputLabel = page.getByTestId('diagram-output-label');
    this.tooltip = page.getByTestId('tooltip');
    this.gradientMax = page.getByTestId('gradient-max');
  }

  header(layer: number): Locator {
    return this.page.locator(`[data-testid="layer-header"][data-layer="${layer}"]`);
  }

  addUnit(layer: number): Locator {
    return this.page.locator(`[data-testid="add-unit"][data-layer="${layer}"]`);
  }

  /** The neuron count layer `layer`'s header shows, as a number. */
  async unitsShown(layer: number): Promise<number> {
    const text = await this.header(layer).getByTestId('layer-units').innerText();
    return Number(text.match(/\d+/)?.[0]);
  }

  /** Clicks where a person would: the middle of the element on screen, whatever lies on top of it. */
  async clickAtCentre(target: Locator) {
    await target.scrollIntoViewIfNeeded();
    const box = await target.boundingBox();
    if (!box) throw new Error('target not visible');
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }

  /** Client boxes of every header, in layer order. */
  async headerBoxes(): Promise<Box[]> {
    return this.headers.evaluateAll((elements) =>
      elements.map((e) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
  }

  /**
   * Texts inside `locator` (and itself) that do not show whole: content wider or taller than the box,
   * or covered at their centre by something outside `locator`.
   */
  async hiddenTexts(locator: Locator): Promise<string[]> {
    return locator.evaluate((root) => {
      const problems: string[] = [];
      const elements = [root, ...Array.from(root.querySelectorAll('*'))] as HTMLElement[];
      for (const element of elements) {
        // An invisible control laid over its visible label (the compact header's menu) shows no text of its own.
        const isInvisible = getComputedStyle(element).opacity === '0';
        if (!isInvisible && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)) {
          if (element.clientWidth > 0) problems.push(`clipped: ${element.outerHTML.slice(0, 80)}`);
        }
        const hasText = Array.from(element.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
        if (!hasText) continue;
        const r = element.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        if (!hit || !(root.contains(hit) || hit.contains(root))) problems.push(`covered: "${element.textContent}" by ${hit?.outerHTML.slice(0, 80)}`);
      }
      return problems;
    });
  }

  /** The part of `locator`'s box that is cut away by the viewport or by a clipping ancestor, in px (0: whole). */
  async clippedPx(locator: Locator): Promise<number> {
    return locator.evaluate((element) => {
      const r = element.getBoundingClientRect();
      let visible = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
      for (let a = element.parentElement; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const c = a.getBoundingClientRect();
        visible = { left: Math.max(visible.left, c.left), top: Math.max(visible.top, c.top), right: Math.min(visible.right, c.right), bottom: Math.min(visible.bottom, c.bottom) };
      }
      return Math.max(0, visible.left - r.left) + Math.max(0, r.right - visible.right) + Math.max(0, visible.top - r.top) + Math.max(0, r.bottom - visible.bottom);
    });
  }

  /** The largest |dW| the gradient caption states (its data attribute holds the full number). */
  async maxGradient(): Promise<number> {
    await expect(this.gradientMax).toHaveAttribute('data-value', /\d/);
    return Number(await this.gradientMax.getAttribute('data-value'));
  }
}
