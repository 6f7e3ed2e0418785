import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { PlaygroundPage } from './pages/playground';

/** Serious and critical axe violations, summarised so a failure says what and where. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test.describe('accessibility (axe)', () => {
  test('the playground has no serious or critical violations', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('backend=wasm');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('presenter mode has none', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const playground = new PlaygroundPage(page);
    await playground.open('backend=wasm');
    await page.keyboard.press('p');
    await expect(page.getByTestId('playground')).toHaveAttribute('data-presenter', 'true');
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('a lesson has none, in English and Chinese', async ({ page }) => {
    for (const lang of ['en', 'zh']) {
      await page.goto(`/lessons/one-hidden-layer/?lang=${lang}`);
      await expect(page.getByTestId('lesson-check')).toBeVisible();
      await expect(page.getByTestId('train-cost')).toHaveText(/^\d/);
      expect(await seriousViolations(page)).toEqual([]);
    }
  });

  test('the embed has none, light and dark', async ({ page }) => {
    for (const theme of ['light', 'dark']) {
      await page.goto(`/embed/?backend=wasm&theme=${theme}`);
      await expect(page.getByTestId('train-cost')).toHaveText(/^\d/);
      expect(await seriousViolations(page)).toEqual([]);
    }
  });
});
