import { describe, expect, it } from 'vitest';
import { layoutLanes, layoutMarks } from '../../../src/lib/timeline/layout';
import { createTimeScale, timeDomain, yearTicks } from '../../../src/lib/timeline/scales';
import { TYPES, createEvent } from '../../helpers';

describe('timeDomain', () => {
  const now = Date.UTC(2026, 5, 1);
  it.each([
    ['empty data', [], [Date.UTC(1985, 0, 1), Date.UTC(2027, 0, 1)]],
    [
      'data before 1985',
      [{ t0: Date.UTC(1978, 11, 1), t1: Date.UTC(1979, 0, 1) }],
      [Date.UTC(1978, 0, 1), Date.UTC(2027, 0, 1)],
    ],
    [
      'data after now',
      [{ t0: Date.UTC(2026, 0, 1), t1: Date.UTC(2028, 3, 1) }],
      [Date.UTC(1985, 0, 1), Date.UTC(2029, 0, 1)],
    ],
  ])('%s', (_, extents, expected) => {
    expect(timeDomain(extents, now)).toEqual(expected);
  });
});

describe('yearTicks', () => {
  it('labels years per language and marks decades', () => {
    const scale = createTimeScale([Date.UTC(1985, 0, 1), Date.UTC(2027, 0, 1)], [0, 1400]);
    const zh = yearTicks(scale, 'zh');
    expect(zh.find((t) => t.label === '1990年')?.major).toBe(true);
    expect(zh.find((t) => t.label === '1992年')?.major).toBe(false);
    expect(yearTicks(scale, 'en').some((t) => t.label === '2000')).toBe(true);
  });
});

describe('layoutLanes', () => {
  it.each([
    [
      'all present',
      ['law', 'party', 'pilot'],
      [
        ['law', 0, 30],
        ['party', 30, 30],
        ['pilot', 60, 30],
      ],
    ],
    [
      'skips empty types, keeps taxonomy order',
      ['pilot', 'law'],
      [
        ['law', 0, 45],
        ['pilot', 45, 45],
      ],
    ],
    ['none', [], []],
  ])('%s', (_, present, expected) => {
    const lanes = layoutLanes(TYPES, new Set(present), 0, 90);
    expect(lanes.map((l) => [l.id, l.y, l.height])).toEqual(expected);
  });
});

describe('layoutMarks', () => {
  const scale = createTimeScale([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], [0, 1000]);
  const lanes = layoutLanes(TYPES, new Set(['law', 'party']), 0, 100);

  it('puts a point mid-interval and a span from start to end', () => {
    const marks = layoutMarks(
      [
        createEvent({ id: 'p', dateStart: '2004' }),
        createEvent({ id: 's', dateStart: '2002', dateEnd: '2003', type: 'party' }),
      ],
      scale,
      lanes,
    );
    const p = marks.find((m) => m.id === 'p')!;
    const s = marks.find((m) => m.id === 's')!;
    expect(p.x).toBeCloseTo(scale(Date.UTC(2004, 6, 2)), 0);
    expect(p.w).toBe(0);
    expect(p.y).toBe(25);
    expect(s.x).toBeCloseTo(scale(Date.UTC(2002, 0, 1)));
    expect(s.w).toBeCloseTo(scale(Date.UTC(2004, 0, 1)) - scale(Date.UTC(2002, 0, 1)));
    expect(s.y).toBe(75);
  });

  it('moves touching marks to other rows of the lane, and never outside it', () => {
    const same = Array.from({ length: 12 }, (_, i) =>
      createEvent({ id: `e${i}`, dateStart: '2005' }),
    );
    const marks = layoutMarks(same, scale, lanes);
    const ys = new Set(marks.map((m) => m.y));
    expect(ys.size).toBeGreaterThan(1);
    for (const m of marks) {
      expect(m.y).toBeGreaterThanOrEqual(0);
      expect(m.y).toBeLessThanOrEqual(50);
    }
  });

  it('skips events whose type has no lane', () => {
    expect(layoutMarks([createEvent({ id: 'x', type: 'pilot' })], scale, lanes)).toEqual([]);
  });
});
