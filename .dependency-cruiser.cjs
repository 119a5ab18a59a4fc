/**
 * The house rules for imports (npm run lint:deps, part of npm test). Layers point one way:
 *   shell / features (timeline, map, explore, present, import, detail, diffusion) → state → data
 * i18n and ui are shared leaves: i18n imports nothing of ours; ui may use data and i18n, never state.
 * No cycles, type-only imports included.
 */
const FEATURES = '(timeline|map|explore|present|import|detail|diffusion)';
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle (type-only imports count) makes the layers unreadable.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'data-is-the-bottom',
      severity: 'error',
      comment: 'data/ holds the shared model: it imports only data/ (and packages).',
      from: { path: '^src/lib/data/' },
      to: { path: '^src/', pathNot: '^src/lib/data/' },
    },
    {
      name: 'i18n-is-a-leaf',
      severity: 'error',
      from: { path: '^src/lib/i18n/' },
      to: { path: '^src/', pathNot: '^src/lib/i18n/' },
    },
    {
      name: 'state-over-data',
      severity: 'error',
      comment: 'state/ may use data/ and i18n/, never a feature, ui or the shell.',
      from: { path: '^src/lib/state/' },
      to: { path: '^src/', pathNot: '^src/lib/(state|data|i18n)/' },
    },
    {
      name: 'ui-reads-no-state',
      severity: 'error',
      comment: 'ui/ holds parts that do not read global state: props in, callbacks out.',
      from: { path: '^src/lib/ui/' },
      to: { path: '^src/', pathNot: '^src/lib/(ui|data|i18n)/|^src/styles/' },
    },
    {
      name: 'features-not-over-shell',
      severity: 'error',
      comment: 'Only App.svelte and main.ts place the shell; features never import it or the app.',
      from: { path: `^src/lib/${FEATURES}/` },
      to: { path: '^src/(lib/shell/|App\\.svelte|main\\.ts)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.svelte', '.svelte.ts'] },
  },
};
