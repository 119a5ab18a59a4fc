/** CSV in and out, in the format of data/events.csv (RFC 4180, UTF-8). */
import Papa from 'papaparse';
import { EVENT_COLUMNS, type ReformEvent } from './types';

export interface ParsedCsv {
  rows: Record<string, string>[];
  columns: string[];
}

/** `parseCsv('a,b\n1,2\n')` → `{ columns: ['a','b'], rows: [{a:'1', b:'2'}] }`. Strips a BOM; skips blank rows. */
export function parseCsv(text: string): ParsedCsv {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const result = Papa.parse<Record<string, string>>(clean, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  return { rows: result.data, columns: result.meta.fields ?? [] };
}

/** Cells a spreadsheet would run as a formula start with one of these. */
const FORMULA = /^[=+\-@\t\r]/;

/** `neutralise('=1+1')` → `"'=1+1"`: a leading apostrophe makes Excel and WPS show it as text. */
export function neutralise(cell: string): string {
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

/** The CSV row of an event, in EVENT_COLUMNS order. */
export function eventToRow(e: ReformEvent): string[] {
  return [
    e.id,
    e.dateStart,
    e.dateEnd,
    e.dateApprox ? 'true' : 'false',
    e.titleZh,
    e.titleEn,
    e.summaryZh,
    e.summaryEn,
    e.type,
    e.level,
    e.regions.join(';'),
    e.seedSection,
    e.seedQuote,
    e.sources.map((s) => `${s.title}|${s.url}|${s.date}`).join(';'),
    e.related.join(';'),
    e.tags.join(';'),
    e.note,
    e.noteEn,
    e.docNo,
    e.action,
    e.family.join(';'),
  ];
}

/**
 * Events → CSV text in the format of data/events.csv. With `forSpreadsheet`, prefix a BOM (so Excel
 * and WPS read UTF-8), use CRLF, and neutralise cells that would run as formulas.
 */
export function eventsToCsv(events: readonly ReformEvent[], forSpreadsheet = false): string {
  const rows = events.map((e) => {
    const row = eventToRow(e);
    return forSpreadsheet ? row.map(neutralise) : row;
  });
  const body = Papa.unparse(
    { fields: [...EVENT_COLUMNS], data: rows },
    { newline: forSpreadsheet ? '\r\n' : '\n', quotes: false },
  );
  return (forSpreadsheet ? '\ufeff' : '') + body + (forSpreadsheet ? '\r\n' : '\n');
}

/**
 * Any table → CSV for a spreadsheet (UTF-8 with BOM, CRLF, formula-like cells neutralised), e.g.
 * the diffusion view's adoption matrix: `tableToCsv(['a'], [['=1']])` → '\ufeffa\r\n'=1\r\n'.
 */
export function tableToCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const body = Papa.unparse(
    { fields: header.map(neutralise), data: rows.map((r) => r.map(neutralise)) },
    { newline: '\r\n', quotes: false },
  );
  return '\ufeff' + body + '\r\n';
}
