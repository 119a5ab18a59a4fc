/**
 * The figures of a family: how many places adopted, the first mover(s), the lag from the anchor
 * (median and range) and the five fastest and five slowest places; and the state of every place
 * at a given year (for the map, the scrubber and the presentation). Pure.
 */
import { inOrder, lagYears, type Adoption } from './adoption';
import type { ReformEvent } from '../data/types';
import { maxOf, minOf } from '../data/extent';

export interface Ranked {
  place: string;
  year: number;
  approx: boolean;
  eventId: string;
  /** Whole years after the anchor; null without an anchor. */
  lag: number | null;
}

export interface Figures {
  adopted: number;
  /** Places in scope (the denominator). */
  total: number;
  /** The place(s) of the earliest year, or empty. */
  first: Ranked[];
  lag: { median: number; min: number; max: number } | null;
  /** Up to five earliest adopters, then up to five latest among the rest (latest first). */
  fastest: Ranked[];
  slowest: Ranked[];
}

/** `median([1, 3, 2])` → 2; `median([1, 2, 3, 4])` → 2.5; `median([])` → NaN. */
export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * `familyFigures([js2016, zj2016, gd2018], 31, anchor2015)` →
 *   { adopted: 3, total: 31, first: [js, zj], lag: { median: 1, min: 1, max: 3 }, … }.
 */
export function familyFigures(
  adopted: Iterable<Adoption>,
  total: number,
  anchor: ReformEvent | null,
): Figures {
  const ordered: Ranked[] = inOrder(adopted).map((a) => ({
    place: a.place,
    year: a.year,
    approx: a.approx,
    eventId: a.eventId,
    lag: lagYears(a, anchor),
  }));
  const firstYear = ordered[0]?.year;
  const lags = ordered.map((r) => r.lag).filter((l): l is number => l !== null);
  const fastest = ordered.slice(0, 5);
  const slowest = ordered.slice(fastest.length).slice(-5).reverse();
  return {
    adopted: ordered.length,
    total,
    first: ordered.filter((r) => r.year === firstYear),
    lag: lags.length ? { median: median(lags), min: minOf(lags), max: maxOf(lags) } : null,
    fastest,
    slowest,
  };
}

/**
 * How a place stands at a year: adopted before it, adopted in it ('new'), adopting later ('later':
 * not yet), no record ('none'), or — only when the family is complete — did not adopt.
 */
export type PlaceStatus = 'adopted' | 'new' | 'later' | 'none' | 'not-adopted';

export interface PlaceAt {
  status: PlaceStatus;
  adoption?: Adoption;
}

/**
 * `statusAt(['320000', '330000', '440000'], adopted, 2016, false)` →
 *   Map { '320000' → { status: 'adopted', … }, '330000' → { status: 'new', … },
 *         '440000' → { status: 'none' } }.
 */
export function statusAt(
  places: Iterable<string>,
  adopted: ReadonlyMap<string, Adoption>,
  year: number,
  complete: boolean,
): Map<string, PlaceAt> {
  const out = new Map<string, PlaceAt>();
  for (const place of places) {
    const a = adopted.get(place);
    if (!a) out.set(place, { status: complete ? 'not-adopted' : 'none' });
    else
      out.set(place, {
        status: a.year < year ? 'adopted' : a.year === year ? 'new' : 'later',
        adoption: a,
      });
  }
  return out;
}
