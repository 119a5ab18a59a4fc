import { describe, expect, it } from 'vitest';
import { declutter, labelWidth } from '../../../src/lib/map/declutter';

const box = (x: number, y: number, w = 20, h = 10) => ({ x, y, w, h });

describe('declutter', () => {
  it.each([
    ['nothing', [], []],
    ['one', [box(0, 0)], [true]],
    ['overlapping: the first wins', [box(0, 0), box(5, 0)], [true, false]],
    ['side by side', [box(0, 0), box(20, 0)], [true, true]],
    ['stacked', [box(0, 0), box(0, 10)], [true, true]],
    ['null is never kept', [null, box(0, 0)], [false, true]],
    // A dropped label does not block later ones.
    ['chain', [box(0, 0), box(15, 0), box(30, 0)], [true, false, true]],
  ])('%s', (_, boxes, expected) => {
    expect(declutter(boxes)).toEqual(expected);
  });
});

describe('labelWidth', () => {
  it.each([
    ['四川', 12, 24],
    ['Sichuan', 10, 42],
    ['', 12, 0],
    ['内蒙古', 13, 39],
  ])('%s at %i px → %i', (text, size, expected) => {
    expect(labelWidth(text, size)).toBeCloseTo(expected);
  });
});
