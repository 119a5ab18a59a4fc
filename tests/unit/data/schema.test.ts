import { describe, expect, it } from 'vitest';
import {
  checkSeedQuotes,
  parseSources,
  validateEvents,
  type ValidationContext,
} from '../../../src/lib/data/schema';
import { createEvent, createIndex, createRow } from '../../helpers';

const index = createIndex();
const ctx: ValidationContext = {
  file: 'test.csv',
  types: new Set(['law', 'party', 'pilot']),
  families: new Set(['nidz', 'ownership-pilot']),
  resolveRegion: index.resolve,
  suggestRegion: index.suggest,
  now: Date.UTC(2026, 10, 26),
};

describe('validateEvents: good rows', () => {
  it('turns a row into an event with its interval', () => {
    const { events, errors } = validateEvents([createRow()], ctx);
    expect(errors).toEqual([]);
    expect(events[0]).toMatchObject({
      id: 'sichuan-pilot',
      regions: ['510000'],
      t0: Date.UTC(2016, 0, 1),
      t1: Date.UTC(2016, 1, 1),
      span: false,
      dateApprox: false,
    });
  });

  it.each([
    ['regions', '四川', ['510000']],
    ['regions', '四川省;成都市', ['510000', '510100']],
    ['regions', 'Sichuan；jjj', ['510000', 'jjj']],
    ['regions', '京津冀', ['jjj']],
    ['regions', '', []],
    ['regions', '510000;四川', ['510000']],
  ])('accepts %s = %j', (column, value, expected) => {
    const { events, errors } = validateEvents([createRow({ [column]: value })], ctx);
    expect(errors).toEqual([]);
    expect(events[0]!.regions).toEqual(expected);
  });

  it('makes a span from date_end, exclusive of its last month', () => {
    const { events } = validateEvents(
      [createRow({ date_start: '2018', date_end: '2019-06', date_approx: 'true' })],
      ctx,
    );
    expect(events[0]).toMatchObject({
      span: true,
      dateApprox: true,
      t0: Date.UTC(2018, 0, 1),
      t1: Date.UTC(2019, 6, 1),
    });
  });

  it('accepts a source instead of a quote', () => {
    const { errors } = validateEvents(
      [createRow({ seed_quote: '', sources: '科技进步法|https://www.npc.gov.cn/|2021-12-24' })],
      ctx,
    );
    expect(errors).toEqual([]);
  });

  it('does not mutate its input', () => {
    const row = createRow();
    const copy = { ...row };
    validateEvents([row], ctx);
    expect(row).toEqual(copy);
  });
});

describe('validateEvents: the v2 columns', () => {
  it('gives a v1 row (no note_en, doc_no, action, family) the defaults', () => {
    const { events, errors } = validateEvents([createRow()], ctx);
    expect(errors).toEqual([]);
    expect(events[0]).toMatchObject({ noteEn: '', docNo: '', action: 'other', family: [] });
  });

  it('reads the v2 columns', () => {
    const row = createRow({
      note_en: 'Date from the notice.',
      doc_no: '国发〔2016〕4号',
      action: 'pilot',
      family: 'ownership-pilot;nidz',
    });
    const { events, errors } = validateEvents([row], ctx);
    expect(errors).toEqual([]);
    expect(events[0]).toMatchObject({
      noteEn: 'Date from the notice.',
      docNo: '国发〔2016〕4号',
      action: 'pilot',
      family: ['ownership-pilot', 'nidz'],
    });
  });

  it.each([
    ['', 'other'],
    ['create', 'create'],
    [' Abolish ', 'abolish'],
  ])('action %j → %s', (cell, action) => {
    const { events } = validateEvents([createRow({ action: cell })], ctx);
    expect(events[0]!.action).toBe(action);
  });

  it('lists a family once when named twice', () => {
    const { events } = validateEvents([createRow({ family: 'nidz；nidz' })], ctx);
    expect(events[0]!.family).toEqual(['nidz']);
  });

  it('names the known family ids for an unknown one', () => {
    const { errors } = validateEvents([createRow({ family: 'atlantis' })], ctx);
    expect(errors).toEqual([
      expect.objectContaining({
        row: 2,
        column: 'family',
        value: 'atlantis',
        code: 'family',
        expected: 'nidz, ownership-pilot',
      }),
    ]);
  });

  it('reports a bad document number with its value', () => {
    const { errors } = validateEvents([createRow({ doc_no: '国发2016' })], ctx);
    expect(errors).toEqual([
      expect.objectContaining({ row: 2, column: 'doc_no', value: '国发2016', code: 'doc_no' }),
    ]);
  });
});

describe('validateEvents: bad rows', () => {
  it.each([
    [{ id: '' }, 'id', 'required'],
    [{ id: 'Bad Id' }, 'id', 'id_format'],
    [{ date_start: '' }, 'date_start', 'required'],
    [{ date_start: '2020-13' }, 'date_start', 'date'],
    [{ date_start: '2023-02-29' }, 'date_start', 'date'],
    [{ date_start: '1970' }, 'date_start', 'date_out_of_range'],
    [{ date_start: '2030' }, 'date_start', 'date_out_of_range'],
    [{ date_end: '2015' }, 'date_end', 'end_before_start'],
    [{ date_end: 'soon' }, 'date_end', 'date'],
    [{ date_approx: 'maybe' }, 'date_approx', 'bool'],
    [{ title_zh: '  ' }, 'title_zh', 'required'],
    [{ type: 'magic' }, 'type', 'type'],
    [{ level: 'county' }, 'level', 'level'],
    [{ regions: '999999' }, 'regions', 'region'],
    [{ sources: 'no pipes here' }, 'sources', 'source_format'],
    [{ seed_quote: '', sources: '' }, 'seed_quote', 'quote_or_source'],
    [{ related: 'nowhere' }, 'related', 'related'],
    [{ action: 'destroy' }, 'action', 'action'],
    [{ family: 'nidz;atlantis' }, 'family', 'family'],
    [{ doc_no: '2016年4号文' }, 'doc_no', 'doc_no'],
  ])('%j → %s %s', (over, column, code) => {
    const { events, errors } = validateEvents([createRow(over)], ctx);
    expect(events).toEqual([]);
    expect(errors[0]).toMatchObject({ file: 'test.csv', row: 2, column, code });
  });

  it('suggests the nearest region name', () => {
    const { errors } = validateEvents([createRow({ regions: '四川xx' })], ctx);
    expect(errors[0]).toMatchObject({ code: 'region', value: '四川xx', expected: '四川省' });
  });

  it('rejects duplicate ids within the file, naming the first row', () => {
    const { events, errors } = validateEvents([createRow(), createRow()], ctx);
    expect(events).toHaveLength(1);
    expect(errors).toEqual([
      expect.objectContaining({ row: 3, column: 'id', code: 'duplicate_id', expected: '2' }),
    ]);
  });

  it('rejects ids already loaded (merge)', () => {
    const { errors } = validateEvents([createRow()], {
      ...ctx,
      existingIds: new Set(['sichuan-pilot']),
    });
    expect(errors[0]).toMatchObject({ code: 'duplicate_existing' });
  });

  it('lets related point to a later row or a known event', () => {
    const rows = [createRow({ related: 'b;known' }), createRow({ id: 'b' })];
    const { errors } = validateEvents(rows, { ...ctx, knownIds: new Set(['known']) });
    expect(errors).toEqual([]);
  });

  it('reports missing required columns once, for the file', () => {
    const { events, errors } = validateEvents([{ id: 'x', title_zh: 'y' }], ctx);
    expect(events).toEqual([]);
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [0, 'date_start', 'missing_column'],
      [0, 'type', 'missing_column'],
      [0, 'level', 'missing_column'],
    ]);
  });

  it('keeps the good rows beside the bad', () => {
    const { events, errors } = validateEvents(
      [createRow({ id: 'a' }), createRow({ id: 'b', level: 'x' }), createRow({ id: 'c' })],
      ctx,
    );
    expect(events.map((e) => e.id)).toEqual(['a', 'c']);
    expect(errors).toHaveLength(1);
  });
});

describe('parseSources', () => {
  it.each([
    ['', []],
    ['A|https://a|2020', [{ title: 'A', url: 'https://a', date: '2020' }]],
    [
      'A||2020; B|https://u.cn|',
      [
        { title: 'A', url: '', date: '2020' },
        { title: 'B', url: 'https://u.cn', date: '' },
      ],
    ],
  ])('%j', (text, expected) => {
    expect(parseSources(text)).toEqual(expected);
  });
  it.each([
    'A|b',
    'A|b|c|d',
    '|u|2020',
    'A|javascript:alert(1)|2020',
    'A|data:text/html,x|',
    'A|www.x.cn|',
  ])('rejects %j', (text) => {
    expect(parseSources(text)).toBeNull();
  });
});

describe('checkSeedQuotes', () => {
  const brief = '如四川省率先在全国开始探索职务科技\n成果权属改革。';
  it.each([
    ['四川省率先在全国开始探索职务科技成果权属改革', 0],
    ['四川省 率先在全国', 0],
    ['四川省率先在全国开始探索职务科技成果所有权改革', 1],
    ['', 0],
  ])('%j → %i errors', (quote, n) => {
    expect(
      checkSeedQuotes([createEvent({ id: 'a', seedQuote: quote })], brief, 'f', () => 2),
    ).toHaveLength(n);
  });
});
