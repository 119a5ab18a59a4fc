import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** For each package, an eslint config block forbidding its import (types allowed) outside `owners`. */
function oneEntryPoint(owners) {
  const rule = (pkgs) => ({
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: pkgs.map((p) => ({
          group: [p, `${p}/*`],
          allowTypeImports: true,
          message: `only ${owners[p].join(' and ')} may import ${p} (types aside).`,
        })),
      },
    ],
  });
  const pkgs = Object.keys(owners);
  const allOwners = pkgs.flatMap((p) => owners[p]);
  return [
    { files: ['src/**/*.ts', 'src/**/*.svelte'], ignores: allOwners, rules: rule(pkgs) },
    ...pkgs.map((p) => ({ files: owners[p], rules: rule(pkgs.filter((q) => q !== p)) })),
  ];
}

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
  // One entry point per imperative library: maplibre runs only in china-map.ts (its parts in
  // china-map/ import its types), d3-zoom only in the timeline's and the SVG map's zoom modules.
  ...oneEntryPoint({
    'maplibre-gl': ['src/lib/map/china-map.ts'],
    'd3-zoom': ['src/lib/timeline/zoom.ts', 'src/lib/map/svg-map/zoom.ts'],
  }),
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
