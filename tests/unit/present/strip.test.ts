import { describe, expect, it } from 'vitest';
import { nearestStep, stripLayout } from '../../../src/lib/present/strip';

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

  it('lays out 150,000 steps (an import under the size limit) without overflowing the stack', () => {
    const times = Array.from({ length: 150_000 }, (_, i) => y(1985 + (i % 41), i % 12));
    const L = stripLayout(times, 1800, { radius: 6, pad: 12 });
    expect(L.marks).toHaveLength(150_000);
    expect(L.x(Date.UTC(1985, 0, 1))).toBeCloseTo(12);
    expect(L.x(Date.UTC(2026, 0, 1))).toBeCloseTo(1788);
  });

  it('draws one mark per pixel column and row, the earliest step of each', () => {
    const L = stripLayout([y(2000), y(2000), y(2000), y(2010)], 1000, { radius: 5, maxRows: 2 });
    expect(L.marks).toHaveLength(4);
    expect(L.drawn.map((m) => m.step)).toEqual([0, 1, 3]);
  });

  it('draws at most width × rows marks for 150,000 steps', () => {
    const times = Array.from({ length: 150_000 }, (_, i) => y(1985 + (i % 41), i % 12));
    const L = stripLayout(times, 1800, { radius: 6, maxRows: 4 });
    expect(L.drawn.length).toBeLessThanOrEqual(1801 * 4);
  });

  it('does not mutate its input', () => {
    const times = [y(2020), y(1990)];
    stripLayout(times, 500, { radius: 5 });
    expect(times).toEqual([y(2020), y(1990)]);
  });
});

describe('nearestStep', () => {
  const marks = [
    { step: 0, x: 10, row: 0 },
    { step: 1, x: 50, row: 1 },
  ];
  it.each([
    [44, 1],
    [12, 0],
    [25, 0],
  ])('at x %s → step %s', (px, step) => expect(nearestStep(marks, px, 16)).toBe(step));

  it('gives null beyond the distance', () => {
    expect(nearestStep(marks, 90, 16)).toBeNull();
  });

  it('gives null without marks', () => {
    expect(nearestStep([], 10, 16)).toBeNull();
  });
});
