import { describe, expect, it } from 'vitest';
import { adoptions, byProvince } from '../../../src/lib/diffusion/adoption';
import {
  FALLBACK_REGION_GROUPS,
  gridMove,
  groupOfProvince,
  matrixBlocks,
  matrixCells,
  sortRows,
  type MatrixFamily,
  type MatrixRow,
} from '../../../src/lib/diffusion/matrix';
import { createEvent, createIndex } from '../../helpers';
import type { RegionGroup } from '../../../src/lib/data/types';

const index = createIndex();
const ev = (id: string, family: string, regions: string[], dateStart: string) =>
  createEvent({ id, regions, dateStart, family: [family] });
const fam = (
  id: string,
  complete: boolean,
  unit: 'province' | 'city',
  events: ReturnType<typeof ev>[],
): MatrixFamily => ({
  id,
  complete,
  adopted: byProvince(adoptions(events, unit, index)),
});
const provinces = ['110000', '220000', '320000', '510000'];
const groupOf = groupOfProvince([]);

const law = fam('law', false, 'province', [
  ev('law-sc', 'law', ['510000'], '2016'),
  ev('law-js', 'law', ['320000'], '2018'),
]);
const zone = fam('zone', true, 'city', [ev('zone-cd', 'zone', ['510100'], '2015')]);
const body = fam('body', false, 'province', [ev('body-jl', 'body', ['220000'], '2012')]);
const families = [law, zone, body];

describe('groupOfProvince', () => {
  it('falls back to the NBS table without groups in the data, with 31 provinces', () => {
    expect(groupOf.get('320000')).toBe('east');
    expect(groupOf.get('220000')).toBe('northeast');
    expect(groupOf.size).toBe(31);
    expect(Object.values(FALLBACK_REGION_GROUPS).flat()).toHaveLength(31);
  });

  it('uses the dataset groups when all four are there', () => {
    const g = (id: string, members: string[]): RegionGroup => ({
      id,
      nameZh: id,
      nameEn: id,
      members,
      source: '',
    });
    const own = groupOfProvince([
      g('east', ['510000']),
      g('central', []),
      g('west', ['320000']),
      g('northeast', []),
    ]);
    // An empty group makes the set incomplete: the fallback stays.
    expect(own.get('510000')).toBe('west');
    const full = groupOfProvince([
      g('east', ['510000']),
      g('central', ['1']),
      g('west', ['320000']),
      g('northeast', ['2']),
    ]);
    expect(full.get('510000')).toBe('east');
  });
});

/** The matrix as the view shows it: the rows, sorted by `sort`, `focus` the chosen family. */
const matrix = (
  sort: 'group' | 'first' | 'count',
  focus: string | null,
  fams: readonly MatrixFamily[] = families,
) =>
  sortRows(
    matrixCells(provinces, fams, groupOf),
    fams.findIndex((f) => f.id === focus),
    sort,
  );

describe('the matrix (matrixCells, then sortRows)', () => {
  it('fills a cell with the adoption, empty for no record, "did not adopt" for a complete family', () => {
    const rows = matrix('group', 'law');
    const js = rows.find((r) => r.province === '320000')!;
    expect(js.cells.map((c) => c.status)).toEqual(['adopted', 'not-adopted', 'none']);
    expect(js.cells[0]!.adoption).toMatchObject({ eventId: 'law-js', year: 2018 });
  });

  it('counts a city member in its province row', () => {
    const sc = matrix('group', null).find((r) => r.province === '510000')!;
    expect(sc.cells[1]).toMatchObject({
      status: 'adopted',
      adoption: { eventId: 'zone-cd', place: '510100' },
    });
    expect(sc.count).toBe(2);
  });

  it('sorts by group (east, central, west, northeast), then adcode', () => {
    expect(matrix('group', null).map((r) => r.province)).toEqual([
      '110000',
      '320000',
      '510000',
      '220000',
    ]);
  });

  it("sorts by the chosen family's first adoption, no record last", () => {
    expect(matrix('first', 'law').map((r) => r.province)).toEqual([
      '510000',
      '320000',
      '110000',
      '220000',
    ]);
  });

  it('sorts by the number of families adopted, ties by the earliest adoption', () => {
    expect(matrix('count', null).map((r) => r.province)).toEqual([
      '510000',
      '220000',
      '320000',
      '110000',
    ]);
  });

  it('keeps ties in group order when sorting by first adoption', () => {
    const tie = fam('tie', false, 'province', [ev('t1', 'tie', ['510000', '110000'], '2016')]);
    expect(matrix('first', 'tie', [tie]).map((r) => r.province)).toEqual([
      '110000',
      '510000',
      '320000',
      '220000',
    ]);
  });
});

describe('matrixCells and sortRows', () => {
  it('sorts the same row objects into a new array, leaving the given one as it was', () => {
    const rows = matrixCells(provinces, families, groupOf);
    expect(rows.map((r) => r.province)).toEqual(provinces);
    const first = sortRows(rows, 0, 'first');
    expect(first).not.toBe(rows);
    expect(rows.map((r) => r.province)).toEqual(provinces);
    expect(new Set(first)).toEqual(new Set(rows));
    for (const r of first) expect(rows).toContain(r);
  });
});

describe('gridMove', () => {
  it.each<[string, boolean, { row: number; col: number }, { row: number; col: number } | null]>([
    ['ArrowDown', false, { row: 0, col: 1 }, { row: 1, col: 1 }],
    ['ArrowUp', false, { row: 0, col: 1 }, { row: 0, col: 1 }],
    ['ArrowRight', false, { row: 2, col: 2 }, { row: 2, col: 2 }],
    ['ArrowLeft', false, { row: 2, col: 2 }, { row: 2, col: 1 }],
    ['PageDown', false, { row: 28, col: 0 }, { row: 30, col: 0 }],
    ['PageUp', false, { row: 7, col: 0 }, { row: 2, col: 0 }],
    ['Home', false, { row: 4, col: 2 }, { row: 4, col: 0 }],
    ['End', false, { row: 4, col: 0 }, { row: 4, col: 2 }],
    ['Home', true, { row: 4, col: 2 }, { row: 0, col: 0 }],
    ['End', true, { row: 4, col: 0 }, { row: 30, col: 2 }],
    ['x', false, { row: 4, col: 0 }, null],
  ])('%s (ctrl %s) from %j → %j', (key, ctrl, from, to) => {
    expect(gridMove(from, key, 31, 3, ctrl)).toEqual(to);
  });
});

describe('matrixBlocks', () => {
  const row = (province: string, group: string): MatrixRow => ({
    province,
    group,
    cells: [],
    count: 0,
  });
  const rows = [row('110000', 'east'), row('120000', 'east'), row('140000', 'central')];
  const shape = (grouped: boolean) =>
    matrixBlocks(rows, grouped).map((b) => [b.group, b.rows.map((r) => [r.row.province, r.i])]);

  it("splits grouped rows where the economic region changes, keeping each row's index", () => {
    expect(shape(true)).toEqual([
      [
        'east',
        [
          ['110000', 0],
          ['120000', 1],
        ],
      ],
      ['central', [['140000', 2]]],
    ]);
  });

  it('keeps ungrouped rows in one block with no group', () => {
    expect(shape(false)).toEqual([
      [
        '',
        [
          ['110000', 0],
          ['120000', 1],
          ['140000', 2],
        ],
      ],
    ]);
  });

  it('gives no block for no rows', () => {
    expect(matrixBlocks([], true)).toEqual([]);
  });
});
