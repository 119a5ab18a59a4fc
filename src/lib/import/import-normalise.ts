/**
 * What spreadsheets do to cells, undone before validation: dates Excel/WPS re-wrote
 * (`1985/3/13`, `2016年1月`), region lists separated by 、 or commas, the apostrophe our own
 * export puts before formula-like text, and JSON values that are not strings.
 */
import { EVENT_COLUMNS } from '../data/types';

const DATE_FORMS = [
  // 1985-3-13, 1985/3/13, 1985.3.13, optionally followed by a time Excel appends (1985/3/13 0:00)
  /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/,
  // 1985年3月13日, 1985年3月, 1985年
  /^(\d{4})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?$/,
];

/**
 * `normaliseDate('1985/3/13')` → `'1985-03-13'`; `normaliseDate('2016年1月')` → `'2016-01'`.
 * Anything else comes back trimmed and unchanged (the schema then names what is wrong).
 */
export function normaliseDate(text: string): string {
  const s = text.trim();
  for (const re of DATE_FORMS) {
    const m = re.exec(s);
    if (!m) continue;
    const pad = (x: string) => x.padStart(2, '0');
    return [m[1], m[2] && pad(m[2]), m[3] && pad(m[3])].filter(Boolean).join('-');
  }
  return s;
}

/** `normaliseRegions('四川、成都市，jjj')` → `'四川;成都市;jjj'`. Whitespace is kept (Inner Mongolia). */
export function normaliseRegions(text: string): string {
  return text
    .split(/[;；、，,]/)
    .map((x) => x.trim())
    .filter(Boolean)
    .join(';');
}

/** `unNeutralise("'=1+1")` → `'=1+1'`: the inverse of the export's formula guard. */
export function unNeutralise(cell: string): string {
  return /^'[=+\-@]/.test(cell) ? cell.slice(1) : cell;
}

export interface NormalisedRow {
  row: Record<string, string>;
  /** Date cells that were rewritten. */
  datesChanged: number;
}

/** Normalise one parsed row (keys already lower-case). Does not mutate its input. */
export function normaliseRow(raw: Readonly<Record<string, string | undefined>>): NormalisedRow {
  const row: Record<string, string> = {};
  let datesChanged = 0;
  for (const [k, v] of Object.entries(raw)) {
    let cell = unNeutralise(v ?? '');
    if (k === 'date_start' || k === 'date_end') {
      const d = normaliseDate(cell);
      if (d !== cell.trim()) datesChanged++;
      cell = d;
    } else if (k === 'regions') cell = normaliseRegions(cell);
    row[k] = cell;
  }
  return { row, datesChanged };
}

/** camelCase field names of ReformEvent (an app's JSON) → the CSV columns. */
const CAMEL: Record<string, string> = Object.fromEntries(
  EVENT_COLUMNS.map((c) => [c.replace(/_([a-z])/g, (_, x: string) => x.toUpperCase()), c]),
);

function cellOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellOf).join(';');
  if (typeof value === 'object') {
    // A source object {title, url, date}
    const o = value as Record<string, unknown>;
    if ('title' in o) return [o.title, o.url, o.date].map(cellOf).join('|');
    return JSON.stringify(value);
  }
  return String(value);
}

/**
 * A JSON value → rows of string cells with CSV column names.
 * Accepts an array of objects or `{ "events": [...] }`; keys may be columns (`title_zh`) or
 * camelCase fields (`titleZh`); arrays become `;` lists. `null` when the shape is not that.
 * `jsonRows([{ id: 'a', regions: ['510000', '成都'] }])` → `[{ id: 'a', regions: '510000;成都' }]`.
 */
export function jsonRows(value: unknown): Record<string, string>[] | null {
  const list =
    value && typeof value === 'object' && !Array.isArray(value)
      ? (value as { events?: unknown }).events
      : value;
  if (!Array.isArray(list)) return null;
  const rows: Record<string, string>[] = [];
  for (const item of list) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return null;
    const row: Record<string, string> = {};
    for (const [k, v] of Object.entries(item as Record<string, unknown>)) {
      const key = CAMEL[k] ?? k.trim().toLowerCase();
      row[key] = cellOf(v);
    }
    rows.push(row);
  }
  return rows;
}
