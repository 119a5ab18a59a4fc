/** The reform event as the app uses it, after validation. Times are UTC milliseconds. */
export interface ReformEvent {
  id: string;
  dateStart: string;
  dateEnd: string;
  dateApprox: boolean;
  titleZh: string;
  titleEn: string;
  summaryZh: string;
  summaryEn: string;
  type: string;
  level: Level;
  /** Adcodes (provinces or prefecture-level cities) or region-group ids, as written. */
  regions: string[];
  seedSection: string;
  seedQuote: string;
  sources: Source[];
  related: string[];
  tags: string[];
  /** Caveats, in Chinese (the `note` column). */
  note: string;
  /** Caveats, in English (`note_en`); either may be empty, each stands in for the other. */
  noteEn: string;
  /** The document number (文号), e.g. 国发〔2016〕4号; '' when none is recorded. */
  docNo: string;
  /** What the event does to an institution or rule. */
  action: Action;
  /** Ids of the families (data/families.csv) the event is a member of. */
  family: string[];
  /** Start of the event's interval (inclusive). */
  t0: number;
  /** End of the event's interval (exclusive). */
  t1: number;
  /** True when the event has an explicit end date (drawn as a bar). */
  span: boolean;
}

/**
 * What an event does: sets something up (a law, a body, a zone), revises or abolishes it, starts a
 * pilot, or something else (a meeting, a plan). Lets counts tell set-ups apart from abolitions.
 */
export const ACTIONS = ['create', 'revise', 'abolish', 'pilot', 'other'] as const;
export type Action = (typeof ACTIONS)[number];

export const LEVELS = ['national', 'provincial', 'municipal', 'cross-regional'] as const;
export type Level = (typeof LEVELS)[number];

export interface Source {
  title: string;
  url: string;
  date: string;
}

export interface ReformType {
  id: string;
  zh: string;
  en: string;
  colour: string;
  order: number;
  descriptionZh: string;
  descriptionEn: string;
}

export interface LevelInfo {
  id: Level;
  zh: string;
  en: string;
  order: number;
}

export interface Era {
  id: string;
  nameZh: string;
  nameEn: string;
  start: string;
  end: string;
  t0: number;
  t1: number;
  docZh: string;
  docEn: string;
  sources: Source[];
}

export interface RegionGroup {
  id: string;
  nameZh: string;
  nameEn: string;
  members: string[];
  source: string;
}

/**
 * A family of like events (data/families.csv): the same institution or pilot adopted place by
 * place, e.g. the national innovation demonstration zones. Members are the events whose `family`
 * names it; `anchors` are the national events that define it.
 */
export interface Family {
  id: string;
  nameZh: string;
  nameEn: string;
  descriptionZh: string;
  descriptionEn: string;
  /** The kind of place a member is adopted by. */
  unit: 'province' | 'city';
  /** Event ids that define the family (a national decision, the first zone …). */
  anchors: string[];
  /** Are all members recorded? */
  complete: boolean;
  /** What is known to be missing, in Chinese (`note`) and English (`note_en`, optional column). */
  note: string;
  noteEn: string;
  sources: Source[];
}

/** One row of data/geo/regions.json. */
export interface RegionInfo {
  adcode: string;
  level: 'province' | 'city';
  name: string;
  short: string;
  en: string;
  parent: string | null;
  center: [number, number];
  bbox: [number, number, number, number];
}

/** The columns of data/events.csv, in order: the import/export format. */
export const EVENT_COLUMNS = [
  'id',
  'date_start',
  'date_end',
  'date_approx',
  'title_zh',
  'title_en',
  'summary_zh',
  'summary_en',
  'type',
  'level',
  'regions',
  'seed_section',
  'seed_quote',
  'sources',
  'related',
  'tags',
  'note',
  'note_en',
  'doc_no',
  'action',
  'family',
] as const;
export type EventColumn = (typeof EVENT_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly EventColumn[] = [
  'id',
  'date_start',
  'title_zh',
  'type',
  'level',
];
