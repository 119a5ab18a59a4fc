/** Era bands: overlapping periods stacked into label rows. */
import type { Era } from '../data/types';

export interface EraBand {
  era: Era;
  row: number;
}

/**
 * Each era in the first row where it does not overlap an earlier one (in time), or all in row 0
 * when `single` (a later era then covers the end of the one it overlaps).
 * `eraRows([a1985to1995, b1990to2000, c1995to2005])` → rows [0, 1, 0].
 */
export function eraRows(eras: readonly Era[], single = false): EraBand[] {
  const ends: number[] = [];
  return [...eras]
    .sort((a, b) => a.t0 - b.t0)
    .map((era) => {
      let row = ends.findIndex((end) => end <= era.t0);
      if (row === -1) row = single ? 0 : ends.length;
      ends[row] = era.t1;
      return { era, row };
    });
}
