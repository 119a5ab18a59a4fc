/**
 * The one validator for reform events: used by `npm run data:check` on data/events.csv and by the
 * app's import. Rows are string records keyed by column name (as a CSV parser returns them).
 * It returns every valid event and every rejected cell, never throwing.
 */
import * as v from 'valibot';
import { intervalEnd, intervalStart, parsePartialDate } from './dates';
import { looksLikeDocNo } from './docno';
import {
  ACTIONS,
  EVENT_COLUMNS,
  LEVELS,
  type Action,
  REQUIRED_COLUMNS,
  type Level,
  type ReformEvent,
  type Source,
} from './types';

export type ErrorCode =
  | 'required'
  | 'id_format'
  | 'date'
  | 'date_out_of_range'
  | 'end_before_start'
  | 'bool'
  | 'type'
  | 'level'
  | 'action'
  | 'family'
  | 'doc_no'
  | 'unit'
  | 'anchor'
  | 'family_empty'
  | 'region'
  | 'related'
  | 'duplicate_id'
  | 'duplicate_existing'
  | 'quote_or_source'
  | 'source_format'
  | 'missing_column'
  | 'seed_quote'
  | 'seed_missing'
  | 'empty_file'
  | 'not_csv'
  | 'too_large'
  | 'parse';

export interface ValidationError {
  file: string;
  /** Spreadsheet row number: the header is row 1, the first event row 2. 0 for file-level errors. */
  row: number;
  column: string;
  value: string;
  code: ErrorCode;
  /** What was expected, or a suggestion (e.g. the nearest known region name). */
  expected?: string;
}

export interface ValidationContext {
  file: string;
  /** Event type ids (data/taxonomy.csv). */
  types: ReadonlySet<string>;
  /**
   * Family ids (data/families.csv) the `family` column may name. An import gets the built-in
   * ones: a file cannot define families of its own.
   */
  families: ReadonlySet<string>;
  /** Turns a region token (adcode, group id or a known name) into its canonical id, or null. */
  resolveRegion: (token: string) => string | null;
  /** Suggests the nearest known region name for an unknown token. */
  suggestRegion?: (token: string) => string | undefined;
  /** Ids already loaded (merge import): a row reusing one is rejected. */
  existingIds?: ReadonlySet<string>;
  /** Ids `related` may point to besides the file's own (e.g. the built-in events on merge). */
  knownIds?: ReadonlySet<string>;
  /** Latest allowed date, ms. Defaults to now. */
  now?: number;
  /**
   * Validating a long file in batches (so the page stays responsive): the number of rows before
   * this batch (row numbers continue from it) and the ids seen in earlier batches (id → row),
   * shared and updated so duplicates across batches are found. Defaults: 0 and a new map.
   */
  rowOffset?: number;
  seenIds?: Map<string, number>;
}

export interface ValidationResult {
  events: ReformEvent[];
  errors: ValidationError[];
}

export const MIN_DATE = Date.UTC(1978, 0, 1);

const ID = /^[a-z0-9][a-z0-9-]*$/;
const list = (s: string | undefined) =>
  (s ?? '')
    .split(/[;；]/)
    .map((x) => x.trim())
    .filter(Boolean);

const text = v.pipe(v.optional(v.string(), ''), v.trim());
const required = v.pipe(v.optional(v.string(), ''), v.trim(), v.nonEmpty('required'));

const RowSchema = v.object({
  id: v.pipe(required, v.regex(ID, 'id_format')),
  date_start: v.pipe(
    required,
    v.check((s) => parsePartialDate(s) !== null, 'date'),
  ),
  date_end: v.pipe(
    text,
    v.check((s) => s === '' || parsePartialDate(s) !== null, 'date'),
  ),
  date_approx: v.pipe(
    text,
    v.check((s) => /^(|true|false|1|0|yes|no|是|否)$/i.test(s), 'bool'),
  ),
  title_zh: required,
  title_en: text,
  summary_zh: text,
  summary_en: text,
  type: required,
  level: v.pipe(required, v.picklist(LEVELS, 'level')),
  regions: text,
  seed_section: text,
  seed_quote: text,
  sources: text,
  related: text,
  tags: text,
  note: text,
  // Columns added in dataset v2: a file without them still validates, with these defaults.
  note_en: text,
  doc_no: v.pipe(
    text,
    v.check((s) => s === '' || looksLikeDocNo(s), 'doc_no'),
  ),
  action: v.pipe(
    text,
    v.toLowerCase(),
    v.transform((s) => s || 'other'),
    v.picklist(ACTIONS, 'action'),
  ),
  family: text,
});

/**
 * `parseSources('法|https://x|2020-01-01;B||2021')` → two sources; `null` if an entry is not
 * `title|url|date`, or its url is neither empty nor http(s) (no `javascript:` or `data:` links).
 */
export function parseSources(s: string): Source[] | null {
  const out: Source[] = [];
  for (const entry of list(s)) {
    const parts = entry.split('|').map((p) => p.trim());
    if (parts.length !== 3 || !parts[0]) return null;
    if (parts[1] && !/^https?:\/\/\S+$/i.test(parts[1])) return null;
    out.push({ title: parts[0], url: parts[1] ?? '', date: parts[2] ?? '' });
  }
  return out;
}

/** Validate rows; see the module comment. */
export function validateEvents(
  rows: readonly Record<string, string | undefined>[],
  ctx: ValidationContext,
): ValidationResult {
  const errors: ValidationError[] = [];
  const events: ReformEvent[] = [];
  const now = ctx.now ?? Date.now();
  const seen = ctx.seenIds ?? new Map<string, number>();
  const offset = ctx.rowOffset ?? 0;
  const err = (
    row: number,
    column: string,
    value: string | undefined,
    code: ErrorCode,
    expected?: string,
  ) => errors.push({ file: ctx.file, row, column, value: value ?? '', code, expected });

  if (rows.length > 0) {
    const present = new Set(Object.keys(rows[0]!));
    for (const c of REQUIRED_COLUMNS) if (!present.has(c)) err(0, c, '', 'missing_column');
    if (errors.length) return { events, errors };
  }

  rows.forEach((raw, i) => {
    const row = offset + i + 2;
    const before = errors.length;
    const parsed = v.safeParse(RowSchema, raw, { abortPipeEarly: true });
    if (!parsed.success) {
      for (const issue of parsed.issues) {
        const column = String(issue.path?.[0]?.key ?? '');
        err(row, column, raw[column], issue.message as ErrorCode);
      }
      return;
    }
    const r = parsed.output;
    if (!ctx.types.has(r.type)) err(row, 'type', r.type, 'type', [...ctx.types].join(', '));
    const family = [...new Set(list(r.family))];
    for (const id of family)
      if (!ctx.families.has(id)) err(row, 'family', id, 'family', [...ctx.families].join(', '));

    const start = parsePartialDate(r.date_start)!;
    const end = r.date_end ? parsePartialDate(r.date_end)! : null;
    const t0 = intervalStart(start);
    const t1 = intervalEnd(end ?? start);
    if (t0 < MIN_DATE || t0 > now) err(row, 'date_start', r.date_start, 'date_out_of_range');
    if (end) {
      if (intervalStart(end) < t0)
        err(row, 'date_end', r.date_end, 'end_before_start', r.date_start);
      else if (intervalStart(end) > now) err(row, 'date_end', r.date_end, 'date_out_of_range');
    }

    const regions: string[] = [];
    for (const token of list(r.regions)) {
      const id = ctx.resolveRegion(token);
      if (id) {
        if (!regions.includes(id)) regions.push(id);
      } else err(row, 'regions', token, 'region', ctx.suggestRegion?.(token));
    }

    const sources = parseSources(r.sources);
    if (!sources) err(row, 'sources', r.sources, 'source_format');
    if (!r.seed_quote && !sources?.length) err(row, 'seed_quote', '', 'quote_or_source');

    if (seen.has(r.id)) err(row, 'id', r.id, 'duplicate_id', String(seen.get(r.id)));
    else if (ctx.existingIds?.has(r.id)) err(row, 'id', r.id, 'duplicate_existing');
    if (!seen.has(r.id)) seen.set(r.id, row);

    if (errors.length > before) return;
    events.push({
      id: r.id,
      dateStart: r.date_start,
      dateEnd: r.date_end,
      dateApprox: /^(true|1|yes|是)$/i.test(r.date_approx),
      titleZh: r.title_zh,
      titleEn: r.title_en,
      summaryZh: r.summary_zh,
      summaryEn: r.summary_en,
      type: r.type,
      level: r.level as Level,
      regions,
      seedSection: r.seed_section,
      seedQuote: r.seed_quote,
      sources: sources ?? [],
      related: list(r.related),
      tags: list(r.tags),
      note: r.note,
      noteEn: r.note_en,
      docNo: r.doc_no,
      action: r.action as Action,
      family,
      t0,
      t1,
      span: end !== null,
    });
  });

  // `related` may point anywhere in the file (or to known events): check once all ids are known.
  // (Looked up in both rather than copied into one set: batches of a long file share `seen`.)
  const known = (id: string) => seen.has(id) || !!ctx.knownIds?.has(id);
  const bad = new Set<string>();
  for (const e of events) {
    for (const id of e.related) {
      if (!known(id)) {
        err(seen.get(e.id) ?? 0, 'related', id, 'related');
        bad.add(e.id);
      }
    }
  }
  return { events: bad.size ? events.filter((e) => !bad.has(e.id)) : events, errors };
}

/** Whitespace-insensitive verbatim check of seed quotes against the brief's text. */
export function checkSeedQuotes(
  events: readonly ReformEvent[],
  briefText: string,
  file: string,
  rowOf: (id: string) => number,
): ValidationError[] {
  const squash = (s: string) => s.replace(/\s+/g, '');
  const brief = squash(briefText);
  return events
    .filter((e) => e.seedQuote && !brief.includes(squash(e.seedQuote)))
    .map((e) => ({
      file,
      row: rowOf(e.id),
      column: 'seed_quote',
      value: e.seedQuote,
      code: 'seed_quote' as const,
    }));
}

export { EVENT_COLUMNS };
