import { describe, expect, it } from 'vitest';
import { adoptions } from '../../../src/lib/diffusion/adoption';
import {
  clampYear,
  cumulative,
  fractionalYear,
  pointAt,
  yearDomain,
  yearKey,
} from '../../../src/lib/diffusion/curve';
import {
  curveBands,
  curveLayout,
  curveRules,
  eraLabelOnTop,
  fitLabel,
  roughWidth,
  yearAtX,
} from '../../../src/lib/diffusion/curve-layout';
import { createEvent, createIndex } from '../../helpers';

const index = createIndex();
const member = (id: string, regions: string[], dateStart: string) =>
  createEvent({ id, regions, dateStart, family: ['fam'] });
const adopted = adoptions(
  [
    member('sc', ['510000'], '2015'),
    member('js', ['320000'], '2016-03'),
    member('sd', ['370000'], '2016-09'),
    member('jl', ['220000'], '2019'),
  ],
  'province',
  index,
);

describe('cumulative', () => {
  it('counts places by the end of each year, with the new ones', () => {
    expect(cumulative(adopted.values(), [2015, 2017])).toEqual([
      { year: 2015, total: 1, added: ['510000'] },
      { year: 2016, total: 3, added: ['320000', '370000'] },
      { year: 2017, total: 3, added: [] },
    ]);
  });

  it('counts adoptions before the domain in its first year (a cut window)', () => {
    expect(cumulative(adopted.values(), [2018, 2019])).toEqual([
      { year: 2018, total: 3, added: [] },
      { year: 2019, total: 4, added: ['220000'] },
    ]);
  });

  it('is flat at zero with no adoption', () => {
    expect(cumulative([], [2020, 2021]).map((p) => p.total)).toEqual([0, 0]);
  });
});

describe('yearDomain', () => {
  const w = (a: number, b: number) => [Date.UTC(a, 0, 1), Date.UTC(b + 1, 0, 1)] as const;
  it.each<[string, number[], number[], readonly [number, number] | null, unknown]>([
    ['adoptions and anchor', [2016, 2019], [2015], null, [2015, 2019]],
    ['adoptions only (no anchor)', [2016, 2019], [], null, [2016, 2019]],
    ['an anchor after the adoptions', [2016], [2020], null, [2016, 2020]],
    ['cut by the time window', [2016, 2019], [2015], w(2017, 2030), [2017, 2019]],
    ['a window beside the adoptions shows the window', [2016], [], w(2000, 2002), [2000, 2002]],
    ['nothing at all', [], [], null, null],
  ])('%s', (_, years, anchors, window, out) => {
    expect(yearDomain(years, anchors, window)).toEqual(out);
  });
});

describe('clampYear', () => {
  it.each<[number | null, number]>([
    [2016, 2016],
    [2030, 2020],
    [1990, 2010],
    [null, 2020],
    [2015.7, 2015],
  ])('clampYear(%s, [2010, 2020]) → %s', (y, out) => expect(clampYear(y, [2010, 2020])).toBe(out));
});

describe('pointAt', () => {
  const points = cumulative(adopted.values(), [2015, 2017]);
  it('finds the point of a year', () => expect(pointAt(points, 2016)?.total).toBe(3));
  it('has none outside the domain', () => expect(pointAt(points, 2030)).toBeUndefined());
});

describe('fractionalYear', () => {
  it('is the year at its start', () => expect(fractionalYear(Date.UTC(2015, 0, 1))).toBe(2015));
  it('is about half way in July', () =>
    expect(fractionalYear(Date.UTC(2015, 6, 2))).toBeCloseTo(2015.5, 2));
});

describe('curveLayout', () => {
  const box = { width: 600, height: 200, margin: { top: 10, right: 20, bottom: 30, left: 40 } };
  const points = cumulative(adopted.values(), [2015, 2019]);
  const L = curveLayout(points, [2015, 2019], 4, box);

  it('maps the first year to the left edge and the year after the last to the right', () => {
    expect(L.x(2015)).toBe(40);
    expect(L.x(2020)).toBe(580);
  });

  it('maps zero to the bottom', () => expect(L.y(0)).toBe(170));

  it('draws a step line that starts at the first year and ends after the last', () => {
    expect(L.path.startsWith(`M40,${L.y(1)}`)).toBe(true);
    expect(L.path.endsWith(`580,${L.y(4)}`)).toBe(true);
    expect(L.path).toMatch(/H|L/);
  });

  it('has whole-number count ticks and year ticks inside the domain', () => {
    expect(L.yTicks.every(Number.isInteger)).toBe(true);
    expect(L.xTicks[0]).toBe(2015);
    expect(Math.max(...L.xTicks)).toBeLessThanOrEqual(2019);
  });

  it('thins the year ticks on a narrow chart', () => {
    const narrow = curveLayout(points, [1985, 2024], 4, { ...box, width: 300 });
    expect(narrow.xTicks.length).toBeLessThan(10);
  });
});

describe('yearKey', () => {
  it.each<[string, number | null]>([
    ['ArrowRight', 2017],
    ['ArrowUp', 2017],
    ['ArrowLeft', 2015],
    ['PageDown', 2020],
    ['PageUp', 2011],
    ['Home', 2010],
    ['End', 2020],
    ['Enter', null],
  ])('%s from 2016 in [2010, 2020] → %s', (key, out) => {
    expect(yearKey(key, 2016, [2010, 2020])).toBe(out);
  });
  it('stays at the last year', () => expect(yearKey('ArrowRight', 2020, [2010, 2020])).toBe(2020));
});

describe('curve marks', () => {
  const box = { width: 600, height: 200, margin: { top: 10, right: 20, bottom: 30, left: 40 } };
  const L = curveLayout([], [2015, 2019], 4, box);

  it('finds the year under a position, clamped to the domain', () => {
    expect(yearAtX(L, [2015, 2019], L.x(2016.5))).toBe(2016);
    expect(yearAtX(L, [2015, 2019], 0)).toBe(2015);
    expect(yearAtX(L, [2015, 2019], 9999)).toBe(2019);
  });

  it('places anchors inside the domain as rules, alternating label rows', () => {
    const rules = curveRules(
      [
        { id: 'b', t0: Date.UTC(2017, 0, 1), label: 'B' },
        { id: 'a', t0: Date.UTC(2015, 6, 2), label: 'A' },
        { id: 'old', t0: Date.UTC(1999, 0, 1), label: 'old' },
      ],
      L,
      [2015, 2019],
    );
    expect(rules.map((r) => [r.id, r.row])).toEqual([
      ['a', 0],
      ['b', 1],
    ]);
    expect(rules[1]!.x).toBe(L.x(2017));
  });

  it('cuts the eras to the domain and alternates their shade', () => {
    const bands = curveBands(
      [
        { id: 'old', t0: Date.UTC(1985, 0), t1: Date.UTC(1995, 0), label: 'old' },
        { id: 'x', t0: Date.UTC(2006, 0), t1: Date.UTC(2017, 0), label: 'x' },
        { id: 'y', t0: Date.UTC(2017, 0), t1: Date.UTC(2030, 0), label: 'y' },
      ],
      L,
      [2015, 2019],
    );
    expect(bands.map((b) => b.id)).toEqual(['x', 'y']);
    expect(bands[0]).toMatchObject({ x0: L.left, x1: L.x(2017), alt: false });
    expect(bands[1]).toMatchObject({ x0: L.x(2017), x1: L.right, alt: true });
  });
});

describe('eraLabelOnTop', () => {
  const box = { width: 600, height: 200, margin: { top: 10, right: 20, bottom: 30, left: 40 } };
  // 2015–2019: 0, 1, 2, 8, 10 adopters; each year is 108 px wide.
  const points = [0, 1, 2, 8, 10].map((total, i) => ({ year: 2015 + i, total, added: [] }));
  const L = curveLayout(points, [2015, 2019], 10, box);
  const on = (x0: number, width: number) => eraLabelOnTop(L, [2015, 2019], points, 10, x0, width);

  it('puts a label over years where the curve is low at the top (the line runs along the foot)', () => {
    expect(on(L.x(2015), 150)).toBe(true);
  });

  it('puts a label over years where the curve is high at the foot', () => {
    expect(on(L.x(2018), 100)).toBe(false);
  });

  it('judges by the right end of the label: one running into a high year goes to the foot', () => {
    expect(on(L.x(2016), 250)).toBe(false);
  });

  it('puts a label at the top when nobody adopted', () => {
    const none = points.map((p) => ({ ...p, total: 0 }));
    expect(eraLabelOnTop(L, [2015, 2019], none, 1, L.x(2015), 500)).toBe(true);
  });
});

describe('era label fitting', () => {
  it('counts a CJK character as 1em and anything else as 0.55em', () => {
    expect(roughWidth('新时代', 10)).toBe(30);
    expect(roughWidth('new era', 10)).toBeCloseTo(38.5);
  });

  it('keeps a label that fits', () => expect(fitLabel('新时代', 45, 10)).toBe('新时代'));

  it('cuts a long label with an ellipsis to its room', () => {
    expect(fitLabel('创新驱动发展', 45, 10)).toBe('创新驱…');
  });

  it('drops a label when not even one character and the ellipsis fit', () => {
    expect(fitLabel('创新驱动发展', 12, 10)).toBe('');
  });
});
