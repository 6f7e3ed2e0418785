import { test as base, expect } from '@playwright/test';

/**
 * `test` that fails when the page logs a console error or throws an uncaught
 * error (`pageerror`) during the test, including messages from its workers.
 *
 * A spec that expects a particular error lists it:
 *   test.use({ allowedConsoleErrors: [/Failed to load resource/] });
 */
type ErrorFixtures = {
  /** Patterns for console/page errors a spec expects; matching ones are ignored. */
  allowedConsoleErrors: RegExp[];
  /** The errors seen so far (read-only use in a spec: e.g. to assert on one). */
  consoleErrors: string[];
};

export const test = base.extend<ErrorFixtures>({
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      const record = (text: string) => {
        if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) errors.push(text);
      };
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const { url, lineNumber } = message.location();
        record(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
      });
      page.on('pageerror', (error) => {
        record(`pageerror: ${error.stack ?? error.message}`);
      });
      await use(errors);
      expect(errors, 'the page logged errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
