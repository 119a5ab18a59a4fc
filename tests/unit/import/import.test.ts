import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { eventsToCsv } from '../../../src/lib/data/csv';
import {
  MAX_FILE_BYTES,
  parseFile,
  parseText,
  readBytes,
  templateCsv,
  validateParsed,
  type ImportMode,
} from '../../../src/lib/import/import';
import { createContext, dataset, fixtureFile } from './import-fixtures';

async function importFixture(name: string, mode: ImportMode = 'merge') {
  const parsed = await parseFile(fixtureFile(name));
  return validateParsed(parsed, createContext(), mode);
}

const GOOD_IDS = ['chengdu-broker-pilot-2022', 'sichuan-sti-regulation-2021', 'jjj-voucher-2018'];

describe('good files in every encoding and shape', () => {
  it.each([
    ['good-utf8.csv', GOOD_IDS, []],
    ['good-utf8-bom-crlf.csv', GOOD_IDS, []],
    ['good-gb18030.csv', GOOD_IDS, ['encoding']],
    ['good-utf16le.txt', GOOD_IDS, ['encoding']],
    ['good-shapes.csv', GOOD_IDS, ['encoding', 'extra_columns', 'blank_rows', 'dates_normalised']],
    ['good.json', GOOD_IDS.slice(0, 2), []],
    ['good-v2.csv', GOOD_IDS, []],
    ['legacy-v1.csv', ['old-regulation-2019', 'old-pilot-2020'], []],
  ])('%s → its events, notes %j', async (name, ids, notes) => {
    const p = await importFixture(name);
    expect(p.errors).toEqual([]);
    expect(p.events.map((e) => e.id)).toEqual(ids);
    expect(p.notes.map((n) => n.code)).toEqual(notes);
    expect(p.rejectedRows).toBe(0);
  });

  it('decodes GB18030 text and resolves Chinese region names', async () => {
    const p = await importFixture('good-gb18030.csv');
    expect(p.events[0]).toMatchObject({ titleZh: '成都市技术经纪人试点', regions: ['510100'] });
    expect(p.events[1]).toMatchObject({ regions: ['510000'] });
    expect(p.events[2]).toMatchObject({ regions: ['jjj'], related: [GOOD_IDS[1]], span: true });
  });

  it('reads odd shapes: quoted newline, Excel dates, 、-separated and named regions', async () => {
    const p = await importFixture('good-shapes.csv');
    expect(p.events[0]).toMatchObject({
      dateStart: '2022-03-01',
      regions: ['510100', '510000'],
      summaryZh: '第一行\r\n第二行',
    });
    expect(p.events[1]).toMatchObject({ dateStart: '2021-07' });
    expect(p.events[2]).toMatchObject({ regions: ['jjj', '120000'] });
    expect(p.notes.find((n) => n.code === 'extra_columns')?.value).toBe('owner, 备注');
    expect(p.notes.find((n) => n.code === 'blank_rows')?.value).toBe('3');
  });

  it('reads the v2 columns: English note, document numbers, actions, built-in families', async () => {
    const p = await importFixture('good-v2.csv');
    expect(p.events.map((e) => [e.noteEn, e.docNo, e.action, e.family])).toEqual([
      ['Example note in English.', '', 'pilot', []],
      ['', '四川省人民代表大会常务委员会公告第87号', 'create', []],
      ['Example', '京政发[2018]1号', 'other', ['ownership-pilot', 'nidz']],
    ]);
  });

  it('imports a file of the format before v2, with the defaults for the new columns', async () => {
    const p = await importFixture('legacy-v1.csv');
    expect(p.events.map((e) => [e.noteEn, e.docNo, e.action, e.family])).toEqual([
      ['', '', 'other', []],
      ['', '', 'other', []],
    ]);
    expect(p.events[0]).toMatchObject({
      note: 'Date from the notice, checked.',
      tags: ['legislation'],
    });
    expect(p.events[1]).toMatchObject({ regions: ['510100', '510000'], span: true });
  });

  it('reads JSON arrays of camelCase objects with list-valued fields', async () => {
    const p = await importFixture('good.json');
    expect(p.events[0]!.regions).toEqual(['510100', '510000']);
    expect(p.events[1]).toMatchObject({
      dateStart: '2021-07-29',
      sources: [{ title: '公告', url: 'https://example.org/a', date: '2021-07-29' }],
    });
  });

  it('keeps HTML and script as plain text (rendering escapes it)', async () => {
    const parsed = await parseText(
      'id,date_start,title_zh,type,level,sources\nx,2020,<script>alert(1)</script>,law,national,a||\n',
      'x.csv',
    );
    const p = await validateParsed(parsed, createContext(), 'replace');
    expect(p.events[0]!.titleZh).toBe('<script>alert(1)</script>');
  });
});

/**
 * Every bad fixture and the errors it must produce: [file, mode, [code, row, column, expected?][]].
 * README.md in tests/fixtures/import says the same in words.
 */
type Want = [code: string, row: number, column: string, expected?: string];
const BAD: [string, ImportMode, Want[]][] = [
  ['empty.csv', 'merge', [['empty_file', 0, '']]],
  ['blank-lines.csv', 'merge', [['empty_file', 0, '']]],
  ['header-only.csv', 'merge', [['empty_file', 0, '', 'rows']]],
  ['workbook.xlsx', 'merge', [['not_csv', 0, '', 'xlsx']]],
  ['legacy.xls', 'merge', [['not_csv', 0, '', 'xls']]],
  ['picture.png', 'merge', [['not_csv', 0, '', 'image']]],
  ['random.bin', 'merge', [['not_csv', 0, '', 'binary']]],
  ['prose.txt', 'merge', [['not_csv', 0, '', 'no_header']]],
  ['page.html', 'merge', [['not_csv', 0, '', 'no_header']]],
  [
    'missing-columns.csv',
    'merge',
    [
      ['missing_column', 0, 'type'],
      ['missing_column', 0, 'level'],
    ],
  ],
  ['unknown-type.csv', 'merge', [['type', 2, 'type']]],
  ['unknown-level.csv', 'merge', [['level', 2, 'level']]],
  ['unknown-region.csv', 'merge', [['region', 2, 'regions', '四川']]],
  ['invalid-date.csv', 'merge', [['date', 2, 'date_start']]],
  ['impossible-date.csv', 'merge', [['date', 2, 'date_start']]],
  ['future-date.csv', 'merge', [['date_out_of_range', 2, 'date_start']]],
  ['too-early.csv', 'merge', [['date_out_of_range', 2, 'date_start']]],
  ['end-before-start.csv', 'merge', [['end_before_start', 2, 'date_end', '2022-03']]],
  ['duplicate-ids.csv', 'merge', [['duplicate_id', 3, 'id', '2']]],
  ['duplicate-existing.csv', 'merge', [['duplicate_existing', 2, 'id']]],
  ['bad-id.csv', 'merge', [['id_format', 2, 'id']]],
  ['missing-title.csv', 'merge', [['required', 2, 'title_zh']]],
  ['no-source.csv', 'merge', [['quote_or_source', 2, 'seed_quote']]],
  [
    'bad-source.csv',
    'merge',
    [
      ['source_format', 2, 'sources'],
      ['quote_or_source', 2, 'seed_quote'],
    ],
  ],
  ['bad-bool.csv', 'merge', [['bool', 2, 'date_approx']]],
  ['unknown-related.csv', 'replace', [['related', 2, 'related']]],
  ['unclosed-quote.csv', 'merge', [['parse', 3, '', 'quotes']]],
  ['shifted-columns.csv', 'merge', [['parse', 3, '', 'too_many_fields']]],
  ['broken.json', 'merge', [['parse', 0, '', 'json-at:1:32']]],
  ['wrong-shape.json', 'merge', [['not_csv', 0, '', 'json-shape']]],
  ['hostile.csv', 'merge', [['type', 2, 'type']]],
  ['bad-gb18030.csv', 'merge', [['region', 2, 'regions', '成都市']]],
  ['bad-doc-no.csv', 'merge', [['doc_no', 2, 'doc_no']]],
  ['bad-action.csv', 'merge', [['action', 2, 'action']]],
  [
    'unknown-family.csv',
    'merge',
    [['family', 2, 'family', dataset.families.map((f) => f.id).join(', ')]],
  ],
];

describe('bad files: each gives its error and no event of the bad rows', () => {
  it.each(BAD)('%s (%s)', async (name, mode, want) => {
    const p = await importFixture(name, mode);
    const got = p.errors.map((e) => {
      const w: Want = [e.code, e.row, e.column];
      if (want.some((x) => x[3] !== undefined)) w.push(e.expected);
      return w;
    });
    expect(got).toEqual(
      want.map((w) => (w.length === 3 && want.some((x) => x[3]) ? [...w, undefined] : w)),
    );
    const badRows = new Set(want.map((w) => w[1]));
    expect(p.events.filter((_, i) => badRows.has(i + 2))).toEqual([]);
  });

  it('has at least 20 bad fixtures', () => {
    expect(BAD.length).toBeGreaterThanOrEqual(20);
  });

  it('accepts on replace the id it rejects on merge', async () => {
    const p = await importFixture('duplicate-existing.csv', 'replace');
    expect(p.errors).toEqual([]);
    expect(p.events).toHaveLength(1);
  });

  it('keeps the valid rows of a partly bad file', async () => {
    const some = dataset.events.filter((e) => !e.related.length).slice(0, 3);
    const { type, level } = some[0]!;
    const text = eventsToCsv(some).replace(`,${type},${level},`, `,nope,${level},`);
    const p = await validateParsed(await parseText(text, 'x.csv'), createContext(), 'replace');
    expect(p.errors.map((e) => [e.code, e.row])).toEqual([['type', 2]]);
    expect(p.events.map((e) => e.id)).toEqual(some.slice(1).map((e) => e.id));
  });
});

describe('size and progress', () => {
  it('refuses a file above the limit before reading it, naming both sizes', async () => {
    const big = new File([new Uint8Array(50 * 1024 * 1024)], 'big.csv');
    const p = await parseFile(big);
    expect(p.errors).toEqual([
      expect.objectContaining({ code: 'too_large', value: '50.0 MB', expected: '20.0 MB' }),
    ]);
    expect(MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
  });

  it('reads in slices, reporting rising progress up to 1', async () => {
    const seen: number[] = [];
    const bytes = await readBytes(new Blob([new Uint8Array(2.5 * 1024 * 1024).fill(65)]), (p) =>
      seen.push(p.fraction),
    );
    expect(bytes.length).toBe(2.5 * 1024 * 1024);
    expect(seen).toHaveLength(3);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort()).toEqual(seen);
  });

  it('validates in batches with row numbers and duplicates across batches', async () => {
    const rows = Array.from({ length: 4500 }, (_, i) => `e${i},2020,事件${i},law,national,s||`);
    rows[4200] = 'e7,2020,重复,law,national,s||';
    const text = ['id,date_start,title_zh,type,level,sources', ...rows].join('\n');
    const phases = new Set<string>();
    const p = await validateParsed(
      await parseText(text, 'big.csv', 'utf-8', (x) => phases.add(x.phase)),
      createContext(),
      'merge',
      (x) => phases.add(x.phase),
    );
    expect(p.events).toHaveLength(4499);
    expect(p.errors).toEqual([
      expect.objectContaining({ code: 'duplicate_id', row: 4202, expected: '9' }),
    ]);
    expect([...phases]).toEqual(['parsing', 'checking']);
  });
});

describe('round trip: export → spreadsheet (GB18030, CRLF) → import', () => {
  it('gives back the same events', async () => {
    const events = dataset.events;
    const saved = iconv.encode(eventsToCsv(events, true).replace(/^\ufeff/, ''), 'gb18030');
    const p = await validateParsed(
      await parseFile(new File([new Uint8Array(saved)], 'edited.csv')),
      createContext({ existing: [] }),
      'replace',
    );
    expect(p.errors).toEqual([]);
    expect(p.events).toEqual(events);
  });

  it('the template imports cleanly (its two example rows)', async () => {
    const p = await validateParsed(
      await parseText(templateCsv(), 't.csv'),
      createContext(),
      'merge',
    );
    expect(p.errors).toEqual([]);
    expect(p.events.map((e) => e.regions)).toEqual([['510000'], ['510100']]);
    expect(p.events.map((e) => [e.docNo, e.action])).toEqual([
      ['示例〔2021〕1号', 'create'],
      ['', 'pilot'],
    ]);
  });
});
