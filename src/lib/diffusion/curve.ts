/**
 * The adoption curve: the cumulative number of adopting places by year, its year domain, and its
 * geometry (d3-scale + d3-shape) for the SVG chart and the PNG export alike. Pure.
 */
import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import { inOrder, yearOf, type Adoption } from './adoption';
import type { YearDomain } from './colour';
import { maxOf, minOf } from '../data/extent';

export interface CurvePoint {
  year: number;
  /** Places adopted by the end of the year (earlier years included). */
  total: number;
  /** Places adopting in this year, in time order. */
  added: string[];
}

/**
 * One point per year of the domain; years before it still count in the totals.
 * `cumulative([a2015, b2016, c2016], [2016, 2017])` →
 *   [{ year: 2016, total: 3, added: ['b', 'c'] }, { year: 2017, total: 3, added: [] }].
 */
export function cumulative(adopted: Iterable<Adoption>, [y0, y1]: YearDomain): CurvePoint[] {
  const ordered = inOrder(adopted);
  const out: CurvePoint[] = [];
  let i = 0;
  let total = 0;
  for (; i < ordered.length && ordered[i]!.year < y0; i++) total++;
  for (let year = y0; year <= y1; year++) {
    const added: string[] = [];
    for (; i < ordered.length && ordered[i]!.year === year; i++) added.push(ordered[i]!.place);
    total += added.length;
    out.push({ year, total, added });
  }
  return out;
}

/**
 * The years the curve and the scrubber cover: from the earliest adoption or anchor to the latest,
 * cut to the time window when there is one. Null when there is nothing to show.
 * `yearDomain([2016, 2019], [2015], null)` → [2015, 2019];
 * `yearDomain([2016, 2019], [2015], [Date.UTC(2017, 0), Date.UTC(2030, 0)])` → [2017, 2019].
 */
export function yearDomain(
  years: readonly number[],
  anchorYears: readonly number[],
  window: readonly [number, number] | null,
): YearDomain | null {
  const all = [...years, ...anchorYears];
  if (!all.length) return null;
  let y0 = minOf(all);
  let y1 = maxOf(all);
  if (window) {
    const w0 = yearOf(window[0]);
    const w1 = yearOf(window[1] - 1);
    y0 = Math.max(y0, w0);
    y1 = Math.min(y1, w1);
    // A window beside the adoptions: show the window's own years (an empty stretch).
    if (y1 < y0) [y0, y1] = [w0, w1];
  }
  return [y0, y1];
}

/** `clampYear(2030, [2010, 2020])` → 2020; a null year means the last year of the domain. */
export function clampYear(year: number | null, [y0, y1]: YearDomain): number {
  if (year === null || !Number.isFinite(year)) return y1;
  return Math.min(y1, Math.max(y0, Math.trunc(year)));
}

/** The point of a year: `pointAt(points, 2016)` → { year: 2016, total: 8, added: […] }. */
export function pointAt(points: readonly CurvePoint[], year: number): CurvePoint | undefined {
  const first = points[0];
  return first ? points[year - first.year] : undefined;
}

/** A year as a fractional position: `fractionalYear(Date.UTC(2015, 6, 2))` → ≈2015.5. */
export function fractionalYear(t: number): number {
  const y = yearOf(t);
  const start = Date.UTC(y, 0, 1);
  return y + (t - start) / (Date.UTC(y + 1, 0, 1) - start);
}

export interface CurveBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface CurveLayout {
  /** Left edge of a (fractional) year, in px. */
  x: (year: number) => number;
  /** Height of a count, in px. */
  y: (n: number) => number;
  /** The step line's SVG path (also drawable on a canvas with `drawStep`). */
  path: string;
  xTicks: number[];
  yTicks: number[];
  /** The plot's edges. */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Scales and the step path for points in a box. Each year is a band from its start to the next
 * year's start; the line steps up at the start of the year a place adopts.
 * `curveLayout(points, [2015, 2019], 31, box).x(2015)` → box.margin.left.
 */
export function curveLayout(
  points: readonly CurvePoint[],
  [y0, y1]: YearDomain,
  max: number,
  box: CurveBox,
): CurveLayout {
  const { width, height, margin } = box;
  const left = margin.left;
  const right = Math.max(left + 1, width - margin.right);
  const top = margin.top;
  const bottom = Math.max(top + 1, height - margin.bottom);
  const x = scaleLinear()
    .domain([y0, y1 + 1])
    .range([left, right]);
  const y = scaleLinear()
    .domain([0, Math.max(1, max)])
    .range([bottom, top])
    .nice();
  const steps: [number, number][] = points.map((p) => [x(p.year), y(p.total)]);
  const last = points[points.length - 1];
  if (last) steps.push([x(last.year + 1), y(last.total)]);
  const path = line().curve(curveStepAfter)(steps) ?? '';
  const span = y1 - y0 + 1;
  const every = Math.max(1, Math.ceil(span / Math.max(1, Math.floor((right - left) / 56))));
  const xTicks: number[] = [];
  for (let yr = y0; yr <= y1; yr += every) xTicks.push(yr);
  const yTicks = y.ticks(Math.max(2, Math.min(5, Math.floor((bottom - top) / 28))));
  return {
    x: (v) => x(v),
    y: (v) => y(v),
    path,
    xTicks,
    yTicks: yTicks.filter((t) => Number.isInteger(t)),
    left,
    right,
    top,
    bottom,
  };
}

/** Draw the step line of `points` on a 2D context (the PNG export), with the layout's scales. */
export function drawStep(
  ctx: CanvasRenderingContext2D,
  points: readonly CurvePoint[],
  L: CurveLayout,
): void {
  const steps: [number, number][] = points.map((p) => [L.x(p.year), L.y(p.total)]);
  const last = points[points.length - 1];
  if (last) steps.push([L.x(last.year + 1), L.y(last.total)]);
  ctx.beginPath();
  line().curve(curveStepAfter).context(ctx)(steps);
  ctx.stroke();
}
