import { describe, expect, it } from 'vitest';
import { DAY } from '../../../src/lib/data/dates';
import {
  axisTicks,
  centreOn,
  constrainView,
  createTimeScale,
  maxZoom,
  rescale,
  timeDomain,
  viewFor,
  fitRange,
  tweenView,
  zoomAround,
} from '../../../src/lib/timeline/scales';

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

describe('zoom bounds', () => {
  const domain: [number, number] = [Date.UTC(1985, 0, 1), Date.UTC(2027, 0, 1)];
  const base = createTimeScale(domain, [100, 1100]);
  const kMax = maxZoom(domain);
  const range: [number, number] = [100, 1100];

  it('allows zooming down to about a quarter of a year, never out past the whole domain', () => {
    expect(kMax).toBeCloseTo((domain[1] - domain[0]) / (90 * DAY));
    expect(maxZoom([0, 10 * DAY])).toBe(1);
  });

  it.each([
    ['identity stays', { k: 1, x: 0 }, { k: 1, x: 0 }],
    ['no panning at k = 1', { k: 1, x: 300 }, { k: 1, x: 0 }],
    ['zooming out past 1 snaps back', { k: 0.5, x: 50 }, { k: 1, x: 0 }],
    ['past the start clamps to the start', { k: 2, x: 50 }, { k: 2, x: -100 }],
    ['past the end clamps to the end', { k: 2, x: -5000 }, { k: 2, x: -1100 }],
    ['at the start exactly', { k: 2, x: -100 }, { k: 2, x: -100 }],
    ['at the end exactly', { k: 2, x: -1100 }, { k: 2, x: -1100 }],
    ['beyond the deepest zoom', { k: 1e6, x: 0 }, { k: kMax, x: 100 * (1 - kMax) }],
    ['not a number', { k: NaN, x: NaN }, { k: 1, x: 0 }],
  ])('%s', (_, v, expected) => {
    const out = constrainView(v, range, kMax);
    expect(out.k).toBeCloseTo(expected.k);
    expect(out.x).toBeCloseTo(expected.x);
  });

  it('a constrained view always shows only the domain', () => {
    for (const v of [
      { k: 3, x: 400 },
      { k: 3, x: -9000 },
      { k: 40, x: -20000 },
    ]) {
      const [t0, t1] = rescale(base, constrainView(v, range, kMax)).domain();
      expect(t0!.getTime()).toBeGreaterThanOrEqual(domain[0] - 1);
      expect(t1!.getTime()).toBeLessThanOrEqual(domain[1] + 1);
    }
  });

  it('viewFor shows a decade across the plot', () => {
    const v = viewFor(base, Date.UTC(1990, 0, 1), Date.UTC(2000, 0, 1), kMax);
    const [t0, t1] = rescale(base, v).domain();
    expect(t0!.getTime()).toBeCloseTo(Date.UTC(1990, 0, 1), -5);
    expect(t1!.getTime()).toBeCloseTo(Date.UTC(2000, 0, 1), -5);
  });

  it('viewFor a window at the very start stays inside the domain', () => {
    const v = viewFor(base, Date.UTC(1984, 0, 1), Date.UTC(1986, 0, 1), kMax);
    expect(rescale(base, v).domain()[0]!.getTime()).toBe(domain[0]);
  });

  it('viewFor a single day is bounded by the deepest zoom', () => {
    const v = viewFor(base, Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2), kMax);
    expect(v.k).toBeCloseTo(kMax);
  });

  it('centreOn keeps the zoom and puts the time mid-plot, except near the ends', () => {
    const v = centreOn(base, { k: 4, x: -300 }, Date.UTC(2005, 0, 1), kMax);
    expect(v.k).toBe(4);
    expect(rescale(base, v)(Date.UTC(2005, 0, 1))).toBeCloseTo(600);
    const end = centreOn(base, { k: 4, x: -300 }, Date.UTC(2026, 11, 1), kMax);
    expect(rescale(base, end).domain()[1]!.getTime()).toBeCloseTo(domain[1], -3);
  });

  it('zoomAround keeps the point under the cursor fixed', () => {
    const v = zoomAround(base, { k: 1, x: 0 }, 2, 600, kMax);
    const before = base.invert(600).getTime();
    expect(rescale(base, v)(before)).toBeCloseTo(600);
  });

  it('zoomAround out of the deepest zoom goes back to k = 1 at most', () => {
    expect(zoomAround(base, { k: 2, x: -100 }, 0.1, 600, kMax)).toEqual({ k: 1, x: 0 });
  });
});

describe('axisTicks', () => {
  const at = (from: number, to: number, width: number) => createTimeScale([from, to], [0, width]);

  it.each([
    ['decades when 42 years are squeezed', 1985, 2027, 400, 10, 'year'],
    ['every year when 42 years have room', 1985, 2027, 3000, 1, 'year'],
    ['months when one year fills the plot', 2018, 2019, 1200, 1, 'month'],
  ])('%s', (_, y0, y1, width, step, unit) => {
    const ticks = axisTicks(at(Date.UTC(y0, 0, 1), Date.UTC(y1, 0, 1), width), 'zh');
    const d = ticks.map((t) => new Date(t.t));
    if (unit === 'year') {
      expect(d.every((x) => x.getUTCMonth() === 0 && x.getUTCFullYear() % step === 0)).toBe(true);
      expect(d[1]!.getUTCFullYear() - d[0]!.getUTCFullYear()).toBe(step);
    } else {
      expect(d[1]!.getUTCMonth() - d[0]!.getUTCMonth()).toBe(step);
    }
  });

  it('never puts ticks closer than the minimum gap', () => {
    for (const width of [200, 700, 1500, 4000, 40000]) {
      const ticks = axisTicks(at(Date.UTC(1985, 0, 1), Date.UTC(2027, 0, 1), width), 'en', 64);
      for (let i = 1; i < ticks.length; i++) {
        expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(55);
      }
    }
  });

  it.each([
    ['zh', '1990年', '1992年'],
    ['en', '1990', '1992'],
  ] as const)('labels years in %s and marks decades', (lang, decade, year) => {
    const ticks = axisTicks(at(Date.UTC(1985, 0, 1), Date.UTC(2027, 0, 1), 3000), lang);
    expect(ticks.find((t) => t.label === decade)?.major).toBe(true);
    expect(ticks.find((t) => t.label === year)?.major).toBe(false);
  });

  it.each([
    ['zh', ['2018年3月', '4月', '5月'], '2019年'],
    ['en', ['Mar 2018', 'Apr', 'May'], '2019'],
  ] as const)(
    'labels months in %s with the year on the first tick and on January',
    (lang, first, jan) => {
      const ticks = axisTicks(at(Date.UTC(2018, 2, 1), Date.UTC(2019, 2, 1), 1200), lang);
      expect(ticks.slice(0, 3).map((t) => t.label)).toEqual(first);
      expect(ticks.find((t) => new Date(t.t).getUTCMonth() === 0)).toMatchObject({
        label: jan,
        major: true,
      });
    },
  );
});

describe('fitRange', () => {
  const Y = 365 * DAY;
  it.each([
    ['widens by 6% of the length on each side', [0, 10 * Y], [-0.6 * Y, 10.6 * Y]],
    ['a single moment shows two years', [5 * Y, 5 * Y], [4 * Y - 0.12 * Y, 6 * Y + 0.12 * Y]],
  ] as const)('%s', (_, extent, [lo, hi]) => {
    const [a, b] = fitRange(extent);
    expect(a).toBeCloseTo(lo, -3);
    expect(b).toBeCloseTo(hi, -3);
  });
});

describe('tweenView', () => {
  const from = { k: 1, x: 0 };
  const to = { k: 4, x: -300 };
  it.each([
    ["halfway: k halfway in log scale, the centre's time halfway", 0.5, { k: 2, x: -100 }],
    ['at the start: the start', 0, from],
    ['before the start (a negative fraction): still the start', -237, from],
    ['past the end: the goal', 3, to],
    ['at the end: exactly the goal', 1, to],
    ['an undefined fraction: the goal', NaN, to],
  ] as const)('%s', (_, p, expected) => {
    const v = tweenView(from, to, 100, p);
    expect(v.k).toBeCloseTo(expected.k, 9);
    expect(v.x).toBeCloseTo(expected.x, 9);
  });
});
