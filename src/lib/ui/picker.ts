/** The region picker's options and keys (RegionPicker): what a query matches, where an arrow goes. */

export interface PickerOption {
  id: string;
  label: string;
  /** Shown beside the label, dimmer (e.g. 省级, 区域). */
  hint?: string;
  /** Extra text the search matches (e.g. the other language's name). */
  search?: string;
}

/**
 * The options whose label, hint, search text or id contain the query (trimmed, any case); all of
 * them for an empty query. `matchOptions([{ id: '510000', label: '四川省', search: 'Sichuan' }], 'sich')`
 * → that option.
 */
export function matchOptions(
  options: readonly PickerOption[],
  query: string,
): readonly PickerOption[] {
  const q = query.trim().toLowerCase();
  if (!q) return options;
  return options.filter((o) =>
    [o.label, o.hint ?? '', o.search ?? '', o.id].some((s) => s.toLowerCase().includes(q)),
  );
}

/**
 * The option ↓ or ↑ makes active among `count`: opening the list, the first (↓) or the last (↑);
 * in an open list, the next or previous, wrapping; null when the open list is empty.
 * `arrowTarget('ArrowUp', false, 0, 5)` → `4`; `arrowTarget('ArrowDown', true, 4, 5)` → `0`.
 */
export function arrowTarget(
  key: 'ArrowDown' | 'ArrowUp',
  open: boolean,
  current: number,
  count: number,
): number | null {
  const down = key === 'ArrowDown';
  if (!open) return down ? 0 : count - 1;
  if (!count) return null;
  return (current + (down ? 1 : -1) + count) % count;
}
