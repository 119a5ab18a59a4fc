/**
 * The time window as the filter panel edits it: whole years typed in two fields, and presets (one
 * per era of data/eras.csv, plus 1985–2011 and 2012–now). Pure: text in, a window or the reason
 * it is refused out.
 */
import { DAY, yearOf, yearStart } from '../data/dates';
import type { Era } from '../data/types';

export type Window = readonly [number, number];

/** First and last year a window may hold. */
export interface YearBounds {
  min: number;
  max: number;
}

export type YearError = 'notYear' | 'range' | 'order';

export type YearResult =
  | { ok: true; window: [number, number] | null }
  | { ok: false; field: 'from' | 'to'; error: YearError };

/**
 * Two year fields → the window `[from-01-01, (to + 1)-01-01)`. An empty field means the first (or
 * last) year; both empty clear the window. Anything but a whole year within the bounds, or a start
 * after the end, is refused with the field and the reason.
 * `parseYears('2012', '', { min: 1985, max: 2026 })` → { ok: true, window: [2012-01-01, 2027-01-01) }.
 */
export function parseYears(from: string, to: string, bounds: YearBounds): YearResult {
  type Read = { year: number } | { field: 'from' | 'to'; error: YearError };
  const read = (text: string, field: 'from' | 'to', empty: number): Read => {
    const s = text.trim().replace(/年$/, '');
    if (!s) return { year: empty };
    if (!/^\d{4}$/.test(s)) return { field, error: 'notYear' };
    const year = Number(s);
    if (year < bounds.min || year > bounds.max) return { field, error: 'range' };
    return { year };
  };
  if (!from.trim() && !to.trim()) return { ok: true, window: null };
  const a = read(from, 'from', bounds.min);
  if (!('year' in a)) return { ok: false, ...a };
  const b = read(to, 'to', bounds.max);
  if (!('year' in b)) return { ok: false, ...b };
  if (a.year > b.year) return { ok: false, field: 'to', error: 'order' };
  return { ok: true, window: [yearStart(a.year), yearStart(b.year + 1)] };
}

/**
 * The years a window shows in the two fields: its first year and the year of its last day.
 * `yearsOf([2012-01-01, 2027-01-01))` → { from: '2012', to: '2026' }; no window → empty fields.
 */
export function yearsOf(w: Window | null): { from: string; to: string } {
  if (!w) return { from: '', to: '' };
  return { from: String(yearOf(w[0])), to: String(yearOf(w[1] - DAY)) };
}

export interface Preset {
  id: string;
  /** The years, e.g. `1985–1995` or `2012–`. */
  years: string;
  /** The era's name, when it is an era. */
  zh: string;
  en: string;
  window: [number, number];
}

/**
 * One preset per era (its own start and end; an era still running goes to the end of `lastYear`),
 * then 1985–2011 and 2012–now. `windowPresets([launch], 2026)[0]` →
 * { id: 'reform-launch', years: '1985–1995', window: [1985-03-01, 1995-06-01), … }.
 */
export function windowPresets(eras: readonly Era[], lastYear: number): Preset[] {
  const end = yearStart(lastYear + 1);
  const open = (e: Era) => !e.end;
  return [
    ...eras.map((e) => ({
      id: e.id,
      years: `${yearOf(e.t0)}–${open(e) ? '' : yearOf(e.t1 - 1)}`,
      zh: e.nameZh,
      en: e.nameEn,
      window: [e.t0, open(e) ? end : e.t1] as [number, number],
    })),
    {
      id: 'before-2012',
      years: '1985–2011',
      zh: '',
      en: '',
      window: [yearStart(1985), yearStart(2012)],
    },
    { id: 'since-2012', years: '2012–', zh: '', en: '', window: [yearStart(2012), end] },
  ];
}
