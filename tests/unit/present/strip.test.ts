import { describe, expect, it } from 'vitest';
import { stripLayout } from '../../../src/lib/present/strip';

const y = (year: number, month = 0) => Date.UTC(year, month, 1);

describe('stripLayout', () => {
  it('spans the steps’ years with padding, at least four years wide', () => {
    const L = stripLayout([y(2015, 6)], 1000, { radius: 8, pad: 20 });
    expect(L.ticks[0]!.year).toBeLessThanOrEqual(2014);
    expect(L.ticks[L.ticks.length - 1]!.year).toBeGreaterThanOrEqual(2017);
    expect(L.marks[0]!.x).toBeGreaterThan(20);
    expect(L.marks[0]!.x).toBeLessThan(980);
  });

  it('puts earlier events left of later ones, whatever the step order', () => {
    const L = stripLayout([y(2020), y(1985), y(2000)], 1000, { radius: 5 });
    expect(L.marks.map((m) => m.step)).toEqual([0, 1, 2]);
    expect(L.marks[1]!.x).toBeLessThan(L.marks[2]!.x);
    expect(L.marks[2]!.x).toBeLessThan(L.marks[0]!.x);
  });

  it('maps the domain ends to the padded edges', () => {
    const L = stripLayout([y(1985), y(2024)], 1000, { radius: 5, pad: 10 });
    expect(L.x(Date.UTC(1985, 0, 1))).toBeCloseTo(10);
    expect(L.x(Date.UTC(2025, 0, 1))).toBeCloseTo(990);
  });

  it.each([
    [1000, 64, 5],
    [2000, 64, 2],
    [400, 64, 10],
    [8000, 64, 1],
  ])('labels years far enough apart (width %s, gap %s → every %s years)', (w, gap, every) => {
    const L = stripLayout([y(1985), y(2024)], w, { radius: 5, tickGap: gap });
    const years = L.ticks.map((t) => t.year);
    expect(years[1]! - years[0]!).toBe(every);
    for (let i = 1; i < L.ticks.length; i++)
      expect(L.ticks[i]!.x - L.ticks[i - 1]!.x).toBeGreaterThanOrEqual(gap);
  });

  it('stacks marks of the same moment in rows, up to maxRows', () => {
    const same = [y(2020), y(2020), y(2020), y(2020), y(2020)];
    const L = stripLayout(same, 1000, { radius: 6, maxRows: 3 });
    expect(L.marks.slice(0, 3).map((m) => m.row)).toEqual([0, 1, 2]);
    expect(L.rows).toBe(3);
    expect(L.marks.every((m) => m.row < 3)).toBe(true);
  });

  it('keeps distant marks on the first row', () => {
    const L = stripLayout([y(1990), y(2000), y(2010)], 1000, { radius: 6 });
    expect(L.marks.map((m) => m.row)).toEqual([0, 0, 0]);
  });

  it('handles no steps and a zero width without NaN', () => {
    const L = stripLayout([], 0, { radius: 6 });
    expect(L.marks).toEqual([]);
    expect(L.ticks.every((t) => Number.isFinite(t.x))).toBe(true);
  });

  it('does not mutate its input', () => {
    const times = [y(2020), y(1990)];
    stripLayout(times, 500, { radius: 5 });
    expect(times).toEqual([y(2020), y(1990)]);
  });
});
