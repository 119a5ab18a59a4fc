import { describe, expect, it } from 'vitest';
import { countBreaks, labelPoints, unionBounds } from '../../../src/lib/map/geo';
import { REGIONS, createRegion } from '../../helpers';

describe('countBreaks', () => {
  it.each([
    [0, [1]],
    [1, [1]],
    [3, [1, 2, 3]],
    [4, [1, 2, 3, 4]],
    [20, [1, 3, 6, 11]],
  ])('max %i → %j', (max, expected) => {
    expect(countBreaks(max)).toEqual(expected);
  });
  it('is strictly increasing', () => {
    for (let max = 0; max < 200; max++) {
      const b = countBreaks(max);
      for (let i = 1; i < b.length; i++) expect(b[i]!).toBeGreaterThan(b[i - 1]!);
    }
  });
});

describe('unionBounds', () => {
  it('is null for nothing', () => expect(unionBounds([])).toBeNull());
  it('joins bboxes', () => {
    const a = {
      ...createRegion('1', 'a', 'a', 'a'),
      bbox: [100, 20, 110, 30] as [number, number, number, number],
    };
    const b = {
      ...createRegion('2', 'b', 'b', 'b'),
      bbox: [105, 25, 120, 40] as [number, number, number, number],
    };
    expect(unionBounds([a, b])).toEqual([
      [100, 20],
      [120, 40],
    ]);
  });
});

describe('labelPoints', () => {
  it('labels provinces by short name, or English', () => {
    const zh = labelPoints(REGIONS, 'zh');
    expect(zh.features.map((f) => f.properties.label)).toContain('四川');
    expect(zh.features.map((f) => f.properties.label)).not.toContain('成都');
    expect(labelPoints(REGIONS, 'en').features.map((f) => f.properties.label)).toContain('Sichuan');
  });
});
