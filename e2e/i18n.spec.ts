import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LessonPage, lessonSlugs } from './pages/lesson';
import { PlaygroundPage } from './pages/playground';

/** Latin words that may stay on the Chinese page: names, symbols, units and key caps (Shift, Space …). */
const ALLOWED_WORDS = new Set([
  'NN', 'Playground', 'TensorFlow.js', 'ReLU', 'Leaky', 'tanh', 'sigmoid', 'wasm', 'webgl', 'cpu', 'Xavier', 'He',
  'CSV', 'JSON', 'PNG', 'XOR', 'MB', 'sin', 'log', 'max', 'NaN', 'Adam', 'RMSprop', 'EN', 'Shift', 'Alt', 'Ctrl', 'Space', 'Delete', 'Esc',
  // The engine readout names the plain-JavaScript engine.
  'JS', 'JavaScript',
  // The course's symbols for the gradients.
  'dW', 'db',
]);

/**
 * Every piece of text a person can see or hear on the page: visible text nodes (of a select, only
 * the chosen option), plus aria-label, title and placeholder of visible elements. Formulas set by
 * KaTeX are left out: maths is written the same in every language.
 */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const isVisible = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text || parent.closest('script, style, .sr-only, .katex')) continue;
      const option = parent.closest('option');
      if (option) {
        if (option.selected && isVisible(option.closest('select')!)) texts.push(text);
        continue;
      }
      if (isVisible(parent)) texts.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!isVisible(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });
}

/** Latin words (two letters or more) in the page's text that are not on the allow-list. */
async function englishWords(page: Page): Promise<string[]> {
  const words = (await visibleTexts(page)).flatMap((text) => text.match(/[A-Za-z][A-Za-z.]*[A-Za-z]/g) ?? []);
  return [...new Set(words.map((w) => w.replace(/\.$/, '')).filter((w) => w.length > 1 && !ALLOWED_WORDS.has(w)))];
}

test.describe('languages', () => {
  test('the switch turns every label Chinese and back, in place, and writes lang= into the URL', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('dataset=flower&layers=4');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(playground.play).toHaveAttribute('aria-label', 'Play');
    await expect(page.getByTestId('lang-en')).toHaveAttribute('aria-pressed', 'true');
    const englishOnEn = await englishWords(page);
    expect(englishOnEn.length, 'the English page has English words').toBeGreaterThan(20);

    await page.getByTestId('lang-zh').click();
    await expect(page).toHaveURL(/[?&]lang=zh/);
    await expect(page).toHaveURL(/dataset=flower/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(playground.play).toHaveAttribute('aria-label', '开始训练');
    await expect(page.getByTestId('layer-count')).toHaveText('1 个隐藏层');
    await expect(page.getByTestId('lessons-link')).toHaveText('教程');
    expect(await englishWords(page)).toEqual([]);

    // The playground kept its state: no reload happened.
    await playground.play.click();
    await expect.poll(() => playground.epochNumber()).toBeGreaterThan(0);
    await page.getByTestId('lang-en').click();
    await expect(page).toHaveURL(/[?&]lang=en/);
    await expect(playground.play).toHaveAttribute('aria-label', 'Pause');
    await expect(page.getByTestId('layer-count')).toHaveText('1 hidden layer');
  });

  test('notices already shown follow a language switch, and are not repeated', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('noise=abc&backend=wasm&dataset=circle&n=200&layers=8,8,8&act=linear&lr=10&batch=full&seed=1');
    const items = playground.notice.locator('li');
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText('Ignored noise=abc in the link');
    await playground.play.click();
    await expect(items).toHaveCount(2);
    await expect(items.nth(1)).toContainText(/The cost diverged at epoch \d+/);

    await page.getByTestId('lang-zh').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(items.first()).toContainText('已忽略链接中的 noise=abc');
    await expect(items.nth(1)).toContainText(/代价在第 \d+ 轮发散/);
    // Only the link's own text (noise=abc) stays as it was written.
    expect((await englishWords(page)).filter((word) => word !== 'noise' && word !== 'abc')).toEqual([]);
    await expect(items).toHaveCount(2);
  });

  test('the Chinese page has no English left, share panel and help included', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open('lang=zh');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect(await englishWords(page)).toEqual([]);
    await page.getByTestId('share-toggle').click();
    await expect(page.getByTestId('share-panel')).toBeVisible();
    expect(await englishWords(page)).toEqual([]);
    await page.getByTestId('share-toggle').click();
    await page.getByTestId('help-toggle').click();
    await expect(page.getByTestId('help-overlay')).toBeVisible();
    expect(await englishWords(page)).toEqual([]);
  });

  test('a lesson page in Chinese has no English left', async ({ page }) => {
    const lesson = new LessonPage(page);
    for (const slug of ['logistic-regression', 'activation-functions', 'hidden-layer-size', 'parameters-hyperparameters']) {
      await lesson.open(slug, 'zh');
      expect(await englishWords(page), slug).toEqual([]);
    }
    await page.goto('/lessons/?lang=zh');
    await expect(page.getByTestId('lesson-link')).toHaveCount(lessonSlugs().length);
    expect(await englishWords(page)).toEqual([]);
  });

  test('an embed keeps the language it was given and offers no switch', async ({ page }) => {
    await page.goto('/embed/?lang=zh&dataset=xor');
    await expect(page.getByTestId('play')).toHaveAttribute('aria-label', '开始训练');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByTestId('language-switch')).toHaveCount(0);
  });

  test('screenshots of a lesson in both languages', async ({ page }) => {
    mkdirSync('test-results/screens', { recursive: true });
    await page.setViewportSize({ width: 1366, height: 900 });
    const lesson = new LessonPage(page);
    for (const lang of ['en', 'zh'] as const) {
      await lesson.open('one-hidden-layer', lang);
      await lesson.play();
      await lesson.expectPassed();
      await lesson.playground.pause();
      await page.screenshot({ path: `test-results/screens/lesson-${lang}.png`, fullPage: true });
    }
  });
});

test.describe('browser language', () => {
  test.use({ locale: 'zh-CN' });

  test('a Chinese browser gets Chinese without a lang parameter; lang=en wins over it', async ({ page }) => {
    const playground = new PlaygroundPage(page);
    await playground.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(playground.play).toHaveAttribute('aria-label', '开始训练');
    await playground.open('lang=en');
    await expect(playground.play).toHaveAttribute('aria-label', 'Play');
  });
});
