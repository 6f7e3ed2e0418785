import { test, expect } from './fixtures';
import { CONTENT_SECURITY_POLICY } from './csp';
import { PlaygroundPage } from './pages/playground';

test.describe('hostile input and the content security policy', () => {
  test('the page is served with the documented CSP and works under it', async ({ page }) => {
    const response = await page.goto('/?dataset=xor&n=80&backend=wasm');
    expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    const playground = new PlaygroundPage(page);
    await playground.waitUntilReady();
    await playground.step.click();
    await expect(playground.epoch).toHaveText('1');
  });

  test('a hostile URL shows no dialog, injects nothing, and the playground still works', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const huge = 'a'.repeat(1_000_000);
    const query = [
      `dataset=${encodeURIComponent('<script>alert(1)</script>')}`,
      `lr=${encodeURIComponent('"><img src=x onerror=alert(2)>')}`,
      `layers=${encodeURIComponent('<svg onload=alert(3)>')}`,
      `act=${encodeURIComponent('javascript:alert(4)')}`,
      `n=${huge}`,
      `points=${encodeURIComponent('1.<b>bold</b>')}`,
      `theme=${encodeURIComponent('dark" onmouseover="alert(5)')}`,
      'backend=wasm',
    ].join('&');
    const playground = new PlaygroundPage(page);
    await playground.open(query);
    await expect(playground.notice).toContainText('dataset');
    await expect(playground.notice).toContainText('lr');
    await expect(playground.notice).toContainText('layers');
    await expect(playground.notice).toContainText('points in the link could not be read');
    // Shown as text, never as markup.
    await expect(playground.notice).toContainText('<script>');
    expect(await page.locator('img[src="x"], script:not([src]):text("alert")').count()).toBe(0);
    expect(await page.locator('[onerror], [onload], [onmouseover]').count()).toBe(0);
    expect(await page.locator('svg[onload]').count()).toBe(0);
    await expect(playground.points).toHaveCount(400);
    await playground.step.click();
    await expect(playground.epoch).toHaveText('1');
    expect(dialogs).toBe(0);
  });
});
