/**
 * tokens.css → tokens.ts: the custom properties of its `:root` blocks as one TypeScript object, for
 * code that cannot read CSS variables where it draws (maplibre's paint, canvases, the PNG export).
 * Run by the `atlas:tokens` plugin in vite.config.ts; never imported by the app. Pure.
 */

/** `--text-muted` → `textMuted`. */
const camel = (name: string) => name.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/**
 * The custom properties set in `:root` blocks, by camel-cased name, in order; a later one wins, as
 * in CSS. Values keep their text with runs of white space made one space.
 * `parseTokens(':root { --text-muted: #5c636e; }')` → `{ textMuted: '#5c636e' }`.
 */
export function parseTokens(css: string): Record<string, string> {
  const out: Record<string, string> = {};
  const bare = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const block of bare.matchAll(/(?:^|[}\s]):root\s*\{([^}]*)\}/g)) {
    for (const [, name, value] of block[1]!.matchAll(/--([\w-]+)\s*:\s*([^;]+)(?:;|$)/g))
      out[camel(name!)] = value!.trim().replace(/\s+/g, ' ');
  }
  return out;
}

/** The text of src/styles/tokens.ts for a tokens.css. */
export function tokensModule(css: string): string {
  const lines = Object.entries(parseTokens(css)).map(([k, v]) => `  ${k}: ${JSON.stringify(v)},`);
  return [
    '// Generated from tokens.css by vite.config.ts (atlas:tokens): edit tokens.css, not this file.',
    '/** The design tokens of tokens.css `:root`, for canvas and WebGL code (CSS reads the variables). */',
    'const tokens = {',
    ...lines,
    '};',
    'export const TOKENS: Readonly<typeof tokens> = tokens;',
    '',
  ].join('\n');
}
