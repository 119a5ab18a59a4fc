import { describe, expect, it } from 'vitest';
import { eventsToCsv, neutralise, parseCsv } from '../../../src/lib/data/csv';
import { validateEvents } from '../../../src/lib/data/schema';
import { EVENT_COLUMNS } from '../../../src/lib/data/types';
import { createEvent, createIndex } from '../../helpers';

describe('parseCsv', () => {
  it.each([
    ['plain', 'id,title_zh\na,甲\n', [{ id: 'a', title_zh: '甲' }]],
    ['BOM', '\ufeffid,title_zh\na,甲\n', [{ id: 'a', title_zh: '甲' }]],
    ['CRLF', 'id,title_zh\r\na,甲\r\n', [{ id: 'a', title_zh: '甲' }]],
    ['quoted newline', 'id,title_zh\na,"甲\n乙"\n', [{ id: 'a', title_zh: '甲\n乙' }]],
    ['blank rows', 'id,title_zh\n\na,甲\n,\n\n', [{ id: 'a', title_zh: '甲' }]],
    ['header case and spaces', ' ID ,Title_ZH\na,甲\n', [{ id: 'a', title_zh: '甲' }]],
  ])('%s', (_, text, rows) => {
    expect(parseCsv(text).rows).toEqual(rows);
  });
});

describe('neutralise', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86', "'+86"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['四川', '四川'],
    ['', ''],
  ])('%j → %j', (cell, expected) => {
    expect(neutralise(cell)).toBe(expected);
  });
});

describe('eventsToCsv', () => {
  const index = createIndex();
  const events = [
    createEvent({
      id: 'a',
      titleZh: '含,逗号',
      summaryZh: '含"引号"',
      regions: ['510000', 'jjj'],
      sources: [{ title: 'T', url: 'https://u.cn', date: '2020' }],
    }),
    createEvent({
      id: 'b',
      dateStart: '2018',
      dateEnd: '2019',
      dateApprox: true,
      note: '=cmd',
      seedQuote: '原文',
      noteEn: 'English note',
      docNo: '国发〔2016〕4号',
      action: 'abolish',
      family: ['nidz', 'ownership-pilot'],
    }),
  ];

  it('writes the header of data/events.csv', () => {
    expect(eventsToCsv(events).split('\n')[0]).toBe(EVENT_COLUMNS.join(','));
  });

  it('round-trips through the parser and the validator', () => {
    const { rows } = parseCsv(eventsToCsv(events));
    const back = validateEvents(rows, {
      file: 'x',
      types: new Set(['law']),
      families: new Set(['nidz', 'ownership-pilot']),
      resolveRegion: index.resolve,
      now: Date.UTC(2026, 0, 1),
    });
    expect(back.errors).toEqual([]);
    expect(back.events).toEqual(events);
  });

  it('writes the v2 columns last, in EVENT_COLUMNS order', () => {
    const [header, , b] = eventsToCsv(events).trimEnd().split('\n');
    expect(header!.endsWith(',note,note_en,doc_no,action,family')).toBe(true);
    expect(b!.endsWith(',=cmd,English note,国发〔2016〕4号,abolish,nidz;ownership-pilot')).toBe(
      true,
    );
  });

  it('for spreadsheets: BOM, CRLF and neutralised formulas', () => {
    const text = eventsToCsv(events, true);
    expect(text.startsWith('\ufeffid,')).toBe(true);
    expect(text).toContain('\r\n');
    expect(text).toContain("'=cmd");
  });
});
