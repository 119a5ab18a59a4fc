import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseTours, validateTours } from '../../../src/lib/data/tours';
import { missingSteps } from '../../../src/lib/present/tours';

const HEADER = 'tour_id,tour_title_zh,tour_title_en,step,event_id,narration_zh,narration_en\n';
const csv = `${HEADER}a,甲,A,2,e2,二,two
a,甲,A,1,e1,一,one
b,乙,B,1,missing,缺,missing
`;

describe('parseTours', () => {
  it('groups steps by tour, in step order', () => {
    const tours = parseTours(csv);
    expect(tours.map((t) => t.id)).toEqual(['a', 'b']);
    expect(tours[0]!.steps.map((s) => s.eventId)).toEqual(['e1', 'e2']);
    expect(tours[0]!.steps.map((s) => s.row)).toEqual([3, 2]);
  });

  it('keeps titles and both narrations, trimmed', () => {
    const [t] = parseTours(`${HEADER}x, 标题 , Title ,1, e1 , 一 , one \n`);
    expect(t).toEqual({
      id: 'x',
      titleZh: '标题',
      titleEn: 'Title',
      steps: [{ eventId: 'e1', narrationZh: '一', narrationEn: 'one', row: 2, number: 1 }],
    });
  });

  it('sorts 10 after 9 (numbers, not text) and puts a bad step number last', () => {
    const text = `${HEADER}a,甲,A,10,e10,x,x\na,甲,A,x,bad,x,x\na,甲,A,9,e9,x,x\n`;
    expect(parseTours(text)[0]!.steps.map((s) => s.eventId)).toEqual(['e9', 'e10', 'bad']);
  });

  it('skips rows without a tour id and reads an empty file as no tours', () => {
    expect(parseTours(`${HEADER},,,1,e1,x,x\n`)).toEqual([]);
    expect(parseTours(HEADER)).toEqual([]);
  });

  it('does not mutate between calls (fresh objects each time)', () => {
    const a = parseTours(csv);
    a[0]!.steps.pop();
    expect(parseTours(csv)[0]!.steps).toHaveLength(2);
  });
});

describe('validateTours', () => {
  const ids = new Set(['e1', 'e2']);

  it('reports an unknown event id with its row, column and where it is', () => {
    expect(validateTours(parseTours(csv), ids, 'tours.csv')).toEqual([
      {
        file: 'tours.csv',
        row: 4,
        column: 'event_id',
        value: 'missing',
        code: 'related',
        expected: 'an id from events.csv (tour b, step 1)',
      },
    ]);
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['empty event id', 'a,甲,A,1,,x,x', { row: 2, column: 'event_id', code: 'required' }],
    [
      'missing Chinese narration',
      'a,甲,A,1,e1,,x',
      { row: 2, column: 'narration_zh', code: 'required' },
    ],
    [
      'missing English narration',
      'a,甲,A,1,e1,x,',
      { row: 2, column: 'narration_en', code: 'required' },
    ],
    ['step not a number', 'a,甲,A,one,e1,x,x', { row: 2, column: 'step', code: 'parse' }],
    ['step zero', 'a,甲,A,0,e1,x,x', { row: 2, column: 'step', code: 'parse', value: '0' }],
    ['missing title', 'a,,A,1,e1,x,x', { row: 2, column: 'tour_title_zh', code: 'required' }],
  ])('%s', (_, row, error) => {
    const errors = validateTours(parseTours(`${HEADER}${row}\n`), ids, 'tours.csv');
    expect(errors).toEqual([expect.objectContaining({ file: 'tours.csv', ...error })]);
  });

  it('reports a repeated step number on its second row', () => {
    const errors = validateTours(
      parseTours(`${HEADER}a,甲,A,1,e1,x,x\na,甲,A,1,e2,y,y\n`),
      ids,
      'tours.csv',
    );
    expect(errors).toEqual([
      expect.objectContaining({ row: 3, column: 'step', code: 'duplicate_id', value: '1' }),
    ]);
  });

  it('accepts a valid tour', () => {
    expect(validateTours(parseTours(`${HEADER}a,甲,A,1,e1,x,x\n`), ids, 'tours.csv')).toEqual([]);
  });

  it('accepts the shipped data/tours.csv: at least four tours, every step known', () => {
    const tours = parseTours(readFileSync('data/tours.csv', 'utf8'));
    const events = readFileSync('data/events.csv', 'utf8');
    const known = new Set(
      tours
        .flatMap((t) => t.steps.map((s) => s.eventId))
        .filter((id) => events.includes(`\n${id},`)),
    );
    expect(tours.length).toBeGreaterThanOrEqual(4);
    expect(validateTours(tours, known, 'tours.csv')).toEqual([]);
    expect(known.size).toBe(new Set(tours.flatMap((t) => t.steps.map((s) => s.eventId))).size);
  });
});

describe('missingSteps', () => {
  it.each([
    [
      'zh',
      '导览“乙”第 1 步引用的事件 ID“missing”不存在（tours.csv 第 4 行）。请改为 events.csv 中已有的 id。',
    ],
    [
      'en',
      'Tour “B” step 1 names the event id “missing”, which does not exist (tours.csv row 4). Use an id from events.csv.',
    ],
  ] as const)('says which step of which tour in %s', (lang, text) => {
    const [, b] = parseTours(csv);
    expect(missingSteps(b!, new Set(['e1']), lang)).toEqual([text]);
  });

  it('is empty when every event is loaded', () => {
    expect(missingSteps(parseTours(csv)[0]!, new Set(['e1', 'e2']), 'zh')).toEqual([]);
  });
});
