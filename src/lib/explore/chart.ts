/** Geometry of the stacked "types over time" chart. Pure: rows and sizes in, rectangles out. */
import { scaleBand, scaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import type { YearRow } from './stats';

export interface Bar {
  year: number;
  type: string;
  x: number;
  y: number;
  w: number;
  h: number;
  count: number;
}

export interface ChartGeometry {
  bars: Bar[];
  /** One hit area per year (for click and hover), full height. */
  years: { year: number; x: number; w: number; total: number }[];
  yTicks: { value: number; y: number }[];
  xTicks: { year: number; x: number }[];
  max: number;
}

/**
 * Stack counts per year by type (in `typeIds` order, bottom first) into bars within
 * [left, right] × [top, bottom]. `chartGeometry(rows, ['law'], { left: 0, right: 100, top: 0, bottom: 50 })`.
 */
export function chartGeometry(
  rows: readonly YearRow[],
  typeIds: readonly string[],
  box: { left: number; right: number; top: number; bottom: number },
): ChartGeometry {
  const x = scaleBand<number>()
    .domain(rows.map((r) => r.year))
    .range([box.left, box.right])
    .paddingInner(0.15);
  const max = rows.reduce((m, r) => Math.max(m, r.total), 1);
  const y = scaleLinear().domain([0, max]).nice().range([box.bottom, box.top]);
  const series = stack<YearRow>()
    .keys(typeIds)
    .value((r, key) => r.counts[key] ?? 0)([...rows]);
  const bars: Bar[] = [];
  for (const s of series) {
    for (const d of s) {
      const count = d[1] - d[0];
      if (count <= 0) continue;
      bars.push({
        year: d.data.year,
        type: s.key,
        x: x(d.data.year)!,
        w: x.bandwidth(),
        y: y(d[1]),
        h: y(d[0]) - y(d[1]),
        count,
      });
    }
  }
  // Label every 1, 2, 5 or 10 years, whichever first leaves ~48 px per label.
  const room = Math.max(1, Math.floor((box.right - box.left) / 48));
  const step = [1, 2, 5, 10, 20].find((k) => rows.length / k <= room) ?? 20;
  return {
    bars,
    years: rows.map((r) => ({ year: r.year, x: x(r.year)!, w: x.step(), total: r.total })),
    yTicks: y.ticks(4).map((value) => ({ value, y: y(value) })),
    xTicks: rows
      .filter((r) => r.year % step === 0)
      .map((r) => ({ year: r.year, x: x(r.year)! + x.bandwidth() / 2 })),
    max: y.domain()[1]!,
  };
}

/**
 * The year a key moves the chart's keyboard focus to (←/↓ earlier, →/↑ later, Home/End the ends,
 * staying put at either end), or null for any other key.
 * `yearAfterKey([2015, 2016, 2017], 2016, 'ArrowRight')` → 2017.
 */
export function yearAfterKey(
  years: readonly number[],
  current: number,
  key: string,
): number | null {
  const i = years.indexOf(current);
  const last = years.length - 1;
  const to: Record<string, number> = {
    ArrowLeft: i - 1,
    ArrowDown: i - 1,
    ArrowRight: i + 1,
    ArrowUp: i + 1,
    Home: 0,
    End: last,
  };
  if (!(key in to) || last < 0) return null;
  return years[Math.min(last, Math.max(0, to[key]!))]!;
}

/**
 * The one year column in the Tab order: the last one focused, else the time window's first year,
 * else the latest year with events, else the last year.
 * `tabbableYear([{ year: 2015, total: 2 }, { year: 2016, total: 0 }], null, null)` → 2015.
 */
export function tabbableYear(
  years: readonly { year: number; total: number }[],
  chosen: number | null,
  windowYears: readonly [number, number] | null,
): number | null {
  const has = (y: number | null | undefined): y is number =>
    y != null && years.some((r) => r.year === y);
  if (has(chosen)) return chosen;
  if (has(windowYears?.[0])) return windowYears[0];
  const withEvents = years.filter((r) => r.total > 0);
  return (withEvents.at(-1) ?? years.at(-1))?.year ?? null;
}

/**
 * Where the time window's shading goes: from 2 px before the first year column inside the window
 * to the end of the last; null when no column is inside.
 * `windowSpan([{ year: 2015, x: 30, w: 10 }, { year: 2016, x: 40, w: 10 }], [2015, 2020])`
 * → `{ x: 28, w: 20 }`.
 */
export function windowSpan(
  years: readonly { year: number; x: number; w: number }[],
  window: readonly [number, number],
): { x: number; w: number } | null {
  const inside = years.filter((y) => y.year >= window[0] && y.year <= window[1]);
  const first = inside[0];
  const last = inside[inside.length - 1];
  return first && last ? { x: first.x - 2, w: last.x + last.w - first.x } : null;
}
