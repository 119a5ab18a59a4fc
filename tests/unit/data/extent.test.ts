import { describe, expect, it } from 'vitest';
import { maxOf, minOf } from '../../../src/lib/data/extent';

describe('minOf / maxOf', () => {
  it.each([
    [[3, 1, 2], 1, 3],
    [[5], 5, 5],
    [[], Infinity, -Infinity],
    [[-2, -7, 0], -7, 0],
  ])('%j → min %d, max %d', (values, min, max) => {
    expect(minOf(values)).toBe(min);
    expect(maxOf(values)).toBe(max);
  });

  it('takes 200,000 values without overflowing the stack', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => i);
    expect([minOf(many), maxOf(many)]).toEqual([0, 199_999]);
  });

  it('reads any iterable', () => {
    expect(maxOf(new Set([4, 9, 2]))).toBe(9);
  });
});
