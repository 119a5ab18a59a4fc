/**
 * The built-in data as the build prepares it (vite.config.ts, plugin `atlas:data`): every table of
 * data/ validated once at build time and written as one compact JSON asset, so the app's start
 * parses no CSV and validates nothing (papaparse and valibot stay unloaded). Events are stored by
 * column; dates come resolved (t0, t1, span); regions, types, levels, actions, families and
 * related events as indexes into their tables. Pure, and free of the parser and validator.
 */
import type { Dataset } from './dataset';
import { parsePartialDate } from './dates';
import { createRegionIndex } from './regions';
import type { Tour } from './tours';
import {
  ACTIONS,
  LEVELS,
  type Era,
  type Family,
  type LevelInfo,
  type ReformEvent,
  type ReformType,
  type RegionGroup,
  type RegionInfo,
  type Source,
} from './types';

/** An era whose end is open has `t1: null`: it runs to the moment the app is opened. */
export type PreparedEra = Omit<Era, 't1'> & { t1: number | null };

/** The events as columns, one array per field, all the same length. */
export interface PreparedEvents {
  id: string[];
  dateStart: string[];
  dateEnd: string[];
  /** 1 for an approximate date. */
  dateApprox: (0 | 1)[];
  titleZh: string[];
  titleEn: string[];
  summaryZh: string[];
  summaryEn: string[];
  /** Index into `types`. */
  type: number[];
  /** Index into LEVELS. */
  level: number[];
  /** Indexes into `regions`; a region group is `regions.length` + its index in `groups`. */
  regions: number[][];
  seedSection: string[];
  seedQuote: string[];
  /** [title, url, date] of each source. */
  sources: [string, string, string][][];
  /** Indexes into `id`. */
  related: number[][];
  tags: string[][];
  note: string[];
  noteEn: string[];
  docNo: string[];
  /** Index into ACTIONS. */
  action: number[];
  /** Indexes into `families`. */
  family: number[][];
  t0: number[];
  t1: number[];
  /** 1 when the event has an explicit end date. */
  span: (0 | 1)[];
}

export interface PreparedData {
  version: 1;
  regions: RegionInfo[];
  groups: RegionGroup[];
  types: ReformType[];
  levels: LevelInfo[];
  eras: PreparedEra[];
  families: Family[];
  tours: Tour[];
  events: PreparedEvents;
}

/** `indexer(['a', 'b'], 'type')('b')` → 1; an unknown key throws (the data was not validated). */
function indexer(keys: readonly string[], what: string): (key: string) => number {
  const at = new Map(keys.map((k, i) => [k, i]));
  return (key) => {
    const i = at.get(key);
    if (i === undefined) throw new Error(`prepared data: unknown ${what} "${key}"`);
    return i;
  };
}

/** Look up an index written by `encodePrepared`; a stale or corrupt file throws. */
function at<T>(list: readonly T[], i: number, what: string): T {
  const x = list[i];
  if (x === undefined) throw new Error(`prepared data: no ${what} at index ${i}`);
  return x;
}

/**
 * A validated dataset → its prepared form (build time). Eras that run to "now" keep `t1: null`.
 * `encodePrepared(buildDataset(texts)).events.id` → the event ids in file order.
 */
export function encodePrepared(data: Dataset): PreparedData {
  const region = indexer(
    [...data.regions.map((r) => r.adcode), ...data.groups.map((g) => g.id)],
    'region',
  );
  const type = indexer(
    data.types.map((t) => t.id),
    'type',
  );
  const level = indexer(LEVELS, 'level');
  const action = indexer(ACTIONS, 'action');
  const family = indexer(
    data.families.map((f) => f.id),
    'family',
  );
  const ids = data.events.map((e) => e.id);
  const related = indexer(ids, 'related event');
  const col = <T>(f: (e: ReformEvent) => T) => data.events.map(f);
  return {
    version: 1,
    regions: data.regions,
    groups: data.groups,
    types: data.types,
    levels: data.levels,
    // parseEras: an era without a (valid) end runs to now.
    eras: data.eras.map((e) => ({ ...e, t1: parsePartialDate(e.end) ? e.t1 : null })),
    families: data.families,
    tours: data.tours,
    events: {
      id: ids,
      dateStart: col((e) => e.dateStart),
      dateEnd: col((e) => e.dateEnd),
      dateApprox: col((e) => (e.dateApprox ? 1 : 0)),
      titleZh: col((e) => e.titleZh),
      titleEn: col((e) => e.titleEn),
      summaryZh: col((e) => e.summaryZh),
      summaryEn: col((e) => e.summaryEn),
      type: col((e) => type(e.type)),
      level: col((e) => level(e.level)),
      regions: col((e) => e.regions.map(region)),
      seedSection: col((e) => e.seedSection),
      seedQuote: col((e) => e.seedQuote),
      sources: col((e) => e.sources.map((s): [string, string, string] => [s.title, s.url, s.date])),
      related: col((e) => e.related.map(related)),
      tags: col((e) => e.tags),
      note: col((e) => e.note),
      noteEn: col((e) => e.noteEn),
      docNo: col((e) => e.docNo),
      action: col((e) => action(e.action)),
      family: col((e) => e.family.map(family)),
      t0: col((e) => e.t0),
      t1: col((e) => e.t1),
      span: col((e) => (e.span ? 1 : 0)),
    },
  };
}

/**
 * The prepared form → the dataset the app uses (start-up; no parsing, no validation). An open
 * era ends at `now`. `decodePrepared(encodePrepared(d))` equals `d` (eras' open ends aside).
 */
export function decodePrepared(p: PreparedData, now = Date.now()): Dataset {
  if (p.version !== 1) throw new Error(`prepared data: unknown version ${String(p.version)}`);
  const c = p.events;
  const regionIds = [...p.regions.map((r) => r.adcode), ...p.groups.map((g) => g.id)];
  const events: ReformEvent[] = c.id.map((id, i) => ({
    id,
    dateStart: c.dateStart[i]!,
    dateEnd: c.dateEnd[i]!,
    dateApprox: c.dateApprox[i] === 1,
    titleZh: c.titleZh[i]!,
    titleEn: c.titleEn[i]!,
    summaryZh: c.summaryZh[i]!,
    summaryEn: c.summaryEn[i]!,
    type: at(p.types, c.type[i]!, 'type').id,
    level: at(LEVELS, c.level[i]!, 'level'),
    regions: c.regions[i]!.map((r) => at(regionIds, r, 'region')),
    seedSection: c.seedSection[i]!,
    seedQuote: c.seedQuote[i]!,
    sources: c.sources[i]!.map(([title, url, date]): Source => ({ title, url, date })),
    related: c.related[i]!.map((r) => at(c.id, r, 'event')),
    tags: c.tags[i]!,
    note: c.note[i]!,
    noteEn: c.noteEn[i]!,
    docNo: c.docNo[i]!,
    action: at(ACTIONS, c.action[i]!, 'action'),
    family: c.family[i]!.map((f) => at(p.families, f, 'family').id),
    t0: c.t0[i]!,
    t1: c.t1[i]!,
    span: c.span[i] === 1,
  }));
  return {
    events,
    types: p.types,
    levels: p.levels,
    eras: p.eras.map((e) => ({ ...e, t1: e.t1 ?? now })),
    groups: p.groups,
    families: p.families,
    regions: p.regions,
    index: createRegionIndex(p.regions, p.groups),
    tours: p.tours,
    errors: [],
  };
}
