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
