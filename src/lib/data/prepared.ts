/**
 * The built-in data as the build prepares it (vite.config.ts, plugin `atlas:data`): every table of
 * data/ validated once at build time and written as two compact JSON assets, so the app's start
 * parses no CSV and validates nothing (papaparse and valibot stay unloaded). Events are stored by
 * column; dates come resolved (t0, t1, span); regions, types, levels, actions, families and
 * related events as indexes into their tables. The first file holds what the first screen draws;
 * the events' longer texts (TEXT_FIELDS: summaries, notes, sources, quotes, tags), two thirds of
 * the bytes, are in the second, read after the first frame (`attachTexts`). Pure, and free of the
 * parser and validator.
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

/** The fields of an event that the first screen does not draw: they arrive after it. */
export const TEXT_FIELDS = [
  'summaryZh',
  'summaryEn',
  'seedSection',
  'seedQuote',
  'sources',
  'tags',
  'note',
  'noteEn',
] as const;

/** The events as columns, one array per field, all the same length (TEXT_FIELDS aside). */
export interface PreparedEvents {
  id: string[];
  dateStart: string[];
  dateEnd: string[];
  /** 1 for an approximate date. */
  dateApprox: (0 | 1)[];
  titleZh: string[];
  titleEn: string[];
  /** Index into `types`. */
  type: number[];
  /** Index into LEVELS. */
  level: number[];
  /** Indexes into `regions`; a region group is `regions.length` + its index in `groups`. */
  regions: number[][];
  /** Indexes into `id`. */
  related: number[][];
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

/** The events' TEXT_FIELDS as columns, in the order of `PreparedEvents.id` (which `id` repeats). */
export interface PreparedTexts {
  version: 1;
  id: string[];
  summaryZh: string[];
  summaryEn: string[];
  seedSection: string[];
  seedQuote: string[];
  /** [title, url, date] of each source. */
  sources: [string, string, string][][];
  tags: string[][];
  note: string[];
  noteEn: string[];
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
 * A validated dataset → its prepared form (build time): the first screen's file and the texts'.
 * Eras that run to "now" keep `t1: null`.
 * `encodePrepared(buildDataset(texts)).data.events.id` → the event ids in file order.
 */
export function encodePrepared(data: Dataset): { data: PreparedData; texts: PreparedTexts } {
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
  const texts: PreparedTexts = {
    version: 1,
    id: ids,
    summaryZh: col((e) => e.summaryZh),
    summaryEn: col((e) => e.summaryEn),
    seedSection: col((e) => e.seedSection),
    seedQuote: col((e) => e.seedQuote),
    sources: col((e) => e.sources.map((s): [string, string, string] => [s.title, s.url, s.date])),
    tags: col((e) => e.tags),
    note: col((e) => e.note),
    noteEn: col((e) => e.noteEn),
  };
  const prepared: PreparedData = {
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
      type: col((e) => type(e.type)),
      level: col((e) => level(e.level)),
      regions: col((e) => e.regions.map(region)),
      related: col((e) => e.related.map(related)),
      docNo: col((e) => e.docNo),
      action: col((e) => action(e.action)),
      family: col((e) => e.family.map(family)),
      t0: col((e) => e.t0),
      t1: col((e) => e.t1),
      span: col((e) => (e.span ? 1 : 0)),
    },
  };
  return { data: prepared, texts };
}

/**
 * The prepared form → the dataset the app uses (start-up; no parsing, no validation). An open
 * era ends at `now`. The events' TEXT_FIELDS are empty until `attachTexts` fills them:
 * `decodePrepared(encodePrepared(d).data)`, then `attachTexts` with its `.texts`, equals `d` (eras'
 * open ends aside).
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
    summaryZh: '',
    summaryEn: '',
    type: at(p.types, c.type[i]!, 'type').id,
    level: at(LEVELS, c.level[i]!, 'level'),
    regions: c.regions[i]!.map((r) => at(regionIds, r, 'region')),
    seedSection: '',
    seedQuote: '',
    sources: [],
    related: c.related[i]!.map((r) => at(c.id, r, 'event')),
    tags: [],
    note: '',
    noteEn: '',
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

/**
 * Fill the built-in events' TEXT_FIELDS, in place, from the texts file: the same objects are in
 * every list that shows them (a merged import keeps them too). A file for other events (a stale
 * cache, a different build) throws and fills nothing.
 */
export function attachTexts(events: readonly ReformEvent[], t: PreparedTexts): void {
  if (t.version !== 1) throw new Error(`prepared texts: unknown version ${String(t.version)}`);
  if (t.id.length !== events.length || events.some((e, i) => e.id !== t.id[i]))
    throw new Error('prepared texts: the events differ from the data file’s');
  events.forEach((e, i) => {
    e.summaryZh = t.summaryZh[i]!;
    e.summaryEn = t.summaryEn[i]!;
    e.seedSection = t.seedSection[i]!;
    e.seedQuote = t.seedQuote[i]!;
    e.sources = t.sources[i]!.map(([title, url, date]): Source => ({ title, url, date }));
    e.tags = t.tags[i]!;
    e.note = t.note[i]!;
    e.noteEn = t.noteEn[i]!;
  });
}
