/** Counts for the exploring views: per type, per level, per year and type, and a region ranking. Pure. */
import { yearOf } from '../data/dates';
import type { RegionIndex } from '../data/regions';
import type { Level, ReformEvent } from '../data/types';
import { countByRegion } from '../state/selectors';

/** `countBy(events, (e) => e.type)` → Map { 'law' → 3, … }. */
export function countBy<K>(
  events: readonly ReformEvent[],
  key: (e: ReformEvent) => K,
): Map<K, number> {
  const m = new Map<K, number>();
  for (const e of events) m.set(key(e), (m.get(key(e)) ?? 0) + 1);
  return m;
}

export interface YearRow {
  year: number;
  /** Count per type id; every type of `typeIds` present (0 when none). */
  counts: Record<string, number>;
  total: number;
}

/**
 * Events per year and type, one row for every year of [firstYear, lastYear] (gaps are zeros), ready
 * for d3's stack. An event counts in every year its dates touch — the rule of the time window, so a
 * year's bar holds exactly the events that filtering to that year shows.
 * `perYearByType([e2016law, e2015to2016pilot], ['law', 'pilot'], 2015, 2016)` →
 * [{ year: 2015, counts: { law: 0, pilot: 1 }, total: 1 }, { year: 2016, counts: { law: 1, pilot: 1 }, total: 2 }].
 */
export function perYearByType(
  events: readonly ReformEvent[],
  typeIds: readonly string[],
  firstYear: number,
  lastYear: number,
): YearRow[] {
  const rows: YearRow[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    rows.push({ year: y, counts: Object.fromEntries(typeIds.map((t) => [t, 0])), total: 0 });
  }
  for (const e of events) {
    if (!typeIds.includes(e.type)) continue;
    // [t0, t1) touches the years from t0's to that of its last instant.
    const from = Math.max(firstYear, yearOf(e.t0));
    const to = Math.min(lastYear, yearOf(e.t1 - 1));
    for (let y = from; y <= to; y++) {
      const row = rows[y - firstYear]!;
      row.counts[e.type]! += 1;
      row.total += 1;
    }
  }
  return rows;
}

export interface RankRow {
  id: string;
  count: number;
}

/**
 * Provinces ranked by event count (ties by adcode), top `n`.
 * `rankRegions(events, index, 3)` → [{ id: '370000', count: 9 }, …].
 */
export function rankRegions(events: readonly ReformEvent[], index: RegionIndex, n = 10): RankRow[] {
  return rankCounts(countByRegion(events, index), index, n);
}

/** The same from counts already made (AppState.counts): `rankCounts(app.counts, index, 10)`. */
export function rankCounts(
  counts: ReadonlyMap<string, number>,
  index: RegionIndex,
  n = 10,
): RankRow[] {
  return [...counts]
    .filter(([id]) => index.byCode.get(id)?.level === 'province')
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1))
    .slice(0, n);
}

export type SortKey = 'date' | 'title' | 'type' | 'regions';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/**
 * Sort rows for the event list; returns a new array. Dates sort by start then end; text with the
 * language's collation (pinyin order for Chinese). `sortEvents(es, { key: 'date', dir: 'desc' }, …)`.
 */
export function sortEvents(
  events: readonly ReformEvent[],
  sort: Sort,
  text: {
    title: (e: ReformEvent) => string;
    type: (e: ReformEvent) => string;
    regions: (e: ReformEvent) => string;
  },
  locale: string,
): ReformEvent[] {
  const collator = new Intl.Collator(locale);
  const cmp: Record<SortKey, (a: ReformEvent, b: ReformEvent) => number> = {
    date: (a, b) => a.t0 - b.t0 || a.t1 - b.t1,
    title: (a, b) => collator.compare(text.title(a), text.title(b)),
    type: (a, b) => collator.compare(text.type(a), text.type(b)),
    regions: (a, b) => collator.compare(text.regions(a), text.regions(b)),
  };
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...events].sort((a, b) => sign * cmp[sort.key](a, b) || (a.id < b.id ? -1 : 1));
}

/** Levels in their fixed order with counts. */
export function levelCounts(
  events: readonly ReformEvent[],
  levels: readonly Level[],
): [Level, number][] {
  const m = countBy(events, (e) => e.level);
  return levels.map((l) => [l, m.get(l) ?? 0]);
}
