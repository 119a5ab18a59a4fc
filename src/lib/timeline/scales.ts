/**
 * Time scales for the timeline: the full domain, the zoomed view (an immutable {k, x} value applied
 * to a base scale, as d3-zoom's `transform.rescaleX` does), its bounds, and ticks per language.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { DAY, MONTHS_EN, yearStart } from '../data/dates';
import type { Lang } from '../i18n';

export const DOMAIN_START = yearStart(1985);
/** The deepest zoom shows about a quarter of a year across the plot: months, not days. */
export const MIN_SPAN_MS = 90 * DAY;

/**
 * The axis domain: 1985 → the end of this year, widened to the data's extent.
 * `timeDomain([], Date.UTC(2026, 5, 1))` → [1985-01-01, 2027-01-01).
 */
export function timeDomain(
  extents: readonly { t0: number; t1: number }[],
  now = Date.now(),
): [number, number] {
  let lo = DOMAIN_START;
  let hi = utcYear.ceil(new Date(now)).getTime();
  if (hi === now) hi = utcYear.offset(new Date(now), 1).getTime();
  for (const e of extents) {
    if (e.t0 < lo) lo = e.t0;
    if (e.t1 > hi) hi = e.t1;
  }
  return [utcYear.floor(new Date(lo)).getTime(), utcYear.ceil(new Date(hi)).getTime()];
}

export function createTimeScale(
  domain: readonly [number, number],
  range: [number, number],
): ScaleTime<number, number> {
  return scaleUtc()
    .domain([new Date(domain[0]), new Date(domain[1])])
    .range(range);
}

/** A horizontal zoom: screen x = x + k · base x. Never mutated; a new value per change. */
export interface View {
  k: number;
  x: number;
}

export const IDENTITY: View = { k: 1, x: 0 };

/**
 * The base scale seen through a view (d3-zoom's `rescaleX`, without touching d3-zoom).
 * `rescale(base, { k: 2, x: -r0 })` shows the first half of the base domain across the range.
 */
export function rescale(base: ScaleTime<number, number>, v: View): ScaleTime<number, number> {
  const range = base.range();
  return base.copy().domain(range.map((r) => base.invert((r - v.x) / v.k)));
}

/** Largest zoom factor: the whole domain over the smallest span. `maxZoom([0, 900], 90)` → 10. */
export function maxZoom(domain: readonly [number, number], minSpan = MIN_SPAN_MS): number {
  return Math.max(1, (domain[1] - domain[0]) / minSpan);
}

/**
 * Keep a view inside the data: k within [1, kMax], and the domain always covering the range (no
 * empty space before the start or after the end).
 * `constrainView({ k: 1, x: 50 }, [0, 100], 10)` → { k: 1, x: 0 }.
 */
export function constrainView(v: View, range: readonly [number, number], kMax: number): View {
  const k = Math.min(kMax, Math.max(1, Number.isFinite(v.k) ? v.k : 1));
  const [r0, r1] = range;
  const lo = r1 * (1 - k);
  const hi = r0 * (1 - k);
  const x = Math.min(hi, Math.max(lo, Number.isFinite(v.x) ? v.x : 0));
  return { k, x: x === 0 ? 0 : x };
}

/**
 * The view that shows `[t0, t1)` across the range (bounded).
 * `viewFor(base, 1990, 2000, 40)` with a base over 1985–2025 → k = 4, 1990 at the left edge.
 */
export function viewFor(
  base: ScaleTime<number, number>,
  t0: number,
  t1: number,
  kMax: number,
): View {
  const [r0, r1] = base.range() as [number, number];
  const b0 = base(t0);
  const b1 = base(Math.max(t1, t0 + 1));
  const k = (r1 - r0) / Math.max(1e-9, b1 - b0);
  const bounded = Math.min(kMax, Math.max(1, k));
  // Keep the window's centre at the range's centre.
  const mid = (b0 + b1) / 2;
  return constrainView({ k: bounded, x: (r0 + r1) / 2 - bounded * mid }, [r0, r1], kMax);
}

/** Same zoom, panned so that time t sits mid-range (bounded). */
export function centreOn(base: ScaleTime<number, number>, v: View, t: number, kMax: number): View {
  const [r0, r1] = base.range() as [number, number];
  return constrainView({ k: v.k, x: (r0 + r1) / 2 - v.k * base(t) }, [r0, r1], kMax);
}

/** Zoom by `factor` keeping screen x `px` fixed (bounded). */
export function zoomAround(
  base: ScaleTime<number, number>,
  v: View,
  factor: number,
  px: number,
  kMax: number,
): View {
  const range = base.range() as [number, number];
  const k = Math.min(kMax, Math.max(1, v.k * factor));
  const x = px - ((px - v.x) / v.k) * k;
  return constrainView({ k, x }, range, kMax);
}

/**
 * The view a fraction `p` of the way from `from` to `to` (p is clamped to [0, 1]): k moves evenly in
 * log scale, and the time under screen x `centre` moves linearly; an undefined p lands on `to`.
 * `tweenView({ k: 1, x: 0 }, { k: 4, x: -300 }, 100, 0.5)` → { k: 2, x: -100 }.
 */
export function tweenView(from: View, to: View, centre: number, p: number): View {
  if (!(p < 1)) return to;
  if (p <= 0) return from;
  const k = from.k * Math.pow(to.k / from.k, p);
  const b0 = (centre - from.x) / from.k;
  const b1 = (centre - to.x) / to.k;
  return { k, x: centre - k * (b0 + (b1 - b0) * p) };
}

export interface Tick {
  t: number;
  x: number;
  label: string;
  major: boolean;
}

/** Candidate tick steps, coarsest first: decades down to months. */
const STEPS = [
  { unit: 'year', step: 20, ms: 7305 * DAY },
  { unit: 'year', step: 10, ms: 3652 * DAY },
  { unit: 'year', step: 5, ms: 1826 * DAY },
  { unit: 'year', step: 2, ms: 730 * DAY },
  { unit: 'year', step: 1, ms: 365 * DAY },
  { unit: 'month', step: 6, ms: 182 * DAY },
  { unit: 'month', step: 3, ms: 91 * DAY },
  { unit: 'month', step: 1, ms: 30 * DAY },
] as const;

export const yearLabel = (year: number, lang: Lang) => (lang === 'zh' ? `${year}年` : String(year));
const monthLabel = (m: number, lang: Lang) => (lang === 'zh' ? `${m + 1}月` : MONTHS_EN[m]!);

/**
 * Ticks from decades down to months: the finest step whose ticks are at least `minGap` px apart.
 * Years read `1985年` / `1985`; months `3月` / `Mar`, with the year on January and on the first tick.
 * Decades (or, at month steps, Januaries) are major.
 */
export function axisTicks(scale: ScaleTime<number, number>, lang: Lang, minGap = 64): Tick[] {
  const [d0, d1] = scale.domain().map((d) => d.getTime()) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const pxPerMs = Math.abs(r1 - r0) / Math.max(1, d1 - d0);
  const pick = STEPS.findLast((s) => s.ms * pxPerMs >= minGap) ?? STEPS[0];
  const interval =
    pick.unit === 'year'
      ? utcYear.every(pick.step)!
      : utcMonth.filter((d) => d.getUTCMonth() % pick.step === 0);
  const dates = interval.range(new Date(d0), new Date(d1 + 1));
  return dates.map((d, i) => {
    const year = d.getUTCFullYear();
    const month = d.getUTCMonth();
    const t = d.getTime();
    if (pick.unit === 'year') {
      return { t, x: scale(d), label: yearLabel(year, lang), major: year % 10 === 0 };
    }
    const showYear = month === 0 || i === 0;
    const label =
      month === 0
        ? yearLabel(year, lang)
        : showYear
          ? lang === 'zh'
            ? `${year}年${month + 1}月`
            : `${monthLabel(month, lang)} ${year}`
          : monthLabel(month, lang);
    return { t, x: scale(d), label, major: month === 0 };
  });
}

/**
 * The time range that shows `[t0, t1]` with a margin of `margin` × its length on each side, at
 * least `minSpan` long (a single event is not blown up to months). `fitRange([2017, 2022] as
 * years)` → about 2016.7–2022.3.
 */
export function fitRange(
  [t0, t1]: readonly [number, number],
  { margin = 0.06, minSpan = 2 * 365 * DAY } = {},
): [number, number] {
  const len = Math.max(t1 - t0, minSpan);
  const mid = (t0 + t1) / 2;
  const half = len / 2 + len * margin;
  return [mid - half, mid + half];
}
