import { describe, expect, it } from 'vitest';
import type { Era } from '../../../src/lib/data/types';
import { eraRows } from '../../../src/lib/timeline/eras';

const era = (id: string, y0: number, y1: number): Era => ({
  id,
  nameZh: id,
  nameEn: id,
  start: String(y0),
  end: String(y1),
  t0: Date.UTC(y0, 0, 1),
  t1: Date.UTC(y1, 0, 1),
  docZh: '',
  docEn: '',
  sources: [],
});

describe('eraRows', () => {
  it.each([
    ['back to back share a row', [era('a', 1985, 1995), era('b', 1995, 2006)], false, [0, 0]],
    [
      'an overlap goes to the next row',
      [era('a', 2012, 2027), era('b', 2020, 2027)],
      false,
      [0, 1],
    ],
    [
      'a third era reuses a free row',
      [era('a', 1985, 1995), era('b', 1990, 2000), era('c', 1995, 2005)],
      false,
      [0, 1, 0],
    ],
    ['single row when tight', [era('a', 2012, 2027), era('b', 2020, 2027)], true, [0, 0]],
    ['sorted by start', [era('b', 1995, 2006), era('a', 1985, 1995)], false, [0, 0]],
  ])('%s', (_, eras, single, rows) => {
    expect(eraRows(eras, single).map((b) => b.row)).toEqual(rows);
  });
});
