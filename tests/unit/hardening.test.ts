/**
 * Hardening, without a browser: 1,000 seeded fuzzed URLs never make decodeUrl throw and always
 * decode to a state made only of known values; `?data=` never names a file off the app's origin;
 * no component renders markup from a string ({@html} appears nowhere in src/).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuzzUrls, HOSTILE } from '../../bench/fuzz-urls';
import { dataParam, decodeUrl, encodeUrl } from '../../src/lib/state/url';
import { LEVELS } from '../../src/lib/data/types';
import { createIndex, createUrlContext } from '../helpers';

const index = createIndex();
const ctx = createUrlContext();
const vocab = {
  types: [...ctx.types],
  ids: [...ctx.ids],
  regions: ['510000', 'jjj', '320100'],
  tours: [...ctx.tours],
};
const URLS = fuzzUrls(1000, vocab, 9);

describe('fuzzed URLs', () => {
  it('are seeded: the same seed gives the same 1,000 strings, another seed others', () => {
    expect(fuzzUrls(1000, vocab, 9)).toEqual(URLS);
    expect(fuzzUrls(50, vocab, 10)).not.toEqual(URLS.slice(0, 50));
    expect(new Set(URLS).size).toBeGreaterThan(900);
  });

  it('include the nasty cases: markup, huge values, broken escapes, unknown keys', () => {
    const all = URLS.join('\n');
    expect(all).toContain(encodeURIComponent(HOSTILE[0]!));
    expect(URLS.some((u) => u.length > 10_000)).toBe(true);
    expect(all).toContain('%E0%A4%A');
    expect(all).toContain('__proto__');
  });

  it('never make decodeUrl throw, and decode only to known values', () => {
    for (const q of URLS) {
      const { state, ignored } = decodeUrl(q, ctx);
      expect(
        state.filters.types.every((t) => ctx.types.has(t)),
        q,
      ).toBe(true);
      expect(
        state.filters.levels.every((l) => (LEVELS as readonly string[]).includes(l)),
        q,
      ).toBe(true);
      expect(
        state.filters.regions.every((r) => index.resolve(r) === r),
        q,
      ).toBe(true);
      expect(state.selectedId === null || ctx.ids.has(state.selectedId), q).toBe(true);
      expect(state.view === null || ctx.provinces.has(state.view), q).toBe(true);
      expect(state.present.tourId === null || ctx.tours.has(state.present.tourId), q).toBe(true);
      expect(Number.isInteger(state.present.step) && state.present.step >= 0, q).toBe(true);
      expect(state.filters.query.length, q).toBeLessThanOrEqual(200);
      if (state.filters.window)
        expect(state.filters.window[1], q).toBeGreaterThan(state.filters.window[0]);
      expect(Array.isArray(ignored)).toBe(true);
    }
  });

  it('re-encode to a URL that decodes to the same state with nothing ignored', () => {
    for (const q of URLS) {
      const { state } = decodeUrl(q, ctx);
      const again = decodeUrl(encodeUrl(state), ctx);
      expect(again.state, q).toEqual(state);
      expect(again.ignored, q).toEqual([]);
    }
  });

  it.each([
    ['sel=%3Cscript%3E', ['sel']],
    ['types=%3Cimg%20src%3Dx%3E', ['types']],
    [`q=${'a'.repeat(40_000)}`, ['q']],
    ['__proto__=1&constructor=2', ['__proto__', 'constructor']],
    ['step=1e3', ['step']],
  ])('names what it drops: %s', (q, names) => {
    expect(decodeUrl(q, ctx).ignored).toEqual(expect.arrayContaining(names));
  });
});

describe('?data= stays on the app origin', () => {
  const offOrigin = [
    'http://evil.example/x.csv',
    '//evil.example/x.csv',
    '/abs.csv',
    '../../etc/passwd.csv',
    'data:text/csv,a',
    'javascript:alert(1)//.csv',
    'x.csv?y=1',
    '%2e%2e/x.csv',
    'a\\..\\x.csv',
  ];
  it.each(offOrigin)('rejects %s', (v) => {
    expect(dataParam(`data=${encodeURIComponent(v)}`)).toBeNull();
  });
  it('accepts nothing off-origin among 1,000 fuzzed URLs', () => {
    for (const q of URLS) {
      const v = dataParam(q);
      if (v !== null) expect(new URL(v, 'http://app.local/').origin, q).toBe('http://app.local');
    }
  });
});

describe('no markup from strings', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.svelte')) files.push(p);
    }
  };
  walk('src');

  it('finds the components', () => expect(files.length).toBeGreaterThan(10));
  it('no component uses {@html}', () => {
    const offenders = files.filter((f) => /\{@html\b/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
  it('no module assigns innerHTML or outerHTML or calls insertAdjacentHTML', () => {
    const ts: string[] = [];
    const walkTs = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walkTs(p);
        else if (/\.(ts|svelte)$/.test(p)) ts.push(p);
      }
    };
    walkTs('src');
    const offenders = ts.filter((f) =>
      /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\(/.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
