/** What the atlas holds, for the first screen: events, years, provinces reached, events per type. Pure. */
import { yearOf } from '../data/dates';
import type { RegionIndex } from '../data/regions';
import type { ReformEvent, ReformType } from '../data/types';

/** Provincial-level units outside the mainland (GB/T 2260): 台湾, 香港, 澳门. */
const OUTSIDE_MAINLAND = new Set(['710000', '810000', '820000']);

export interface AtlasSummary {
  events: number;
  /** First and last calendar year the events cover (an end date counts), or null with no events. */
  years: readonly [number, number] | null;
  /** Mainland provinces that at least one event names, directly, through a city or a group. */
  provinces: number;
  /** Mainland provinces in the region table (31): what `provinces` is out of. */
  provinceTotal: number;
  /** Events per type, in the taxonomy's order; types without events left out. */
  types: readonly { type: ReformType; count: number }[];
}

/**
 * `summarise([sichuan2016, jjjGroup2018], types, index)` →
 * `{ events: 2, years: [2016, 2018], provinces: 4, provinceTotal: 31, types: [{ type: law, count: 2 }] }`
 * (Sichuan, then Beijing, Tianjin and Hebei through the 京津冀 group).
 */
export function summarise(
  events: readonly ReformEvent[],
  types: readonly ReformType[],
  index: RegionIndex,
): AtlasSummary {
  const mainland = new Set(
    [...index.byCode.values()]
      .filter((r) => r.level === 'province' && !OUTSIDE_MAINLAND.has(r.adcode))
      .map((r) => r.adcode),
  );
  // Distinct region ids first: events share a few hundred of them, and one id expands once.
  const named = new Set<string>();
  const perType = new Map<string, number>();
  let t0 = Infinity;
  let t1 = -Infinity;
  for (const e of events) {
    for (const r of e.regions) named.add(r);
    perType.set(e.type, (perType.get(e.type) ?? 0) + 1);
    if (e.t0 < t0) t0 = e.t0;
    if (e.t1 > t1) t1 = e.t1;
  }
  const reached = new Set<string>();
  for (const r of named) for (const p of index.provincesOf(r)) if (mainland.has(p)) reached.add(p);
  // A year is monotone in time: the first start and the last end give the first and last year
  // (t1 is exclusive: the last moment an event covers is just before it).
  const [first, last] = [yearOf(t0), yearOf(t1 - 1)];
  return {
    events: events.length,
    years: events.length ? [first, last] : null,
    provinces: reached.size,
    provinceTotal: mainland.size,
    types: typeRows(types, perType),
  };
}

/**
 * Types in the taxonomy's order with their counts, types without events left out: the summary's
 * type rows. Under filters the counts are the filter chips' (facetCounts: each type under every
 * other filter), so choosing a type never hides the others.
 * `typeRows(types, new Map([['law', 2]]))` → [{ type: law, count: 2 }].
 */
export function typeRows(types: readonly ReformType[], perType: ReadonlyMap<string, number>) {
  return [...types]
    .sort((a, b) => a.order - b.order)
    .map((type) => ({ type, count: perType.get(type.id) ?? 0 }))
    .filter((t) => t.count > 0);
}

/**
 * Tours whose every step is among the events shown (after an import that replaced the built-in
 * events, a tour of them would only say "not found"). `playableTours(tours, (id) => ids.has(id))`.
 */
export function playableTours<T extends { steps: readonly { eventId: string }[] }>(
  tours: readonly T[],
  has: (eventId: string) => boolean,
): T[] {
  return tours.filter((t) => t.steps.length > 0 && t.steps.every((s) => has(s.eventId)));
}
