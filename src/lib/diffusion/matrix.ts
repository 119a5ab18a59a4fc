/**
 * The adoption matrix: one row per mainland province, grouped 东部/中部/西部/东北, one column per
 * family; each cell the province's adoption of that family. Rows sort by group, by first adoption
 * of the chosen family, or by how many families the province adopted. Pure.
 */
import type { RegionGroup } from '../data/types';
import type { DiffusionSort } from '../state/url';
import type { Adoption } from './adoption';
import { minOf } from '../data/extent';

/** The four economic regions, in the order the matrix shows them. */
export const REGION_GROUP_IDS = ['east', 'central', 'west', 'northeast'] as const;

/**
 * The National Bureau of Statistics' division (国家统计局 东西中部和东北地区划分方法, 2011), used when
 * data/region-groups.csv does not define the groups `east`, `central`, `west` and `northeast`.
 */
export const FALLBACK_REGION_GROUPS: Record<(typeof REGION_GROUP_IDS)[number], string[]> = {
  east: [
    '110000',
    '120000',
    '130000',
    '310000',
    '320000',
    '330000',
    '350000',
    '370000',
    '440000',
    '460000',
  ],
  central: ['140000', '340000', '360000', '410000', '420000', '430000'],
  west: [
    '150000',
    '450000',
    '500000',
    '510000',
    '520000',
    '530000',
    '540000',
    '610000',
    '620000',
    '630000',
    '640000',
    '650000',
  ],
  northeast: ['210000', '220000', '230000'],
};

/**
 * Province → its economic region, from the dataset's groups when it has all four, else the
 * fallback table. `groupOfProvince(groups).get('320000')` → 'east'.
 */
export function groupOfProvince(groups: readonly RegionGroup[]): Map<string, string> {
  const byId = new Map(groups.map((g) => [g.id, g.members]));
  const own = REGION_GROUP_IDS.every((id) => byId.get(id)?.length);
  const out = new Map<string, string>();
  for (const id of REGION_GROUP_IDS)
    for (const p of own ? byId.get(id)! : FALLBACK_REGION_GROUPS[id]) out.set(p, id);
  return out;
}

export type CellStatus = 'adopted' | 'none' | 'not-adopted';

export interface MatrixCell {
  family: string;
  status: CellStatus;
  adoption?: Adoption;
}

export interface MatrixRow {
  province: string;
  /** Its economic region id, or '' when it has none. */
  group: string;
  cells: MatrixCell[];
  /** Families adopted. */
  count: number;
}

export interface MatrixFamily {
  id: string;
  complete: boolean;
  /** Province → its adoption (a city family: the province's earliest place). */
  adopted: ReadonlyMap<string, Adoption>;
}

const groupRank = (g: string) => {
  const i = (REGION_GROUP_IDS as readonly string[]).indexOf(g);
  return i < 0 ? REGION_GROUP_IDS.length : i;
};

/**
 * The matrix's rows, one per province with a cell per family, in the provinces' order (sortRows
 * orders them): what neither the order nor the chosen family changes, so the view keeps these
 * objects (and the cells drawn from them) across both.
 * `matrixCells(['510000'], families, groupOf)[0].cells[0]` → { family: 'transform-reg', status: 'adopted', … }.
 */
export function matrixCells(
  provinces: readonly string[],
  families: readonly MatrixFamily[],
  groupOf: ReadonlyMap<string, string>,
): MatrixRow[] {
  return provinces.map((province) => {
    const cells = families.map((f): MatrixCell => {
      const a = f.adopted.get(province);
      if (a) return { family: f.id, status: 'adopted', adoption: a };
      return { family: f.id, status: f.complete ? 'not-adopted' : 'none' };
    });
    return {
      province,
      group: groupOf.get(province) ?? '',
      cells,
      count: cells.filter((c) => c.status === 'adopted').length,
    };
  });
}

/**
 * The same rows in a new array, sorted; `focusIndex` is the chosen family's column ('first' sorts
 * by its adoption; -1 when there is none). `sortRows(matrixCells(…), 0, 'first')` → earliest adopter first.
 */
export function sortRows(
  rows: readonly MatrixRow[],
  focusIndex: number,
  sort: DiffusionSort,
): MatrixRow[] {
  const t0 = (r: MatrixRow) => r.cells[focusIndex]?.adoption?.t0 ?? Infinity;
  const earliest = (r: MatrixRow) => minOf(r.cells.map((c) => c.adoption?.t0 ?? Infinity));
  const byGroup = (a: MatrixRow, b: MatrixRow) =>
    groupRank(a.group) - groupRank(b.group) || (a.province < b.province ? -1 : 1);
  const compare: Record<DiffusionSort, (a: MatrixRow, b: MatrixRow) => number> = {
    group: byGroup,
    first: (a, b) => cmp(t0(a), t0(b)) || byGroup(a, b),
    count: (a, b) => b.count - a.count || cmp(earliest(a), earliest(b)) || byGroup(a, b),
  };
  return [...rows].sort(compare[sort]);
}

/** Compare numbers where Infinity (no adoption) sorts last and equals itself. */
const cmp = (a: number, b: number) => (a === b ? 0 : a < b ? -1 : 1);

/** A run of rows under one economic-region header; `i` is each row's index in the whole matrix. */
export interface MatrixBlock {
  group: string;
  rows: { row: MatrixRow; i: number }[];
}

/**
 * Rows split where the economic region changes (one block with no group when not grouped).
 * `matrixBlocks([北京 east, 天津 east, 山西 central], true)` →
 *   [{ group: 'east', rows: [{ row: 北京, i: 0 }, { row: 天津, i: 1 }] }, { group: 'central', rows: [{ row: 山西, i: 2 }] }].
 */
export function matrixBlocks(rows: readonly MatrixRow[], grouped: boolean): MatrixBlock[] {
  const out: MatrixBlock[] = [];
  rows.forEach((row, i) => {
    const last = out[out.length - 1];
    if (last && (!grouped || last.group === row.group)) last.rows.push({ row, i });
    else out.push({ group: grouped ? row.group : '', rows: [{ row, i }] });
  });
  return out;
}

export interface GridPos {
  row: number;
  col: number;
}

/**
 * Where a key moves the focus in a rows × cols grid (the matrix's data cells): arrows by one,
 * Home/End to the row's ends, Ctrl+Home/End to the grid's corners, PageUp/PageDown by five rows.
 * Null for any other key. `gridMove({ row: 0, col: 0 }, 'ArrowDown', 31, 3)` → { row: 1, col: 0 }.
 */
export function gridMove(
  p: GridPos,
  key: string,
  rows: number,
  cols: number,
  ctrl = false,
): GridPos | null {
  const clamp = (row: number, col: number) => ({
    row: Math.max(0, Math.min(rows - 1, row)),
    col: Math.max(0, Math.min(cols - 1, col)),
  });
  switch (key) {
    case 'ArrowUp':
      return clamp(p.row - 1, p.col);
    case 'ArrowDown':
      return clamp(p.row + 1, p.col);
    case 'ArrowLeft':
      return clamp(p.row, p.col - 1);
    case 'ArrowRight':
      return clamp(p.row, p.col + 1);
    case 'PageUp':
      return clamp(p.row - 5, p.col);
    case 'PageDown':
      return clamp(p.row + 5, p.col);
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(p.row, 0);
    case 'End':
      return ctrl ? clamp(rows - 1, cols - 1) : clamp(p.row, cols - 1);
    default:
      return null;
  }
}
