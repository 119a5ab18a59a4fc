/**
 * The adoption curve's numbers: the cumulative count of adopting places by year, the years it
 * covers, the year shown. Pure. (Its geometry is in curve-layout.ts, loaded with the chart.)
 */
import { yearOf, yearStart } from '../data/dates';
import { inOrder, type Adoption } from './adoption';
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
  const start = yearStart(y);
  return y + (t - start) / (yearStart(y + 1) - start);
}

/**
 * The year a key moves the scrubber to: ←/↓ and →/↑ one year, PageUp/PageDown five, Home/End the
 * ends; null for other keys. `yearKey('ArrowRight', 2016, [2010, 2020])` → 2017.
 */
export function yearKey(key: string, year: number, domain: YearDomain): number | null {
  const step: Record<string, number> = {
    ArrowRight: 1,
    ArrowUp: 1,
    ArrowLeft: -1,
    ArrowDown: -1,
    PageUp: -5,
    PageDown: 5,
  };
  if (key === 'Home') return domain[0];
  if (key === 'End') return domain[1];
  const d = step[key];
  return d === undefined ? null : clampYear(year + d, domain);
}
