import { describe, expect, it } from 'vitest';
import { randomLcg } from 'd3-random';
import {
  DEFAULT_URL_STATE,
  dataParam,
  decodeUrl,
  encodeUrl,
  type UrlState,
} from '../../../src/lib/state/url';
import { detectLang } from '../../../src/lib/i18n';
import { historyMode, onlyYear, sameButSelection } from '../../../src/lib/state/url-sync.svelte';
import { createUrlContext } from '../../helpers';

const ctx = createUrlContext();

const state = (over: Partial<UrlState>): UrlState => ({ ...DEFAULT_URL_STATE, ...over });

describe('encode → decode round trip', () => {
  it.each<[string, UrlState, string]>([
    ['defaults', state({}), ''],
    ['language', state({ lang: 'en' }), 'lang=en'],
    [
      'filters',
      state({
        filters: {
          types: ['law', 'pilot'],
          levels: ['provincial'],
          actions: ['create', 'abolish'],
          regions: ['510000', 'jjj'],
          window: [Date.UTC(2012, 0, 1), Date.UTC(2021, 0, 1)],
          query: '权属 改革',
        },
      }),
      'types=law%2Cpilot&levels=provincial&act=create%2Cabolish&regions=510000%2Cjjj&from=2012-01-01&to=2020-12-31&q=%E6%9D%83%E5%B1%9E+%E6%94%B9%E9%9D%A9',
    ],
    [
      'selection and view',
      state({ selectedId: 'sichuan', view: '510000' }),
      'sel=sichuan&view=510000',
    ],
    [
      'presentation at a tour step',
      state({ present: { active: true, tourId: 'ownership', step: 2, cumulative: false } }),
      'present=1&tour=ownership&step=3',
    ],
    [
      'cumulative presentation',
      state({ present: { active: true, tourId: null, step: 4, cumulative: true } }),
      'present=1&step=5&cum=1',
    ],
    [
      'diffusion view: family, scrubbed year and matrix order',
      state({ diffusion: { family: 'transform-reg', year: 2016, sort: 'first' } }),
      'family=transform-reg&year=2016&sort=first',
    ],
    [
      'diffusion view at the latest year, sorted by group',
      state({ diffusion: { family: 'nidz', year: null, sort: 'group' } }),
      'family=nidz',
    ],
    [
      'diffusion view presented',
      state({
        present: { active: true, tourId: null, step: 3, cumulative: false },
        diffusion: { family: 'nidz', year: null, sort: 'count' },
      }),
      'present=1&step=4&family=nidz&sort=count',
    ],
  ])('%s', (_, s, search) => {
    expect(encodeUrl(s)).toBe(search);
    expect(decodeUrl(search, ctx)).toEqual({ state: s, ignored: [] });
  });
});

describe('decode: friendly and partial input', () => {
  it.each([
    ['regions by name', 'regions=四川,京津冀', { regions: ['510000', 'jjj'] }],
    [
      'year-only window',
      'from=2012&to=2015',
      { window: [Date.UTC(2012, 0, 1), Date.UTC(2016, 0, 1)] },
    ],
    ['open-ended window', 'from=2012', { window: [Date.UTC(2012, 0, 1), Date.UTC(2100, 0, 1)] }],
    ['duplicates collapse', 'types=law,law', { types: ['law'] }],
    ['one action', 'act=abolish', { actions: ['abolish'] }],
  ])('%s', (_, search, filters) => {
    const { state: s, ignored } = decodeUrl(search, ctx);
    expect(ignored).toEqual([]);
    expect(s.filters).toMatchObject(filters);
  });
});

describe('decode: garbage is ignored and named', () => {
  it.each([
    ['lang=fr', ['lang']],
    ['types=law,magic', ['types']],
    ['levels=county', ['levels']],
    ['act=destroy', ['act']],
    ['regions=999999', ['regions']],
    ['from=yesterday', ['from']],
    ['from=2020&to=2010', ['to']],
    ['sel=nope', ['sel']],
    ['view=510100', ['view']],
    ['tour=nope', ['tour']],
    ['present=1&step=0', ['step']],
    ['present=1&step=-3', ['step']],
    ['present=maybe', ['present']],
    ['present=1&cum=yes', ['cum']],
    ['utm_source=x', ['utm_source']],
    [`q=${'x'.repeat(600)}`, ['q']],
    ['data=bench.csv', []],
    ['family=nope', ['family']],
    ['family=nidz&year=20x6', ['year']],
    ['family=nidz&year=1900', ['year']],
    ['family=nidz&sort=random', ['sort']],
  ])('%s', (search, ignored) => {
    const d = decodeUrl(search, ctx);
    expect(d.ignored).toEqual(ignored);
  });

  it('keeps the family when its year is bad', () => {
    expect(decodeUrl('family=nidz&year=1900', ctx).state.diffusion).toEqual({
      family: 'nidz',
      year: null,
      sort: 'group',
    });
  });

  it('drops a year and order that come without a family', () => {
    expect(decodeUrl('year=2016&sort=first', ctx).state.diffusion.family).toBeNull();
    expect(encodeUrl(decodeUrl('year=2016&sort=first', ctx).state)).toBe('');
  });

  it('keeps the valid part of a half-bad list', () => {
    expect(decodeUrl('types=law,magic', ctx).state.filters.types).toEqual(['law']);
  });

  it('never throws on 1,000 seeded random strings', () => {
    const rand = randomLcg(42);
    const alphabet =
      'abc=&%?#,;<>"\'/\\ 四川\u0000\uffff\ud800lang types from to sel step 2020-13-45';
    for (let i = 0; i < 1000; i++) {
      const n = Math.floor(rand() * 80);
      let s = '';
      for (let j = 0; j < n; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
      const d = decodeUrl(s, ctx);
      expect(d.state.filters).toBeDefined();
      expect(encodeUrl(decodeUrl(encodeUrl(d.state), ctx).state)).toBe(encodeUrl(d.state));
    }
  });
});

describe('sameButSelection', () => {
  it.each([
    ['types=law&sel=a', 'types=law&sel=b', true],
    ['present=1&step=2', 'present=1&step=3', true],
    ['types=law', 'types=law&sel=a', true],
    ['types=law', 'types=pilot', false],
    ['sel=a', 'sel=a&lang=en', false],
  ])('%s ~ %s → %s', (a, b, expected) => {
    expect(sameButSelection(a, b)).toBe(expected);
  });
});

describe('onlyYear', () => {
  it.each([
    ['family=a', 'family=a&year=2016', true],
    ['family=a&year=2015', 'family=a&year=2016&sel=x', true],
    ['family=a&year=2015', 'family=b&year=2016', false],
    ['family=a&year=2015', 'family=a&year=2015&sel=x', false],
  ])('%s ~ %s → %s', (a, b, expected) => expect(onlyYear(a, b)).toBe(expected));
});

describe('historyMode (back/forward walk the diffusion view)', () => {
  it.each<[string, string, string, boolean, 'push' | 'replace']>([
    ['opening a family', '', 'family=a', false, 'push'],
    ['switching family', 'family=a', 'family=b', false, 'push'],
    ['changing the order', 'family=a', 'family=a&sort=count', false, 'push'],
    ['the first year of a scrub', 'family=a', 'family=a&year=2016', false, 'push'],
    ['a scrub going on', 'family=a&year=2016', 'family=a&year=2017', true, 'replace'],
    [
      'a year after another change',
      'family=a&sort=count',
      'family=a&sort=count&year=2010',
      false,
      'push',
    ],
    [
      'a selection from the matrix',
      'family=a&year=2016',
      'family=a&year=2016&sel=x',
      true,
      'replace',
    ],
    ['closing the view', 'family=a&year=2016', '', true, 'push'],
  ])('%s → %s', (_, a, b, lastWasYear, mode) => {
    expect(historyMode(a, b, lastWasYear)).toBe(mode);
  });
});

describe('dataParam', () => {
  it.each([
    ['data=bench/synthetic-10000.csv', 'bench/synthetic-10000.csv'],
    ['data=https://evil.example/x.csv', null],
    ['data=//evil.example/x.csv', null],
    ['data=/etc/passwd.csv', null],
    ['data=../x.csv', null],
    ['data=x.json', null],
    ['', null],
  ])('%s → %s', (search, expected) => {
    expect(dataParam(search)).toBe(expected);
  });
});

describe('detectLang', () => {
  it.each([
    [null, ['zh-CN'], 'zh'],
    [null, ['en-US', 'zh-CN'], 'en'],
    [null, ['fr-FR'], 'zh'],
    ['en', ['zh-CN'], 'en'],
    ['xx', ['en-GB'], 'en'],
  ] as const)('%s %j → %s', (stored, browser, expected) => {
    expect(detectLang(stored, browser)).toBe(expected);
  });
});
