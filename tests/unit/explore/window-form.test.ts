import { describe, expect, it } from 'vitest';
import type { Era } from '../../../src/lib/data/types';
import { parseYears, windowPresets, yearsOf } from '../../../src/lib/explore/window-form';

const Y = (y: number, m = 0) => Date.UTC(y, m, 1);
const bounds = { min: 1985, max: 2026 };

describe('parseYears', () => {
  it.each([
    ['both years', '2012', '2020', [Y(2012), Y(2021)]],
    ['one year', '2015', '2015', [Y(2015), Y(2016)]],
    ['from only: to the last year', '2012', '', [Y(2012), Y(2027)]],
    ['to only: from the first year', '', '1995', [Y(1985), Y(1996)]],
    ['spaces and a trailing 年 are fine', ' 2012年 ', '2020', [Y(2012), Y(2021)]],
    ['the bounds themselves', '1985', '2026', [Y(1985), Y(2027)]],
  ])('%s', (_, from, to, window) => {
    expect(parseYears(from, to, bounds)).toEqual({ ok: true, window });
  });

  it('clears the window when both are empty', () => {
    expect(parseYears('', ' ', bounds)).toEqual({ ok: true, window: null });
  });

  it.each([
    ['not a number', 'abc', '', 'from', 'notYear'],
    ['two digits', '12', '', 'from', 'notYear'],
    ['a date, not a year', '2012-05', '', 'from', 'notYear'],
    ['before the first year', '1900', '', 'from', 'range'],
    ['after the last year', '', '2099', 'to', 'range'],
    ['start after end', '2020', '2012', 'to', 'order'],
  ])('refuses %s', (_, from, to, field, error) => {
    expect(parseYears(from, to, bounds)).toEqual({ ok: false, field, error });
  });
});

describe('yearsOf', () => {
  it.each([
    ['whole years', [Y(2012), Y(2027)], { from: '2012', to: '2026' }],
    ['an era ending in May', [Y(1985, 2), Y(1995, 5)], { from: '1985', to: '1995' }],
    ['none', null, { from: '', to: '' }],
  ] as const)('%s', (_, w, out) => {
    expect(yearsOf(w)).toEqual(out);
  });
});

describe('windowPresets', () => {
  const era = (id: string, t0: number, t1: number, end: string): Era => ({
    id,
    nameZh: id,
    nameEn: id,
    start: '',
    end,
    t0,
    t1,
    docZh: '',
    docEn: '',
    sources: [],
  });
  const presets = windowPresets(
    [era('launch', Y(1985, 2), Y(1995, 5), '1995-05'), era('new', Y(2012, 10), Y(2026, 6), '')],
    2026,
  );

  it('gives one per era, then 1985–2011 and 2012–now', () => {
    expect(presets.map((p) => [p.id, p.years])).toEqual([
      ['launch', '1985–1995'],
      ['new', '2012–'],
      ['before-2012', '1985–2011'],
      ['since-2012', '2012–'],
    ]);
  });

  it('keeps an era’s own months', () => {
    expect(presets[0]!.window).toEqual([Y(1985, 2), Y(1995, 5)]);
  });

  it('runs an era still going to the end of the last year', () => {
    expect(presets[1]!.window).toEqual([Y(2012, 10), Y(2027)]);
  });
});
