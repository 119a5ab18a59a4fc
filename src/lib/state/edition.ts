/**
 * Which edition is this: the app's version (package.json's, set at build time) and the edition of
 * its built-in data — the month of the newest event and how many events there are — so a meeting
 * room can tell whether its copy is the current one.
 * `editionLine('zh', [{ dateStart: '2025-11' }, { dateStart: '2026-03-01' }], '0.1.0')`
 * → `v0.1.0 · 数据截至 2026年3月 · 2 项事件`.
 */
import { translate, type Lang } from '../i18n';
import { intervalStart, parsePartialDate } from '../data/dates';

export const APP_VERSION: string = __APP_VERSION__;

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
export function editionDate(e: DataEdition, lang: Lang): string {
  if (lang === 'zh') return e.month ? `${e.year}年${e.month}月` : `${e.year}年`;
  return e.month ? `${MONTHS_LONG_EN[e.month - 1]} ${e.year}` : String(e.year);
}

/** The one line shown in the app, the handout and the exported image. */
export function editionLine(
  lang: Lang,
  events: readonly { dateStart: string }[] | null,
  version: string = APP_VERSION,
): string {
  const e = events ? dataEdition(events) : null;
  return e
    ? translate(lang, 'edition.line', { version, date: editionDate(e, lang), count: e.count })
    : translate(lang, 'edition.version', { version });
}
