import { describe, expect, it } from 'vitest';
import { translate, type Lang } from '../../../src/lib/i18n';
import type { Adoption } from '../../../src/lib/diffusion/adoption';
import type { Figures, Ranked } from '../../../src/lib/diffusion/figures';
import {
  countText,
  figureLines,
  placeTooltip,
  placesText,
  rankedText,
  yearCard,
  yearText,
  type FigureContext,
} from '../../../src/lib/diffusion/text';

const t =
  (lang: Lang) => (key: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
    translate(lang, key, p);
const NAMES: Record<string, string> = {
  '320000': '江苏',
  '330000': '浙江',
  '440000': '广东',
  '510000': '四川',
};
const name = (c: string) => NAMES[c] ?? c;

const adoption = (year: number, approx = false): Adoption => ({
  place: '510000',
  province: '510000',
  eventId: 'e',
  dateStart: String(year),
  t0: Date.UTC(year, 0, 1),
  year,
  approx,
});
const ranked = (place: string, year: number, lag: number | null, approx = false): Ranked => ({
  place,
  year,
  approx,
  eventId: `e-${place}`,
  lag,
});

describe('yearText', () => {
  it.each([
    ['zh', 2016, false, '2016年'],
    ['zh', 2016, true, '约2016'],
    ['en', 2016, false, '2016'],
    ['en', 2016, true, 'c.2016'],
  ] as const)('%s %d approx=%s → %s', (lang, year, approx, want) =>
    expect(yearText(year, approx, t(lang))).toBe(want),
  );
});

describe('placesText', () => {
  it.each([
    ['zh', 8, 'province', '8 个省份'],
    ['en', 8, 'province', '8 provinces'],
    ['en', 1, 'province', '1 province'],
    ['en', 0, 'province', '0 provinces'],
    ['zh', 3, 'city', '3 个地级单位'],
    ['en', 1, 'city', '1 place'],
    ['en', 12, 'city', '12 places'],
  ] as const)('%s %d %s → %s', (lang, n, unit, want) =>
    expect(placesText(n, unit, t(lang))).toBe(want),
  );
});

describe('yearCard', () => {
  it('names the year, the total and who was new, in order', () =>
    expect(
      yearCard(
        { year: 2016, total: 8, added: ['320000', '330000', '440000'] },
        'province',
        name,
        '、',
        t('zh'),
      ),
    ).toEqual({ title: '2016年：8 个省份', added: '新增 3 个：江苏、浙江、广东' }));
  it('says when nobody was new', () =>
    expect(
      yearCard({ year: 2017, total: 8, added: [] }, 'province', name, '、', t('zh')).added,
    ).toBe('本年无新增'));
  it('never prints a year with a thousands separator in English', () =>
    expect(
      yearCard({ year: 2016, total: 1, added: ['510000'] }, 'province', name, ', ', t('en')),
    ).toEqual({
      title: '2016: 1 province',
      added: '1 new: 四川',
    }));
});

describe('placeTooltip', () => {
  const zh = t('zh');
  it.each([
    ['outside the filter', undefined, null, '四川：不在当前地区筛选内'],
    ['no record', { status: 'none' as const }, null, '四川：未见记录'],
    ['complete family, not adopted', { status: 'not-adopted' as const }, null, '四川：未采纳'],
    [
      'adopted after the year shown',
      { status: 'later' as const, adoption: adoption(2019) },
      null,
      '四川：2019年采纳（在所示年份之后）',
    ],
    [
      'adopted, with a lag',
      { status: 'adopted' as const, adoption: adoption(2016) },
      1,
      '四川：2016年采纳，距锚定 1 年',
    ],
    [
      'adopted, no anchor',
      { status: 'new' as const, adoption: adoption(2016) },
      null,
      '四川：2016年采纳',
    ],
    [
      'adopted, approximate date',
      { status: 'adopted' as const, adoption: adoption(2016, true) },
      null,
      '四川：约2016采纳',
    ],
  ])('%s', (_, at, lag, want) => expect(placeTooltip('四川', at, lag, zh)).toBe(want));
});

const figures: Figures = {
  adopted: 3,
  total: 31,
  first: [ranked('320000', 2016, 1), ranked('330000', 2016, 1)],
  lag: { median: 1.5, min: 1, max: 4 },
  fastest: [ranked('320000', 2016, 1), ranked('330000', 2016, 1)],
  slowest: [ranked('440000', 2019, 4, true)],
};
const ctx = (over: Partial<FigureContext> = {}): FigureContext => ({
  unit: 'province',
  t: t('zh'),
  name,
  sep: '、',
  anchor: '促进科技成果转化法修正',
  ...over,
});

describe('countText', () => {
  it.each([
    ['province', 'zh', '3 / 31 个省份'],
    ['province', 'en', '3 / 31 provinces'],
    ['city', 'zh', '3 / 31 个地级单位'],
  ] as const)('%s %s → %s', (unit, lang, want) =>
    expect(countText(figures, ctx({ unit, t: t(lang) }))).toBe(want),
  );
});

describe('rankedText', () => {
  it('gives the lag after the year', () =>
    expect(rankedText(ranked('510000', 2016, 1), ctx())).toBe('四川 2016年（1 年）'));
  it('gives only the year without an anchor', () =>
    expect(rankedText(ranked('510000', 2016, null), ctx())).toBe('四川 2016年'));
  it('marks an approximate year', () =>
    expect(rankedText(ranked('510000', 2016, 2, true), ctx())).toBe('四川 约2016（2 年）'));
});

describe('figureLines', () => {
  it('lists first movers, the lag, the fastest and the slowest', () =>
    expect(figureLines(figures, ctx())).toEqual([
      ['首先采纳', '江苏、浙江（2016年）'],
      ['滞后', '中位数 1.5 年（1 至 4 年），自“促进科技成果转化法修正”起'],
      ['最快', '江苏 2016年（1 年）、浙江 2016年（1 年）'],
      ['最慢', '广东 约2019（4 年）'],
    ]));
  it('says there is no lag without an anchor', () =>
    expect(figureLines({ ...figures, lag: null }, ctx({ anchor: null }))[1]).toEqual([
      '滞后',
      '该系列没有锚定事件，不计算滞后。',
    ]));
  it('puts a city family’s provinces first', () =>
    expect(figureLines(figures, ctx({ unit: 'city', provinces: { n: 2, total: 31 } }))[0]).toEqual([
      '已采纳',
      '分布于 2 / 31 个省份',
    ]));
  it('has no first-mover line when nobody adopted', () =>
    expect(
      figureLines(
        { ...figures, adopted: 0, first: [], lag: null, fastest: [], slowest: [] },
        ctx(),
      ).map((l) => l[0]),
    ).toEqual([]));
});
