/**
 * The edition of a set of events: the month of the newest one and how many there are, and that
 * date in words. Pure and free of the dictionaries, so the release script uses it too.
 * `dataEdition([{ dateStart: '2025-11' }, { dateStart: '2026-03-01' }])` → `{ year: 2026, month: 3, count: 2 }`.
 */
import { intervalStart, parsePartialDate } from './dates';

export interface DataEdition {
  year: number;
  /** 1–12, or null when the newest event is dated by its year only. */
  month: number | null;
  count: number;
}

const MONTHS_LONG_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The newest start date (an end date in the future, as in a plan to 2035, says nothing about how
 * recent the data is) and the count. On a tie the more precise date wins: `2026` and `2026-01`
 * both start on 1 January, and "January 2026" says more. Null for no events.
 * `dataEdition([{ dateStart: '2019' }, { dateStart: '2020-05-04' }])` → `{ year: 2020, month: 5, count: 2 }`.
 */
export function dataEdition(events: readonly { dateStart: string }[]): DataEdition | null {
  let best: { t: number; year: number; month: number | null } | null = null;
  for (const e of events) {
    const d = parsePartialDate(e.dateStart);
    if (!d) continue;
    const t = intervalStart(d);
    const month = d.month ?? null;
    if (!best || t > best.t || (t === best.t && best.month === null && month !== null))
      best = { t, year: d.year, month };
  }
  return best ? { year: best.year, month: best.month, count: events.length } : null;
}

/** `editionDate({ year: 2026, month: 3, count: 1 }, 'en')` → `March 2026`; zh `2026年3月`. */
export function editionDate(e: DataEdition, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return e.month ? `${e.year}年${e.month}月` : `${e.year}年`;
  return e.month ? `${MONTHS_LONG_EN[e.month - 1]} ${e.year}` : String(e.year);
}
