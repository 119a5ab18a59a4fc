/**
 * Short dates for the event list, where a column is a few characters wide. A range shows only the
 * part that differs (years, else months, else days); an approximate date says so in a word.
 * `compactDate('2015', '2022', true, 'zh')` → `2015–2022 约`; in English → `c. 2015–2022`.
 */
import { APPROX_WORD, MONTHS_EN, parsePartialDate, type PartialDate } from '../data/dates';

/** One partial date, short: `2018`, `2018.3`, `2018.3.13` (zh); `2018`, `Mar 2018`, `13 Mar 2018` (en). */
function one(d: PartialDate, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return [d.year, d.month, d.day].filter((x) => x !== undefined).join('.');
  if (d.month === undefined) return String(d.year);
  const mon = MONTHS_EN[d.month - 1];
  return d.day === undefined ? `${mon} ${d.year}` : `${d.day} ${mon} ${d.year}`;
}

/** A range within one year (or month), short: `2021.3–12` / `Mar–Dec 2021`, `2012.11.8–14` / `8–14 Nov 2012`. */
function within(a: PartialDate, b: PartialDate, lang: 'zh' | 'en'): string {
  if (a.month === undefined || b.month === undefined) return String(a.year);
  if (a.month !== b.month) {
    if (lang === 'zh') return `${a.year}.${a.month}–${b.month}`;
    return `${MONTHS_EN[a.month - 1]}–${MONTHS_EN[b.month - 1]} ${a.year}`;
  }
  if (a.day === undefined || b.day === undefined || a.day === b.day) return one(a, lang);
  if (lang === 'zh') return `${a.year}.${a.month}.${a.day}–${b.day}`;
  return `${a.day}–${b.day} ${MONTHS_EN[a.month - 1]} ${a.year}`;
}

/**
 * The list's date: `compactDate('1985-03-13', '', false, 'zh')` → `1985.3.13`;
 * `compactDate('2015', '2022', true, 'en')` → `c. 2015–2022`; an unreadable date is shown as written.
 */
export function compactDate(
  start: string,
  end: string,
  approx: boolean,
  lang: 'zh' | 'en',
): string {
  const a = parsePartialDate(start);
  const b = end ? parsePartialDate(end) : null;
  let text: string;
  if (!a) text = start;
  else if (!b) text = one(a, lang);
  else if (a.year !== b.year) text = `${a.year}–${b.year}`;
  else text = within(a, b, lang);
  if (!approx) return text;
  return lang === 'zh' ? `${text} ${APPROX_WORD.zh}` : `${APPROX_WORD.en} ${text}`;
}
