import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['node_modules/**', '.next/**', 'out/**', 'out-*/**', 'public/**', 'next-env.d.ts', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // TensorFlow.js is allowed only in the engine's tfjs implementation and the worker: the rule is on
    // everywhere, then off for those two folders.
    files: ['**/*.{ts,tsx,mjs,js}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@tensorflow/*'], message: 'Only lib/engine/tfjs and workers/ may import TensorFlow.js.' }] }],
    },
  },
  {
    files: ['lib/engine/tfjs/**', 'workers/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Files stay small (one concern each); tests, test helpers and the message catalogues aside.
    files: ['app/**/*.{ts,tsx,mjs,js}', 'components/**/*.{ts,tsx,mjs,js}', 'workers/**/*.{ts,tsx,mjs,js}', 'lib/**/*.{ts,tsx,mjs,js}', 'scripts/**/*.{ts,mjs,js}'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/testing/**', 'lib/i18n/en.ts', 'lib/i18n/zh.ts'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] },
  },
  {
    files: ['scripts/**/*.mjs', '*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
  },
);
