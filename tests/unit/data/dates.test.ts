import { describe, expect, it } from 'vitest';
import {
  formatDateRange,
  formatEventDate,
  formatPartialDate,
  formatWindow,
  intervalEnd,
  intervalStart,
  isoDay,
  markTime,
  overlaps,
  parsePartialDate,
  yearExtent,
  yearOf,
  yearStart,
} from '../../../src/lib/data/dates';

describe('parsePartialDate', () => {
  it.each([
    ['1985', { year: 1985 }],
    ['1985-03', { year: 1985, month: 3 }],
    ['1985-03-13', { year: 1985, month: 3, day: 13 }],
    [' 2020-02 ', { year: 2020, month: 2 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
  ])('parses %j', (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected);
  });

  it.each([
    '',
    '85',
    '1985-3',
    '1985-13',
    '1985-00',
    '2023-02-29',
    '2021-04-31',
    '1985/03/13',
    '二〇二〇',
    '2020-01-01T00:00',
  ])('rejects %j', (text) => {
    expect(parsePartialDate(text)).toBeNull();
  });
});

describe('intervals', () => {
  it.each([
    ['1985', Date.UTC(1985, 0, 1), Date.UTC(1986, 0, 1)],
    ['1985-12', Date.UTC(1985, 11, 1), Date.UTC(1986, 0, 1)],
    ['2020-02', Date.UTC(2020, 1, 1), Date.UTC(2020, 2, 1)],
    ['2021-12-31', Date.UTC(2021, 11, 31), Date.UTC(2022, 0, 1)],
  ])('%s covers [start, end)', (text, start, end) => {
    const d = parsePartialDate(text)!;
    expect(intervalStart(d)).toBe(start);
    expect(intervalEnd(d)).toBe(end);
  });

  it('places a mark in the middle of its interval', () => {
    expect(markTime(0, 10)).toBe(5);
  });

  it.each([
    [0, 10, 10, 20, false],
    [0, 11, 10, 20, true],
    [20, 30, 10, 20, false],
    [5, 6, 0, 100, true],
    [0, 100, 5, 6, true],
  ])('[%i,%i) overlaps [%i,%i) → %s', (a, b, c, d, expected) => {
    expect(overlaps(a, b, c, d)).toBe(expected);
  });
});

describe('formatting', () => {
  it.each([
    ['1985', 'zh', '1985年'],
    ['1985-03', 'zh', '1985年3月'],
    ['1985-03-13', 'zh', '1985年3月13日'],
    ['1985', 'en', '1985'],
    ['1985-03', 'en', 'Mar 1985'],
    ['1985-03-13', 'en', '13 Mar 1985'],
    ['bad', 'en', 'bad'],
  ] as const)('%s in %s → %s', (text, lang, expected) => {
    expect(formatPartialDate(text, lang)).toBe(expected);
  });

  it('formats ranges', () => {
    expect(formatDateRange('2018', '2019', 'zh')).toBe('2018年—2019年');
    expect(formatDateRange('2018', '', 'en')).toBe('2018');
    expect(formatDateRange('2018-03', '2019', 'en')).toBe('Mar 2018 – 2019');
  });

  it.each([
    ['2014-06', '2014-06-04', 'zh', '2014年6月（不晚于4日）'],
    ['2014-06', '2014-06-04', 'en', 'Jun 2014 (by 4 Jun)'],
    ['2016', '2016-12', 'zh', '2016年（不晚于12月）'],
    ['2016', '2016-12', 'en', '2016 (by Dec)'],
    ['2012', '2012-12-31', 'zh', '2012年（不晚于12月31日）'],
    ['2012', '2012-12-31', 'en', '2012 (by 31 Dec)'],
    // Not inside the start's period: an ordinary range.
    ['2014-06', '2014-07-04', 'zh', '2014年6月—2014年7月4日'],
    ['2014', '2015-01', 'en', '2014 – Jan 2015'],
    ['2014-1', '2014-12', 'zh', '2014-1—2014年12月'],
  ] as const)('a range ending inside its start: %s to %s in %s → %s', (a, b, lang, want) =>
    expect(formatDateRange(a, b, lang)).toBe(want),
  );
});

describe("formatEventDate (an event's date, marked when approximate)", () => {
  it.each([
    ['2011-04', '2015-12', true, 'zh', '约2011年4月—2015年12月'],
    ['2011-04', '2015-12', true, 'en', 'c. Apr 2011 – Dec 2015'],
    ['2020-10-26', '2020-10-29', false, 'zh', '2020年10月26日—2020年10月29日'],
    ['1985-03-13', '', false, 'en', '13 Mar 1985'],
    ['2021', '', true, 'zh', '约2021年'],
    ['2014-06', '2014-06-04', true, 'en', 'c. Jun 2014 (by 4 Jun)'],
  ] as const)(
    '%s to %s, approximate %s, in %s → %s',
    (dateStart, dateEnd, dateApprox, lang, want) =>
      expect(formatEventDate({ dateStart, dateEnd, dateApprox }, lang)).toBe(want),
  );
});

describe('formatWindow (a time window [t0, t1) by the days it covers)', () => {
  it.each<[[number, number], 'zh' | 'en', string]>([
    [[Date.UTC(2015, 0, 1), Date.UTC(2018, 0, 1)], 'zh', '2015年1月1日—2017年12月31日'],
    [[Date.UTC(2015, 0, 1), Date.UTC(2018, 0, 1)], 'en', '1 Jan 2015 – 31 Dec 2017'],
    [[Date.UTC(2016, 1, 1), Date.UTC(2016, 2, 1)], 'zh', '2016年2月1日—2016年2月29日'],
  ])('%j in %s → %s', (w, lang, expected) => {
    expect(formatWindow(w, lang)).toBe(expected);
  });
});

describe('yearOf', () => {
  it.each([
    [Date.UTC(2015, 6, 1), 2015],
    [Date.UTC(1985, 0, 1), 1985],
    [Date.UTC(1985, 11, 31, 23, 59), 1985],
  ])('yearOf(%s) → %s', (t, y) => expect(yearOf(t)).toBe(y));
});

describe('yearStart', () => {
  it.each([
    [2015, Date.UTC(2015, 0, 1)],
    [1985, Date.UTC(1985, 0, 1)],
  ])('yearStart(%s) → %s', (y, t) => expect(yearStart(y)).toBe(t));

  it('is where yearOf starts counting the year', () => {
    expect([yearOf(yearStart(2016) - 1), yearOf(yearStart(2016))]).toEqual([2015, 2016]);
  });
});

describe('isoDay', () => {
  it.each([
    ['a day', new Date(Date.UTC(2026, 10, 3)), '2026-11-03'],
    ['late in the UTC day', new Date(Date.UTC(2026, 10, 3, 23, 59)), '2026-11-03'],
    ['single-digit month and day', new Date(Date.UTC(1985, 0, 1)), '1985-01-01'],
  ])('%s', (_, d, day) => expect(isoDay(d)).toBe(day));
});

describe('yearExtent', () => {
  it('gives the first and last year, whatever the order', () => {
    expect(yearExtent([Date.UTC(2001, 5), Date.UTC(1990, 0), Date.UTC(1995, 3)])).toEqual([
      1990, 2001,
    ]);
  });

  it('gives null for no instants', () => {
    expect(yearExtent([])).toBeNull();
  });

  it('takes 150,000 instants without overflowing the call stack', () => {
    const times = Array.from({ length: 150_000 }, (_, i) => Date.UTC(1985 + (i % 41), 0));
    expect(yearExtent(times)).toEqual([1985, 2025]);
  });
});
