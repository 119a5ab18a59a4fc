/**
 * The event list's arithmetic: which rows to draw for a scroll position, where to scroll to show a
 * row, and how a column header turns the sort. Rows have one height, so all of it is a division.
 */
import type { Sort, SortKey } from './stats';

/**
 * The rows to draw, `[first, last)`, for a scroll position, with `overscan` rows either side.
 * `visibleRows(500, 400, 50, 1000, 8)` → `{ first: 2, last: 26 }`.
 */
export function visibleRows(
  scrollTop: number,
  height: number,
  row: number,
  count: number,
  overscan: number,
): { first: number; last: number } {
  return {
    first: Math.max(0, Math.floor(scrollTop / row) - overscan),
    last: Math.min(count, Math.ceil((scrollTop + height) / row) + overscan),
  };
}

/**
 * Where to scroll so that row `index` is seen (centred), or null when it is already whole in view.
 * `scrollToShow(40, 50, 0, 400)` → `1800`; `scrollToShow(2, 50, 0, 400)` → `null`.
 */
export function scrollToShow(
  index: number,
  row: number,
  scrollTop: number,
  clientHeight: number,
): number | null {
  const top = index * row;
  if (top >= scrollTop && top + row <= scrollTop + clientHeight) return null;
  return Math.max(0, top - clientHeight / 2);
}

/**
 * The sort after a click on a column's header: ascending, then descending on a second click.
 * `nextSort({ key: 'date', dir: 'asc' }, 'date')` → `{ key: 'date', dir: 'desc' }`.
 */
export function nextSort(sort: Sort, key: SortKey): Sort {
  return { key, dir: sort.key === key && sort.dir === 'asc' ? 'desc' : 'asc' };
}

/**
 * A column header's `aria-sort`. `ariaSort({ key: 'date', dir: 'desc' }, 'date')` → `'descending'`;
 * for another column → `'none'`.
 */
export function ariaSort(sort: Sort, key: SortKey): 'ascending' | 'descending' | 'none' {
  if (sort.key !== key) return 'none';
  return sort.dir === 'asc' ? 'ascending' : 'descending';
}
