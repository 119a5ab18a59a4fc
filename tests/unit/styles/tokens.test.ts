/** tokens.css is the one source of colours and type; tokens.ts is generated from it. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTaxonomy } from '../../../src/lib/data/tables';
import { PALETTE } from '../../../src/lib/map/layers';
import { TOKENS } from '../../../src/styles/tokens';
import { parseTokens, tokensModule } from '../../../src/styles/tokens-module';

const read = (f: string) => readFileSync(resolve('src/styles', f), 'utf8');

describe('parseTokens', () => {
  it.each([
    [
      'a custom property, camel-cased',
      ':root { --text-muted: #5c636e; }',
      { textMuted: '#5c636e' },
    ],
    ['several, in order', ':root{--a:1;--b-c:2}', { a: '1', bC: '2' }],
    [
      'a value over several lines, made one',
      ":root {\n  --font:\n    'A',\n    B;\n}",
      { font: "'A', B" },
    ],
    [
      'later :root blocks too; the later value wins',
      ':root{--a:1}\n:root{--a:2;--b:3}',
      { a: '2', b: '3' },
    ],
    ['nothing outside :root', 'html:lang(en) { --a: 1; }\n.x { --b: 2; }', {}],
    ['nothing commented out', ':root { /* --a: 1; */ --b: 2; }', { b: '2' }],
  ])('%s', (_, css, expected) => {
    expect(parseTokens(css)).toEqual(expected);
  });
});

describe('src/styles/tokens.ts', () => {
  it('is what tokens.css generates (run `npx vite build` after editing tokens.css)', () => {
    expect(read('tokens.ts')).toBe(tokensModule(read('tokens.css')));
  });

  it('carries the colours the map draws with', () => {
    expect(TOKENS.accent).toBe('#b3261e');
    expect(PALETTE.background).toBe(TOKENS.mapSea);
    expect(PALETTE.ramp).toHaveLength(5);
  });

  it("gives the data layer's fallback type colour (data/ imports nothing of styles/)", () => {
    const [t] = parseTaxonomy('id,zh,en,order\nx,甲,A,1\n');
    expect(t!.colour).toBe(TOKENS.typeUnknown);
  });
});
