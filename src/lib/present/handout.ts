/**
 * The printed handout's words: a one-line summary of the current filters.
 * `filterSummary(filters, names)` → '类型：法治保障、试点示范；地区：四川；2015年—2020年'.
 */
import type { Filters } from '../state/selectors';

export interface SummaryNames {
  type: (id: string) => string;
  level: (id: string) => string;
  /** An action's name: create → 设立. */
  action: (id: string) => string;
  region: (id: string) => string;
  /** Formats the time window `[t0, t1)`. */
  window: (w: readonly [number, number]) => string;
  labels: { types: string; levels: string; actions: string; regions: string; query: string };
  sep: string;
  partSep: string;
}

/** '' when no filter is set. */
export function filterSummary(f: Filters, n: SummaryNames): string {
  const parts: string[] = [];
  if (f.types.length) parts.push(`${n.labels.types}${f.types.map(n.type).join(n.sep)}`);
  if (f.levels.length) parts.push(`${n.labels.levels}${f.levels.map(n.level).join(n.sep)}`);
  if (f.actions.length) parts.push(`${n.labels.actions}${f.actions.map(n.action).join(n.sep)}`);
  if (f.regions.length) parts.push(`${n.labels.regions}${f.regions.map(n.region).join(n.sep)}`);
  if (f.window) parts.push(n.window(f.window));
  if (f.query) parts.push(`${n.labels.query}“${f.query}”`);
  return parts.join(n.partSep);
}

/** How many events the handout lists before it says "n more". */
export const HANDOUT_MAX_ROWS = 120;
