import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'docs/api/**', 'docs/presslens.browser.js', 'coverage/**', 'node_modules/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Text scanning must stay linear: the regexp plugin flags super-linear backtracking (ReDoS).
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Library code runs in browsers too.
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'natural', message: "natural's root loads database drivers; import its single module." }],
          patterns: [{ group: ['node:*'], message: 'Library code must not use Node built-ins.' }],
        },
      ],
    },
  },
  {
    // The `presslens` command runs on Node only; it may use Node built-ins (library code may not).
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'natural', message: "natural's root loads database drivers; import its single module." }] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'test/**'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', performance: 'readonly', setTimeout: 'readonly', document: 'readonly', window: 'readonly' },
    },
  },
);
