/**
 * Validation errors and import notes → sentences in the user's language, from the import
 * dictionary. `describeError({ code: 'region', expected: '四川', … }, 'en')` →
 * `Unknown region. Did you mean “四川”?`.
 */
import { translate, type Lang, type MessageKey } from '../i18n';
import type { ImportNote } from './import';
import type { ValidationError } from '../data/schema';

/** The dictionary key for an error: sub-kinds of `parse`, `not_csv` and `region` have their own. */
export function errorKey(e: ValidationError): MessageKey {
  switch (e.code) {
    case 'parse':
    case 'not_csv': {
      // `expected` names the sub-kind, and after a colon any place (`json-at:2:5`).
      const sub = `import.code.${e.code}.${(e.expected ?? '').split(':')[0]}`;
      return (isKey(sub) ? sub : `import.code.${e.code}`) as MessageKey;
    }
    case 'region':
      return e.expected ? 'import.code.regionSuggest' : 'import.code.region';
    case 'empty_file':
      return e.expected === 'rows' ? 'import.code.empty_rows' : 'import.code.empty_file';
    default:
      return `import.code.${e.code}`;
  }
}

/** translate returns the key itself for an unknown one. */
const isKey = (key: string) => translate('zh', key as MessageKey) !== key;

export function describeError(e: ValidationError, lang: Lang): string {
  // Type lists are long: one space after each comma reads better in both languages.
  const expected = e.code === 'type' ? (e.expected ?? '').split(/,\s*/).join(', ') : e.expected;
  const [, line = '', col = ''] = (e.code === 'parse' && e.expected?.split(':')) || [];
  return translate(lang, errorKey(e), {
    value: e.value,
    expected: expected ?? '',
    column: e.column,
    line,
    col,
  });
}

export function describeNote(n: ImportNote, lang: Lang): string {
  const value = n.code === 'encoding' ? n.value.toUpperCase() : n.value;
  return translate(lang, `import.note.${n.code}`, {
    value: n.code === 'blank_rows' || n.code === 'dates_normalised' ? Number(value) : value,
  });
}

/** Where an error is: `第 5 行` / `Row 5`, `第 3 条` for JSON items, or the whole file. */
export function describeWhere(e: ValidationError, lang: Lang, format: 'csv' | 'json'): string {
  if (e.row <= 0) return translate(lang, 'import.fileLevel');
  return format === 'json'
    ? translate(lang, 'import.itemN', { row: e.row - 1 })
    : translate(lang, 'import.rowN', { row: e.row });
}

/** `clip('x'.repeat(500), 10)` → `'xxxxxxxxxx…'`: long cells are cut for display. */
export function clip(text: string, max = 120): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
