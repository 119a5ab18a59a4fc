/**
 * Partial dates: `1985`, `1985-03` or `1985-03-13`. A partial date stands for the whole
 * interval it names, `[start, end)` in UTC: `1985` → [1985-01-01, 1986-01-01).
 * The one home of the app's date helpers: instants are UTC milliseconds everywhere.
 */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** English month abbreviations, January first. */
export const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** One day in milliseconds. */
export const DAY = 86_400_000;

/** The UTC year an instant falls in: `yearOf(Date.UTC(2015, 6))` → 2015. */
export function yearOf(t: number): number {
  return new Date(t).getUTCFullYear();
}

/** The instant a UTC year starts: `yearStart(2015)` → `Date.UTC(2015, 0, 1)`. */
export function yearStart(year: number): number {
  return Date.UTC(year, 0, 1);
}

/** A day as ISO 8601, in UTC, for file names and stamps: `isoDay(new Date(Date.UTC(2026, 10, 3)))` → `2026-11-03`. */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * The first and last UTC year of some instants, or null for none, in one pass (spreading 150,000
 * values into `Math.min` overflows the call stack).
 * `yearExtent([Date.UTC(2001, 5), Date.UTC(1990, 0)])` → [1990, 2001].
 */
export function yearExtent(times: Iterable<number>): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const t of times) {
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  }
  return lo <= hi ? [yearOf(lo), yearOf(hi)] : null;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `parsePartialDate('2020-02')` → `{ year: 2020, month: 2 }`; `null` for anything invalid or impossible. */
export function parsePartialDate(text: string): PartialDate | null {
  const m = PATTERN.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First instant of the interval: `dateStartMs({year: 1985})` → Date.UTC(1985, 0, 1). */
export function intervalStart(d: PartialDate): number {
  return Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1);
}

/** First instant after the interval: `intervalEnd({year: 1985, month: 12})` → Date.UTC(1986, 0, 1). */
export function intervalEnd(d: PartialDate): number {
  if (d.day !== undefined) return Date.UTC(d.year, d.month! - 1, d.day + 1);
  if (d.month !== undefined) return Date.UTC(d.year, d.month, 1);
  return Date.UTC(d.year + 1, 0, 1);
}

/** Where a mark sits on the axis: the middle of its interval, so `2018` sits mid-2018. */
export function markTime(t0: number, t1: number): number {
  return t0 + (t1 - t0) / 2;
}

/** Does `[t0, t1)` overlap the window `[w0, w1)`? */
export function overlaps(t0: number, t1: number, w0: number, w1: number): boolean {
  return t0 < w1 && t1 > w0;
}

/** Format a partial date for people: `formatPartialDate('2020-02', 'zh')` → `2020年2月`. */
export function formatPartialDate(text: string, lang: 'zh' | 'en'): string {
  const d = parsePartialDate(text);
  if (!d) return text;
  if (lang === 'zh') {
    return `${d.year}年${d.month ? `${d.month}月` : ''}${d.day ? `${d.day}日` : ''}`;
  }
  if (d.month === undefined) return String(d.year);
  const mon = MONTHS_EN[d.month - 1];
  return d.day === undefined ? `${mon} ${d.year}` : `${d.day} ${mon} ${d.year}`;
}

/**
 * A date or a range in words. A range whose end lies inside its start's month or year reads as
 * that period with its last possible day, instead of repeating it:
 * `formatDateRange('2018', '2019', 'zh')` → `2018年—2019年`;
 * `formatDateRange('2014-06', '2014-06-04', 'zh')` → `2014年6月（不晚于4日）`, in English
 * `Jun 2014 (by 4 Jun)`; `formatDateRange('2016', '2016-12', 'zh')` → `2016年（不晚于12月）`.
 */
export function formatDateRange(start: string, end: string, lang: 'zh' | 'en'): string {
  const a = formatPartialDate(start, lang);
  if (!end) return a;
  const s = parsePartialDate(start);
  const e = parsePartialDate(end);
  if (s && e && end.startsWith(`${start}-`)) {
    // The end's own words, less what the start already says (its year, and its month if any).
    if (lang === 'zh') {
      const rest =
        s.month === undefined ? `${e.month}月${e.day ? `${e.day}日` : ''}` : `${e.day}日`;
      return `${a}（不晚于${rest}）`;
    }
    const mon = MONTHS_EN[e.month! - 1];
    return `${a} (by ${e.day === undefined ? mon : `${e.day} ${mon}`})`;
  }
  return `${a}${lang === 'zh' ? '—' : ' – '}${formatPartialDate(end, lang)}`;
}

/** The word that marks an approximate date: `约` / `c.` (the details panel's `detail.approx` says the same). */
export const APPROX_WORD = { zh: '约', en: 'c.' } as const;

/**
 * An event's date in words, marked when it is approximate, for every place that shows one as
 * plain text (presentation card and its picture, handout, timeline tooltip, cluster list):
 * `formatEventDate({ dateStart: '2011-04', dateEnd: '2015-12', dateApprox: true }, 'zh')` →
 * `约2011年4月—2015年12月`; in English `c. Apr 2011 – Dec 2015`.
 */
export function formatEventDate(
  e: { dateStart: string; dateEnd: string; dateApprox: boolean },
  lang: 'zh' | 'en',
): string {
  const text = formatDateRange(e.dateStart, e.dateEnd, lang);
  if (!e.dateApprox) return text;
  return lang === 'zh' ? `${APPROX_WORD.zh}${text}` : `${APPROX_WORD.en} ${text}`;
}

/**
 * A time window [t0, t1) in words, by the days it covers.
 * `formatWindow([Date.UTC(2015, 0, 1), Date.UTC(2018, 0, 1)], 'zh')` → `2015年1月1日—2017年12月31日`.
 */
export function formatWindow(w: readonly [number, number], lang: 'zh' | 'en'): string {
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  return formatDateRange(day(w[0]), day(w[1] - 86_400_000), lang);
}
