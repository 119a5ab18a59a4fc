import { describe, expect, it } from 'vitest';
import {
  countBy,
  levelCounts,
  perYearByType,
  rankCounts,
  rankRegions,
  sortEvents,
} from '../../../src/lib/explore/stats';
import { chartGeometry } from '../../../src/lib/explore/chart';
import {
  EMPTY_FILTERS,
  countByRegion,
  facetCounts,
  matchesBase,
} from '../../../src/lib/state/selectors';
import { createEvent, createIndex } from '../../helpers';

const index = createIndex();
const a = createEvent({
  id: 'a',
  dateStart: '2016',
  type: 'law',
  regions: ['510000'],
  titleZh: '北京',
});
const b = createEvent({
  id: 'b',
  dateStart: '2016-05',
  type: 'pilot',
  regions: ['510100'],
  titleZh: '安徽',
  level: 'municipal',
});
const c = createEvent({
  id: 'c',
  dateStart: '2018',
  type: 'law',
  regions: ['jjj'],
  titleZh: '重庆',
  level: 'cross-regional',
});
const d = createEvent({
  id: 'd',
  dateStart: '2014',
  dateEnd: '2019',
  type: 'party',
  regions: [],
  titleZh: '成都',
  level: 'national',
});
const all = [a, b, c, d];

describe('perYearByType', () => {
  it('fills every year, counting each event in every year it lasts, by type', () => {
    const rows = perYearByType(all, ['law', 'pilot', 'party'], 2014, 2018);
    expect(rows.map((r) => [r.year, r.total])).toEqual([
      [2014, 1],
      [2015, 1],
      [2016, 3],
      [2017, 1],
      [2018, 2],
    ]);
    expect(rows[2]!.counts).toEqual({ law: 1, pilot: 1, party: 1 });
  });
  it('counts a year exactly as a time window on that year filters', () => {
    const rows = perYearByType(all, ['law', 'pilot', 'party'], 2010, 2022);
    for (const r of rows) {
      const window = [Date.UTC(r.year, 0, 1), Date.UTC(r.year + 1, 0, 1)] as const;
      const inWindow = all.filter((e) => matchesBase(e, { ...EMPTY_FILTERS, window }));
      expect(r.total, String(r.year)).toBe(inWindow.length);
    }
  });
  it('counts a range through its whole end year, and no further', () => {
    const e = createEvent({ id: 'e', dateStart: '2014', dateEnd: '2015', type: 'law' });
    const rows = perYearByType([e], ['law'], 2014, 2016);
    expect(rows.map((r) => r.total)).toEqual([1, 1, 0]);
  });
  it.each([
    ['years outside the range', 2015, 2015, 0],
    ['unknown types', 2016, 2016, 1],
  ])('ignores %s', (_, first, last, total) => {
    const rows = perYearByType(all, ['law'], first, last);
    expect(rows.reduce((s, r) => s + r.total, 0)).toBe(total);
  });
});

describe('rankRegions', () => {
  it('ranks provinces only, by count then adcode', () => {
    expect(rankRegions(all, index, 3)).toEqual([
      { id: '510000', count: 2 },
      { id: '110000', count: 1 },
      { id: '120000', count: 1 },
    ]);
  });

  it('ranks counts already made the same way (rankCounts, from AppState.counts)', () => {
    expect(rankCounts(countByRegion(all, index), index, 3)).toEqual(rankRegions(all, index, 3));
  });
});

describe('sortEvents', () => {
  const text = {
    title: (e: typeof a) => e.titleZh,
    type: (e: typeof a) => e.type,
    regions: (e: typeof a) => e.regions.join(),
  };
  it.each([
    ['date asc', { key: 'date', dir: 'asc' }, ['d', 'a', 'b', 'c']],
    ['date desc', { key: 'date', dir: 'desc' }, ['c', 'b', 'a', 'd']],
    ['title in pinyin order', { key: 'title', dir: 'asc' }, ['b', 'a', 'd', 'c']],
    ['type, ties by id', { key: 'type', dir: 'asc' }, ['a', 'c', 'd', 'b']],
  ] as const)('%s', (_, sort, ids) => {
    expect(sortEvents(all, sort, text, 'zh-CN').map((e) => e.id)).toEqual(ids);
  });
  it('does not mutate its input', () => {
    const copy = [...all];
    sortEvents(all, { key: 'title', dir: 'desc' }, text, 'zh-CN');
    expect(all).toEqual(copy);
  });
});

describe('facetCounts', () => {
  it('counts each facet under the other filters', () => {
    const f = { ...EMPTY_FILTERS, types: ['law'], levels: ['provincial' as const] };
    const { types, levels } = facetCounts(all, f, index);
    // types: level filter applies (only a is provincial) → law 1
    expect(Object.fromEntries(types)).toEqual({ law: 1 });
    // levels: type filter applies (a, c are law) → provincial 1, cross-regional 1
    expect(Object.fromEntries(levels)).toEqual({ provincial: 1, 'cross-regional': 1 });
  });
  it('respects the region filter', () => {
    const { types } = facetCounts(all, { ...EMPTY_FILTERS, regions: ['510000'] }, index);
    expect(Object.fromEntries(types)).toEqual({ law: 1, pilot: 1 });
  });
});

describe('countBy / levelCounts', () => {
  it('counts', () => {
    expect(Object.fromEntries(countBy(all, (e) => e.type))).toEqual({ law: 2, pilot: 1, party: 1 });
    expect(levelCounts(all, ['national', 'provincial', 'municipal', 'cross-regional'])).toEqual([
      ['national', 1],
      ['provincial', 1],
      ['municipal', 1],
      ['cross-regional', 1],
    ]);
  });
});

describe('chartGeometry', () => {
  // Counts written out, so the geometry is tested apart from the counting rule.
  const row = (year: number, law: number, pilot: number, party: number) => ({
    year,
    counts: { law, pilot, party },
    total: law + pilot + party,
  });
  const rows = [
    row(2014, 0, 0, 1),
    row(2015, 0, 0, 0),
    row(2016, 1, 1, 0),
    row(2017, 0, 0, 0),
    row(2018, 1, 0, 0),
  ];
  const g = chartGeometry(rows, ['law', 'pilot', 'party'], {
    left: 0,
    right: 500,
    top: 0,
    bottom: 100,
  });
  it('stacks bars bottom-up within the box, one per non-zero cell', () => {
    expect(g.bars.map((b) => `${b.year}:${b.type}`)).toEqual([
      '2016:law',
      '2018:law',
      '2016:pilot',
      '2014:party',
    ]);
    const [law2016, , pilot2016] = g.bars;
    expect(law2016!.y + law2016!.h).toBeCloseTo(100);
    expect(pilot2016!.y + pilot2016!.h).toBeCloseTo(law2016!.y);
    for (const bar of g.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(0);
      expect(bar.x + bar.w).toBeLessThanOrEqual(500);
      expect(bar.y).toBeGreaterThanOrEqual(0);
    }
  });
  it('has a hit area per year and readable ticks', () => {
    expect(g.years).toHaveLength(5);
    expect(g.max).toBe(2);
    expect(g.xTicks.map((t) => t.year)).toEqual([2014, 2015, 2016, 2017, 2018]);
  });
  it('thins year labels when narrow', () => {
    const long = perYearByType([], ['law'], 1985, 2026);
    const narrow = chartGeometry(long, ['law'], { left: 0, right: 300, top: 0, bottom: 100 });
    expect(narrow.xTicks.map((t) => t.year)).toEqual([1990, 2000, 2010, 2020]);
  });
});
