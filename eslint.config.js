import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'dist-single/',
      'dist-*/',
      'test-results-*/',
      'test-results/',
      'playwright-report/',
      'data/geo/node_modules/',
      'bench/node_modules/',
      'bench/results/',
      'release/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  { languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: ts.parser, svelteConfig, extraFileExtensions: ['.svelte'] },
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'svelte/no-at-html-tags': 'error',
    },
  },
  {
    // Spreading an array into a call puts every element on the stack: 150,000 events into
    // Math.min/Math.max (or push) throw "Maximum call stack size exceeded". Loop or reduce instead.
    files: ['src/**', 'bench/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.name='Math'][callee.property.name=/^(min|max)$/] > SpreadElement",
          message:
            'No spread into Math.min/Math.max: a large array overflows the stack; use a loop or reduce.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(push|unshift)$/] > SpreadElement',
          message: 'No spread into push/unshift: a large array overflows the stack; use a loop.',
        },
      ],
    },
  },
  {
    // Pure modules and the state classes build Maps/Sets/URLSearchParams as values, never as state.
    files: ['src/lib/**/*.ts'],
    rules: { 'svelte/prefer-svelte-reactivity': 'off' },
  },
);
