/**
 * Import of the user's own events from CSV or JSON: read the file in slices (with progress),
 * decode (UTF-8 with/without BOM, GB18030/GBK, UTF-16), parse in chunks, normalise what
 * spreadsheets do, then validate in batches with the one schema (schema.ts) — yielding to the
 * event loop between steps so the page never freezes. Nothing here touches the app's state: the
 * result is a preview the user confirms or cancels.
 */
import Papa from 'papaparse';
import { decodeBytes, type Encoding } from '../data/decode';
import { jsonRows, normaliseRow } from './import-normalise';
import { validateEvents, type ValidationContext, type ValidationError } from '../data/schema';
import { EVENT_COLUMNS, type ReformEvent } from '../data/types';

/** Files above this are refused before reading (documented in README: "Add your own events"). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Rows validated between two yields to the event loop. */
const BATCH = 1000;
const SLICE = 1024 * 1024;

export type ImportMode = 'replace' | 'merge';
export type ImportFormat = 'csv' | 'json';

export interface ImportNote {
  code: 'encoding' | 'extra_columns' | 'blank_rows' | 'dates_normalised';
  value: string;
}

export interface Progress {
  phase: 'reading' | 'parsing' | 'checking';
  /** 0…1 */
  fraction: number;
}
export type OnProgress = (p: Progress) => void;

/** A file read and parsed, not yet validated (validation depends on merge or replace). */
export interface ParsedFile {
  fileName: string;
  format: ImportFormat;
  columns: string[];
  /** Data rows with their spreadsheet row number (header = 1); blank rows left out. */
  rows: { row: number; cells: Record<string, string> }[];
  /** File-level and parse errors (empty, binary, too large, bad quotes …). */
  errors: ValidationError[];
  notes: ImportNote[];
}

export interface ImportPreview {
  fileName: string;
  format: ImportFormat;
  mode: ImportMode;
  /** Data rows in the file (blank rows not counted). */
  rowCount: number;
  events: ReformEvent[];
  errors: ValidationError[];
  /** Rows with at least one error. */
  rejectedRows: number;
  notes: ImportNote[];
}

export interface ImportContext {
  types: ReadonlySet<string>;
  /** The built-in family ids: imported events may only join these. */
  families: ReadonlySet<string>;
  resolveRegion: (token: string) => string | null;
  suggestRegion?: (token: string) => string | undefined;
  /** The events shown now: on merge, their ids may not be reused (and `related` may point at them). */
  existing: readonly ReformEvent[];
  now?: number;
}

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** Fields of the app's own event objects that are derived, not columns: ignored silently. */
const DERIVED = new Set(['t0', 't1', 'span']);

const fileError = (
  fileName: string,
  code: ValidationError['code'],
  value = '',
  expected?: string,
): ParsedFile => ({
  fileName,
  format: 'csv',
  columns: [],
  rows: [],
  errors: [{ file: fileName, row: 0, column: '', value, code, expected }],
  notes: [],
});

/** Read a Blob in 1 MB slices, reporting progress and yielding between slices. */
export async function readBytes(file: Blob, onProgress?: OnProgress): Promise<Uint8Array> {
  const out = new Uint8Array(file.size);
  for (let at = 0; at < file.size; at += SLICE) {
    const part = new Uint8Array(await file.slice(at, at + SLICE).arrayBuffer());
    out.set(part, at);
    onProgress?.({ phase: 'reading', fraction: Math.min(1, (at + part.length) / file.size) });
    await tick();
  }
  return out;
}

/** `formatBytes(52_428_800)` → `'50.0 MB'`. */
export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

/** Read, decode and parse a file. Never throws; problems come back as errors. */
export async function parseFile(file: File, onProgress?: OnProgress): Promise<ParsedFile> {
  if (file.size > MAX_FILE_BYTES)
    return fileError(file.name, 'too_large', formatBytes(file.size), formatBytes(MAX_FILE_BYTES));
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(file, onProgress);
  } catch (e) {
    return fileError(file.name, 'parse', e instanceof Error ? e.message : String(e), 'read');
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok)
    return decoded.kind === 'empty'
      ? fileError(file.name, 'empty_file')
      : fileError(file.name, 'not_csv', file.name, decoded.kind);
  return parseText(decoded.text, file.name, decoded.encoding, onProgress);
}

/** Parse decoded text as JSON (when it looks like JSON) or CSV. */
export async function parseText(
  text: string,
  fileName: string,
  encoding: Encoding = 'utf-8',
  onProgress?: OnProgress,
): Promise<ParsedFile> {
  const notes: ImportNote[] =
    encoding === 'utf-8' || encoding === 'utf-8-bom' ? [] : [{ code: 'encoding', value: encoding }];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!body.trim()) return fileError(fileName, 'empty_file');
  const parsed = /^\s*[[{]/.test(body)
    ? parseJson(body, fileName)
    : await parseCsvChunked(body, fileName, onProgress);
  return { ...parsed, notes: [...notes, ...parsed.notes] };
}

/**
 * Where JSON.parse gave up, from its (English, browser-specific) message: the line and column it
 * names, or those of the position it names, or the end for an early end; null when it names none.
 * `jsonErrorPlace('… in JSON at position 14', '{"a": 1,\n "b" 2}')` → `{ line: 2, column: 6 }`.
 */
export function jsonErrorPlace(
  message: string,
  text: string,
): { line: number; column: number } | null {
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/i.exec(message);
  const at = pos
    ? Math.min(Number(pos[1]), text.length)
    : /unexpected end/i.test(message)
      ? text.trimEnd().length
      : -1;
  if (at < 0) return null;
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

function parseJson(text: string, fileName: string): ParsedFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // The browser's message is English whatever the UI language: keep only where it failed, and
    // show the text there (the problem itself is said in the user's language, import-messages.ts).
    const place = jsonErrorPlace(e instanceof Error ? e.message : String(e), text);
    const line = place ? (text.split('\n')[place.line - 1] ?? '') : '';
    const near = line
      .slice(Math.max(0, (place?.column ?? 0) - 40))
      .slice(0, 80)
      .trim();
    const where = place ? `json-at:${place.line}:${place.column}` : 'json';
    return { ...fileError(fileName, 'parse', near, where), format: 'json' };
  }
  const rows = jsonRows(value);
  if (!rows) return { ...fileError(fileName, 'not_csv', fileName, 'json-shape'), format: 'json' };
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((c) => !DERIVED.has(c));
  return finish(
    fileName,
    'json',
    columns,
    rows.map((cells, i) => ({ row: i + 2, cells })),
    [],
  );
}

/**
 * The separator, from the header line: `,` (CSV), a tab (Excel's "Unicode text") or `;` (CSV
 * saved in locales that use the decimal comma). `sniffDelimiter('id\tdate_start')` → `'\t'`.
 */
export function sniffDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (d: string) => header.split(d).length - 1;
  return ['\t', ';'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

function parseCsvChunked(text: string, fileName: string, onProgress?: OnProgress) {
  return new Promise<ParsedFile>((resolve) => {
    const rows: ParsedFile['rows'] = [];
    const errors: ValidationError[] = [];
    let columns: string[] = [];
    let consumed = 0;
    type Raw = Record<string, string> & { __parsed_extra?: string[] };
    // A final line break would otherwise read as one more (blank) row.
    Papa.parse<Raw>(text.replace(/[\r\n]+$/, ''), {
      header: true,
      delimiter: sniffDelimiter(text),
      skipEmptyLines: false,
      chunkSize: 128 * 1024,
      transformHeader: (h) => h.trim().toLowerCase(),
      chunk(res: Papa.ParseResult<Raw>, parser: Papa.Parser) {
        columns = res.meta.fields ?? columns;
        const base = rows.length;
        res.data.forEach((raw: Raw, i: number) => {
          const row = base + i + 2;
          const { __parsed_extra: extra, ...cells } = raw;
          if (extra) {
            errors.push({
              file: fileName,
              row,
              column: '',
              value: extra.join(','),
              code: 'parse',
              expected: 'too_many_fields',
            });
          }
          rows.push({ row, cells: extra ? {} : cells });
        });
        for (const e of res.errors) {
          if (e.type === 'Quotes')
            errors.push({
              file: fileName,
              // An unclosed quote runs to the end of the text: its row is the last one parsed.
              row: base + Math.min(e.row ?? 0, res.data.length - 1) + 2,
              column: '',
              value: '',
              code: 'parse',
              expected: 'quotes',
            });
        }
        consumed = res.meta.cursor;
        onProgress?.({ phase: 'parsing', fraction: Math.min(1, consumed / text.length) });
        parser.pause();
        setTimeout(() => parser.resume(), 0);
      },
      complete() {
        resolve(finish(fileName, 'csv', columns, rows, errors));
      },
    });
  });
}

const isBlank = (cells: Record<string, string>) =>
  Object.values(cells).every((v) => !v || !v.trim());

/** Leave out blank rows (Excel writes them as `,,,,`), note extra columns. */
function finish(
  fileName: string,
  format: ImportFormat,
  columns: string[],
  rows: ParsedFile['rows'],
  errors: ValidationError[],
): ParsedFile {
  const notes: ImportNote[] = [];
  const known = new Set<string>(EVENT_COLUMNS);
  if (!columns.some((c) => known.has(c)))
    return { ...fileError(fileName, 'not_csv', fileName, 'no_header'), format };
  const extra = columns.filter((c) => c && !known.has(c));
  if (extra.length) notes.push({ code: 'extra_columns', value: extra.join(', ') });
  const bad = new Set(errors.map((e) => e.row));
  const kept = rows.filter((r) => !bad.has(r.row) && !isBlank(r.cells));
  const blanks = rows.length - kept.length - bad.size;
  if (blanks > 0) notes.push({ code: 'blank_rows', value: String(blanks) });
  if (kept.length === 0 && errors.length === 0)
    return { ...fileError(fileName, 'empty_file', '', 'rows'), format, columns };
  return { fileName, format, columns, rows: kept, errors, notes };
}

/** Validate parsed rows for a merge or a replace, in batches; see the module comment. */
export async function validateParsed(
  parsed: ParsedFile,
  ctx: ImportContext,
  mode: ImportMode,
  onProgress?: OnProgress,
): Promise<ImportPreview> {
  const errors = [...parsed.errors];
  const events: ReformEvent[] = [];
  let datesChanged = 0;
  const existingIds = mode === 'merge' ? new Set(ctx.existing.map((e) => e.id)) : undefined;
  const fileIds = parsed.rows.map((r) => (r.cells.id ?? '').trim()).filter(Boolean);
  const base: ValidationContext = {
    file: parsed.fileName,
    types: ctx.types,
    families: ctx.families,
    resolveRegion: ctx.resolveRegion,
    suggestRegion: ctx.suggestRegion,
    existingIds,
    knownIds: new Set([...fileIds, ...(existingIds ?? [])]),
    seenIds: new Map(),
    now: ctx.now,
  };
  // Batches are runs of consecutive spreadsheet rows, so the schema's row numbers stay right.
  let i = 0;
  while (i < parsed.rows.length) {
    const start = parsed.rows[i]!.row;
    const batch: Record<string, string>[] = [];
    while (
      i < parsed.rows.length &&
      batch.length < BATCH &&
      parsed.rows[i]!.row === start + batch.length
    ) {
      const cells = parsed.rows[i]!.cells;
      // Every column present, even in a short row or a JSON object without it.
      const full = Object.fromEntries(parsed.columns.map((c) => [c, cells[c] ?? '']));
      const n = normaliseRow(full);
      datesChanged += n.datesChanged;
      batch.push(n.row);
      i++;
    }
    const res = validateEvents(batch, { ...base, rowOffset: start - 2 });
    for (const e of res.events) events.push(e);
    for (const e of res.errors) errors.push(e);
    if (res.errors.some((e) => e.code === 'missing_column')) {
      events.length = 0;
      break;
    }
    onProgress?.({ phase: 'checking', fraction: i / parsed.rows.length });
    await tick();
  }
  errors.sort((a, b) => a.row - b.row);
  const notes = [...parsed.notes];
  if (datesChanged) notes.push({ code: 'dates_normalised', value: String(datesChanged) });
  return {
    fileName: parsed.fileName,
    format: parsed.format,
    mode,
    rowCount:
      parsed.rows.length + new Set(parsed.errors.filter((e) => e.row > 0).map((e) => e.row)).size,
    events,
    errors,
    rejectedRows: new Set(errors.filter((e) => e.row > 0).map((e) => e.row)).size,
    notes,
  };
}

/** The downloadable template: the header and two example rows, ready for Excel/WPS (BOM, CRLF). */
export function templateCsv(): string {
  const rows = [
    [...EVENT_COLUMNS],
    [
      'my-province-sti-regulation-2021',
      '2021-07-29',
      '',
      'false',
      '四川省科技创新促进条例施行',
      'Sichuan S&T innovation promotion regulation in force',
      '示例：一两句话概述这项改革。',
      'Example: one or two sentences on the reform.',
      'law',
      'provincial',
      '四川省',
      '',
      '',
      '四川省人大常委会公告|https://example.org/notice|2021-07-29',
      '',
      'legislation',
      '示例行，导入前请替换为您的数据',
      'Example row: replace it with your data before importing',
      '示例〔2021〕1号',
      'create',
      '',
    ],
    [
      'my-city-tech-broker-pilot-2022',
      '2022-03',
      '2023-12',
      'true',
      '成都市技术经纪人试点',
      'Chengdu technology broker pilot',
      '',
      '',
      'pilot',
      'municipal',
      '成都市',
      '',
      '',
      '成都市科技局通知||2022-03',
      'my-province-sti-regulation-2021',
      'pilot-spread',
      '',
      '',
      '',
      'pilot',
      '',
    ],
  ];
  return '\ufeff' + Papa.unparse(rows, { newline: '\r\n' }) + '\r\n';
}
