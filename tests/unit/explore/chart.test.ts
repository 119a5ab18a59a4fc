import { describe, expect, it } from 'vitest';
import { tabbableYear, windowSpan, yearAfterKey } from '../../../src/lib/explore/chart';

describe('yearAfterKey', () => {
  const years = [2015, 2016, 2017];
  it.each([
    ['ArrowRight', 2016, 2017],
    ['ArrowUp', 2016, 2017],
    ['ArrowLeft', 2016, 2015],
    ['ArrowDown', 2016, 2015],
    ['Home', 2016, 2015],
    ['End', 2015, 2017],
    ['ArrowRight', 2017, 2017],
    ['ArrowLeft', 2015, 2015],
  ])('%s from %i goes to %i', (key, from, to) => {
    expect(yearAfterKey(years, from, key)).toBe(to);
  });

  it.each(['Tab', 'a', 'Enter', ' '])('ignores %j', (key) => {
    expect(yearAfterKey(years, 2016, key)).toBeNull();
  });

  it('has nowhere to go without years', () => {
    expect(yearAfterKey([], 2016, 'ArrowRight')).toBeNull();
  });
});

describe('tabbableYear', () => {
  const years = [
    { year: 2015, total: 2 },
    { year: 2016, total: 1 },
    { year: 2017, total: 0 },
  ];
  it('keeps the year last focused', () => {
    expect(tabbableYear(years, 2016, [2015, 2015])).toBe(2016);
  });
  it('else starts at the time window', () => {
    expect(tabbableYear(years, null, [2015, 2016])).toBe(2015);
  });
  it('else at the latest year with events', () => {
    expect(tabbableYear(years, null, null)).toBe(2016);
  });
  it('ignores a chosen or window year the chart does not have', () => {
    expect(tabbableYear(years, 1990, [1980, 1981])).toBe(2016);
  });
  it('falls back to the last year when none has events', () => {
    expect(tabbableYear([{ year: 2015, total: 0 }], null, null)).toBe(2015);
  });
  it('has none without years', () => {
    expect(tabbableYear([], null, null)).toBeNull();
  });
});

describe('windowSpan', () => {
  const years = [2014, 2015, 2016, 2017].map((year, i) => ({ year, x: 30 + 10 * i, w: 10 }));
  it.each([
    ['the columns inside, from 2 px before the first', [2015, 2016], { x: 38, w: 20 }],
    ['one year', [2017, 2017], { x: 58, w: 10 }],
    ['a window wider than the chart: all columns', [1985, 2030], { x: 28, w: 40 }],
    ['a window beside the chart: none', [1990, 2000], null],
  ] as const)('%s', (_, window, span) => {
    expect(windowSpan(years, window)).toEqual(span);
  });
});
