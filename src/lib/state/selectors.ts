/** Pure selectors: which events the filters let through, and what the map counts. */
import { docNoKey } from '../data/docno';
import type { Action, Level, ReformEvent } from '../data/types';
import type { RegionIndex } from '../data/regions';

export interface Filters {
  /** Reform type ids; empty = all. */
  types: readonly string[];
  /** Levels; empty = all. */
  levels: readonly Level[];
  /** Actions (create, abolish …); empty = all. */
  actions: readonly Action[];
  /** Region ids (province/city adcodes or group ids); empty = all. An event matches any of them. */
  regions: readonly string[];
  /** Time window [t0, t1) in ms, or null for all time. */
  window: readonly [number, number] | null;
  /** Free text over both languages' titles, summaries, quotes and the document number. */
  query: string;
}

export const EMPTY_FILTERS: Filters = {
  types: [],
  levels: [],
  actions: [],
  regions: [],
  window: null,
  query: '',
};

const placesCache = new WeakMap<RegionIndex, WeakMap<ReformEvent, ReadonlySet<string>>>();

/** Every id an event touches, with its groups and cities expanded to provinces too. */
export function eventPlaces(e: ReformEvent, index: RegionIndex): ReadonlySet<string> {
  // An event's places never change under one index: worked out once, counted on every filter.
  let byEvent = placesCache.get(index);
  if (!byEvent) placesCache.set(index, (byEvent = new WeakMap()));
  const known = byEvent.get(e);
  if (known) return known;
  const out = new Set<string>();
  for (const r of e.regions) {
    out.add(r);
    const g = index.groups.get(r);
    if (g) for (const m of g.members) out.add(m);
    for (const p of index.provincesOf(r)) out.add(p);
  }
  byEvent.set(e, out);
  return out;
}

/**
 * Does an event lie in a region? A province matches events naming it, its cities, or a group with
 * a member there; a city matches events naming it or a group containing it; a group matches events
 * naming it or any of its members.
 * `inRegion(sichuanPilot, '510000', index)` → true.
 */
export function inRegion(e: ReformEvent, region: string, index: RegionIndex): boolean {
  const group = index.groups.get(region);
  if (group) return e.regions.includes(region) || group.members.some((m) => inRegion(e, m, index));
  const info = index.byCode.get(region);
  if (!info) return false;
  if (info.level === 'city') {
    return e.regions.some(
      (r) => r === region || index.groups.get(r)?.members.includes(region) === true,
    );
  }
  return e.regions.some((r) => index.provincesOf(r).includes(region));
}

/**
 * Does the text query occur in the event (titles, summaries, quote, id, document number)? The
 * document number also matches with other brackets: `国发[2016]` finds `国发〔2016〕4号`.
 */
export function matchesText(e: ReformEvent, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return (
    [e.titleZh, e.titleEn, e.summaryZh, e.summaryEn, e.seedQuote, e.id].some((s) =>
      s.toLowerCase().includes(q),
    ) ||
    (e.docNo !== '' && docNoKey(e.docNo).toLowerCase().includes(docNoKey(q)))
  );
}

/** All filters but region. */
export function matchesBase(e: ReformEvent, f: Filters): boolean {
  if (f.types.length && !f.types.includes(e.type)) return false;
  if (f.levels.length && !f.levels.includes(e.level)) return false;
  if (f.actions.length && !f.actions.includes(e.action)) return false;
  if (f.window && !(e.t0 < f.window[1] && e.t1 > f.window[0])) return false;
  return matchesText(e, f.query);
}

export function matchesRegion(e: ReformEvent, f: Filters, index: RegionIndex): boolean {
  return f.regions.length === 0 || f.regions.some((r) => inRegion(e, r, index));
}

/** Events that pass every filter, in time order (start, then id). */
export function selectVisible(
  events: readonly ReformEvent[],
  f: Filters,
  index: RegionIndex,
): ReformEvent[] {
  return sortByTime(events.filter((e) => matchesBase(e, f) && matchesRegion(e, f, index)));
}

export function sortByTime(events: ReformEvent[]): ReformEvent[] {
  return events.sort(
    (a, b) => a.t0 - b.t0 || a.t1 - b.t1 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/**
 * Events per province (and per city when `cities`), counting each event once per place.
 * `countByRegion([sichuanPilot], index)` → Map { '510000' → 1 }.
 */
export function countByRegion(
  events: readonly ReformEvent[],
  index: RegionIndex,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) {
    for (const place of eventPlaces(e, index)) counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  return counts;
}

/**
 * Cumulative presentation: the provinces the steps so far have reached, each event adding the
 * provinces it names (a city or group adds its provinces). A national event (no regions) adds
 * none, so it neither resets nor fills the map; a missing event adds none.
 * `reachedProvinces([sichuanPilot, nationalPlan, beijingRule], index)` → ['110000', '510000'].
 */
export function reachedProvinces(
  steps: readonly (ReformEvent | undefined)[],
  index: RegionIndex,
): string[] {
  const out = new Set<string>();
  for (const e of steps)
    for (const r of e?.regions ?? []) for (const p of index.provincesOf(r)) out.add(p);
  return [...out].sort();
}

/**
 * Counts for the filter chips: each facet counted under every other filter (so a chip shows how
 * many events it would add or keep). `facetCounts(all, { ...f, types: ['law'] }, index).types.get('pilot')`
 * counts pilots under the other filters, ignoring the type filter.
 */
export function facetCounts(
  events: readonly ReformEvent[],
  f: Filters,
  index: RegionIndex,
): { types: Map<string, number>; levels: Map<Level, number>; actions: Map<Action, number> } {
  const types = new Map<string, number>();
  const levels = new Map<Level, number>();
  const actions = new Map<Action, number>();
  const noTypes = { ...f, types: [] };
  const noLevels = { ...f, levels: [] };
  const noActions = { ...f, actions: [] };
  for (const e of events) {
    if (!matchesRegion(e, f, index)) continue;
    if (matchesBase(e, noTypes)) types.set(e.type, (types.get(e.type) ?? 0) + 1);
    if (matchesBase(e, noLevels)) levels.set(e.level, (levels.get(e.level) ?? 0) + 1);
    if (matchesBase(e, noActions)) actions.set(e.action, (actions.get(e.action) ?? 0) + 1);
  }
  return { types, levels, actions };
}
