import { describe, expect, it } from 'vitest';
import { fmt, percentile, ratio, summarize, verdict } from '../../../bench/stats';

describe('percentile (nearest rank)', () => {
  it.each([
    [[1, 2, 3, 4], 50, 2],
    [[1, 2, 3, 4], 95, 4],
    [[5], 95, 5],
    [[3, NaN, 1], 50, 1],
  ])('%j at p%i → %d', (xs, p, want) => expect(percentile(xs, p)).toBe(want));
  it('is NaN for no sample', () => expect(percentile([], 50)).toBeNaN());
});

describe('summarize', () => {
  it('gives n, p50, p95, min and max', () =>
    expect(summarize([3, 1, 2])).toEqual({ n: 3, p50: 2, p95: 3, min: 1, max: 3 }));
});

describe('ratio', () => {
  it.each([
    [50, 200, 0.25],
    [931, 996, 0.93],
    [10, 0, NaN],
    [NaN, 5, NaN],
  ])('%d / %d → %d', (a, b, want) =>
    Number.isNaN(want) ? expect(ratio(a, b)).toBeNaN() : expect(ratio(a, b)).toBe(want),
  );
});

describe('fmt', () => {
  it.each([
    [1234.5, '1235'],
    [23.46, '23.5'],
    [0.694, '0.69'],
    [-0.5, '-0.5'],
    [NaN, '—'],
  ])('%d → %s', (x, want) => expect(fmt(x)).toBe(want));
});

describe('verdict', () => {
  it('says ok within the limit', () =>
    expect(verdict({ label: 'x', value: 0.69, limit: 0.7, unit: '×' })).toBe('ok'));
  it('says by how much a limit is missed', () =>
    expect(verdict({ label: 'x', value: 120, limit: 100, unit: 'ms' })).toBe(
      'miss by 20 ms (+20%)',
    ));
  it('says when nothing was measured', () =>
    expect(verdict({ label: 'x', value: NaN, limit: 1, unit: 'ms' })).toBe('not measured'));
});
