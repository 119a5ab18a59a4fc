import { describe, expect, it } from 'vitest';
import { parseTours, validateTours } from '../../../src/lib/present/tours';

const csv = `tour_id,tour_title_zh,tour_title_en,step,event_id,narration_zh,narration_en
a,甲,A,2,e2,二,two
a,甲,A,1,e1,一,one
b,乙,B,1,missing,缺,missing
`;

describe('tours', () => {
  it('groups steps by tour, in step order', () => {
    const tours = parseTours(csv);
    expect(tours.map((t) => t.id)).toEqual(['a', 'b']);
    expect(tours[0]!.steps.map((s) => s.eventId)).toEqual(['e1', 'e2']);
  });

  it('reports unknown event ids with their row', () => {
    const errors = validateTours(parseTours(csv), new Set(['e1', 'e2']), 'tours.csv');
    expect(errors).toEqual([
      expect.objectContaining({ row: 4, column: 'event_id', value: 'missing' }),
    ]);
  });
});
