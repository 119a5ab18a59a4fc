/** Time scales for the timeline: the full domain and its ticks, formatted per language. */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcYear } from 'd3-time';
import type { Lang } from '../i18n';

export const DOMAIN_START = Date.UTC(1985, 0, 1);

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

export interface Tick {
  t: number;
  x: number;
  label: string;
  major: boolean;
}

/** Year ticks that fit the width (~70 px apart); decades are major. Labels per language. */
export function yearTicks(scale: ScaleTime<number, number>, lang: Lang): Tick[] {
  const [r0, r1] = scale.range() as [number, number];
  const count = Math.max(2, Math.floor(Math.abs(r1 - r0) / 70));
  return scale.ticks(count).map((d) => {
    const year = d.getUTCFullYear();
    const isYear = d.getUTCMonth() === 0 && d.getUTCDate() === 1;
    return {
      t: d.getTime(),
      x: scale(d),
      label: isYear
        ? lang === 'zh'
          ? `${year}年`
          : String(year)
        : `${year}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`,
      major: isYear && year % 10 === 0,
    };
  });
}
