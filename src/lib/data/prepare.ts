/**
 * The build's data step (vite.config.ts, plugin `atlas:data`): the tables of data/ → the prepared
 * JSON the app loads (see ./prepared.ts), validated with the app's own validator. Any rejected
 * cell fails the build, named by file, row, column, value and what was expected. Build time only:
 * it brings the parser and the validator, which the app's start no longer loads.
 */
import { buildDataset, type DataTexts as BaseTexts } from './dataset';
import { encodePrepared, type PreparedData, type PreparedTexts } from './prepared';
import type { ErrorCode, ValidationError } from './schema';
import { validateTours } from './tours';

/** The texts of data/'s tables (regions.json already parsed), every one of them. */
export type DataTexts = BaseTexts & { tours: string };

/** What each error code expected, for the build's message (the app's own words are in i18n/). */
const EXPECTED: Record<ErrorCode, string> = {
  required: 'a value (the column is required)',
  id_format: 'an id of lower-case letters, digits and hyphens',
  date: 'a date: YYYY, YYYY-MM or YYYY-MM-DD',
  date_out_of_range: 'a date from 1978 to today',
  end_before_start: 'an end on or after the start',
  bool: 'true or false',
  type: 'a type id from taxonomy.csv',
  level: 'national, provincial, municipal or cross-regional',
  action: 'create, revise, abolish, pilot or other',
  family: 'a family id from families.csv',
  doc_no: 'a document number like 国发〔2016〕4号',
  unit: 'province or city',
  anchor: 'an event id from events.csv',
  family_empty: 'at least one member event',
  region: 'an adcode, a region group id or a known region name',
  related: 'an event id from events.csv',
  duplicate_id: 'an id used once',
  duplicate_existing: 'an id not already loaded',
  quote_or_source: 'a seed_quote or at least one source',
  source_format: 'sources as title|url|date, separated by ;',
  missing_column: 'the column in the header row',
  seed_quote: 'the quote verbatim from the brief',
  seed_missing: 'the source brief',
  empty_file: 'some rows',
  not_csv: 'a CSV file',
  too_large: 'a smaller file',
  parse: 'well-formed CSV',
};

/**
 * One error as the build prints it:
 * `formatError({ file: 'events.csv', row: 5, column: 'date_start', value: '2020-13', code: 'date' })`
 * → `data/events.csv row 5, column date_start: "2020-13" — expected a date: YYYY, YYYY-MM or YYYY-MM-DD`.
 */
export function formatError(e: ValidationError): string {
  const where = e.row > 0 ? ` row ${e.row}` : '';
  const expected = EXPECTED[e.code] + (e.expected ? ` (${e.expected})` : '');
  return `data/${e.file}${where}, column ${e.column}: ${JSON.stringify(e.value)} — expected ${expected}`;
}

/** The build stops on invalid built-in data; `errors` holds every problem found. */
export class DataError extends Error {
  constructor(readonly errors: readonly ValidationError[]) {
    const shown = errors.slice(0, 20).map(formatError);
    const more =
      errors.length > shown.length ? `\n  … and ${errors.length - shown.length} more` : '';
    super(
      `Built-in data is invalid (${errors.length} error${errors.length === 1 ? '' : 's'}):\n  ${shown.join('\n  ')}${more}`,
    );
    this.name = 'DataError';
  }
}

/**
 * Validate data/'s tables and prepare them (the first screen's file and the texts'); throws a
 * DataError naming every rejected cell.
 * `prepareData(texts).data.events.id.length` → the number of events in events.csv.
 */
export function prepareData(texts: DataTexts): { data: PreparedData; texts: PreparedTexts } {
  const data = buildDataset(texts);
  const ids = new Set(data.events.map((e) => e.id));
  const errors = [...data.errors, ...validateTours(data.tours, ids, 'tours.csv')];
  if (errors.length) throw new DataError(errors);
  return encodePrepared(data);
}
