import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'workers/**/*.test.ts', 'components/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['lib/engine/tfjs/testing/cpu-backend.ts'],
    testTimeout: 60_000,
  },
});
