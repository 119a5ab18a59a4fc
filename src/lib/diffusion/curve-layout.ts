/**
 * The adoption curve's geometry (d3-scale + d3-shape), for the SVG chart and the PNG export alike:
 * a year is a band from its start to the next year's; the line steps up at the start of the year
 * a place adopts. Pure (drawStep draws on a given canvas context).
 */
import { yearStart } from '../data/dates';
import { scaleLinear } from 'd3-scale';
import { curveStepAfter, line } from 'd3-shape';
import type { YearDomain } from './colour';
import { fractionalYear, pointAt, type CurvePoint } from './curve';

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

export interface CurveRule {
  id: string;
  x: number;
  label: string;
  /** Label row (0 top, 1 below it): neighbouring rules alternate so their labels do not collide. */
  row: number;
}

/**
 * The anchors as vertical rules at their dates, those inside the domain.
 * `curveRules([{ id: 'law', t0: Date.UTC(2015, 7, 29), label: '法律修订' }], L, [2015, 2020])`
 * → [{ id: 'law', x: L.x(2015.66), label: '法律修订', row: 0 }].
 */
export function curveRules(
  anchors: readonly { id: string; t0: number; label: string }[],
  L: CurveLayout,
  [y0, y1]: YearDomain,
): CurveRule[] {
  return anchors
    .map((a) => ({ a, at: fractionalYear(a.t0) }))
    .filter(({ at }) => at >= y0 && at < y1 + 1)
    .sort((p, q) => p.at - q.at)
    .map(({ a, at }, i) => ({ id: a.id, x: L.x(at), label: a.label, row: i % 2 }));
}

export interface CurveBand {
  id: string;
  x0: number;
  x1: number;
  label: string;
  /** Alternate shading, so neighbouring eras stay apart. */
  alt: boolean;
}

/**
 * The eras as faint bands behind the curve, cut to the domain.
 * `curveBands([{ id: 'new-era', t0: Date.UTC(2012, 10), t1: Infinity, label: '新时代' }], L, [2015, 2020])`
 * → [{ id: 'new-era', x0: L.left, x1: L.right, label: '新时代', alt: false }].
 */
export function curveBands(
  eras: readonly { id: string; t0: number; t1: number; label: string }[],
  L: CurveLayout,
  [y0, y1]: YearDomain,
): CurveBand[] {
  const lo = yearStart(y0);
  const hi = yearStart(y1 + 1);
  return [...eras]
    .sort((a, b) => a.t0 - b.t0)
    .filter((e) => e.t0 < hi && e.t1 > lo)
    .map((e, i) => ({
      id: e.id,
      x0: L.x(fractionalYear(Math.max(e.t0, lo))),
      x1: e.t1 >= hi ? L.right : L.x(fractionalYear(e.t1)),
      label: e.label,
      alt: i % 2 === 1,
    }));
}

/**
 * The year under a horizontal position of the plot (clamped to the domain).
 * `yearAtX(L, [2015, 2019], L.x(2016.5))` → 2016.
 */
export function yearAtX(L: CurveLayout, [y0, y1]: YearDomain, x: number): number {
  const n = y1 - y0 + 1;
  const i = Math.floor(((x - L.left) / Math.max(1, L.right - L.left)) * n);
  return Math.min(y1, Math.max(y0, y0 + i));
}

/**
 * Whether an era's label, `width` px from `x0`, goes at the top of the plot rather than at its foot:
 * at the top while the curve under it stays below 70 % of the maximum (the line then runs low, along
 * the foot), else at the foot (the line runs high). The curve only rises, so its height at the
 * label's right end decides. With 0, 1, 2, 8, 10 adopters over 2015–2019 and max 10:
 * `eraLabelOnTop(L, [2015, 2019], points, 10, L.x(2015), 150)` → true (the label ends over 2016: 1).
 */
export function eraLabelOnTop(
  L: CurveLayout,
  domain: YearDomain,
  points: readonly CurvePoint[],
  max: number,
  x0: number,
  width: number,
): boolean {
  const end = yearAtX(L, domain, x0 + width);
  return (pointAt(points, end)?.total ?? 0) <= 0.7 * max;
}

/**
 * A label's rough width in px at a font size: a CJK character 1em, anything else about 0.55em.
 * `roughWidth('新时代', 10)` → 30; `roughWidth('new era', 10)` → 38.5.
 */
export function roughWidth(s: string, px: number): number {
  return [...s].reduce((n, c) => n + (c.charCodeAt(0) > 0x2e80 ? 1 : 0.55), 0) * px;
}

/**
 * A label cut with an ellipsis to fit `room` px (empty when not even one character fits).
 * `fitLabel('创新驱动发展', 45, 10)` → '创新驱…'; `fitLabel('新时代', 45, 10)` → '新时代'.
 */
export function fitLabel(s: string, room: number, px: number): string {
  if (roughWidth(s, px) <= room) return s;
  let t = s;
  while (t.length > 1 && roughWidth(`${t}…`, px) > room) t = t.slice(0, -1);
  return t.length > 1 ? `${t.trimEnd()}…` : '';
}
