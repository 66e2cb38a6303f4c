// ESLint: the recommended sets (typescript-eslint's without type information, so a run stays fast),
// the rules the house cares about, and its import boundaries (eslint/boundaries.js).
// Formatting is Prettier's (.prettierrc.json), so no stylistic rules here.

import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import house from './eslint/boundaries.js';

export default defineConfig(
  globalIgnores(['lib/', 'dist/', '.bench/', 'test/fixtures/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      // tsc checks the names in the TypeScript files; these are for the plain .js/.mjs files (Node).
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly' },
    },
    plugins: { house },
    rules: {
      'house/boundaries': 'error',
      // A comma-operator statement hides a second effect at the end of a line. no-sequences leaves
      // a for-loop's init and update alone (`i++, j--`); parentheses do not excuse one anywhere else.
      'no-sequences': ['error', { allowInParentheses: false }],
      eqeqeq: 'error',
      'no-var': 'error',
      'prefer-const': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // The code uses `!` deliberately, where a lookup is known to succeed.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `_name` marks a parameter a signature needs; `{ drop, ...rest }` leaves a property out.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
);
