import { readdirSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { PlaygroundPage } from './playground';

/** A lesson page: the lesson panel beside a playground (driven through PlaygroundPage). */
export class LessonPage {
  readonly playground: PlaygroundPage;
  readonly check: Locator;
  readonly title: Locator;
  readonly layerCount: Locator;
  readonly learningRate: Locator;
  readonly batchSize: Locator;
  readonly init: Locator;
  readonly until: Locator;
  readonly activations: Locator;

  constructor(readonly page: Page) {
    this.playground = new PlaygroundPage(page);
    this.check = page.getByTestId('lesson-check');
    this.title = page.getByTestId('lesson-title');
    this.layerCount = page.getByTestId('layer-count');
    this.learningRate = page.getByTestId('learning-rate');
    this.batchSize = page.getByTestId('batch-size');
    this.init = page.getByTestId('init');
    this.until = page.getByTestId('until');
    this.activations = page.getByTestId('activation-select');
  }

  async open(slug: string, lang: 'en' | 'zh' = 'en') {
    await this.page.goto(`/lessons/${slug}/?lang=${lang}`);
    await this.playground.waitUntilReady();
    await expect(this.check).toHaveAttribute('data-passed', 'false');
  }

  async play() {
    await expect(this.playground.play).toHaveAttribute('aria-pressed', 'false');
    await this.playground.play.click();
  }

  /** Waits until training has passed `epoch` (as the readout shows it). */
  async waitForEpoch(epoch: number) {
    await expect.poll(() => this.playground.epochNumber(), { timeout: 30_000 }).toBeGreaterThanOrEqual(epoch);
  }

  async expectPassed() {
    await expect(this.check).toHaveAttribute('data-passed', 'true', { timeout: 45_000 });
    await expect(this.page.getByTestId('lesson-check-status')).toHaveText(/✓/);
  }
}

/** The lessons' slugs in the course's order, as the files name them (content/lessons/en/NN-slug.md). */
export function lessonSlugs(): string[] {
  return readdirSync('content/lessons/en')
    .filter((name) => /^\d+-[a-z0-9-]+\.md$/.test(name))
    .sort()
    .map((name) => name.replace(/^\d+-/, '').replace(/\.md$/, ''));
}
