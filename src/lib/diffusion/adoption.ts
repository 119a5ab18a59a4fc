/**
 * Who adopted a family's reform, and when: the earliest member event in each place, the places a
 * family can reach, its anchors and the lag from the anchor. Pure.
 * A member event is one whose `family` names the family; the place it counts for depends on the
 * family's unit: provinces (a city event counts for its province, a group for each member's
 * province) or prefecture-level places (cities, and municipalities or provinces named as such).
 */
import { yearOf } from '../data/dates';
import type { RegionIndex } from '../data/regions';
import type { Family, ReformEvent, RegionInfo } from '../data/types';

export type Unit = Family['unit'];

export interface Adoption {
  /** The adopting place: a province adcode, or for city families a prefecture-level adcode. */
  place: string;
  /** The province it lies in (itself for a province). */
  province: string;
  /** The earliest member event there (ties: the smaller id). */
  eventId: string;
  dateStart: string;
  t0: number;
  /** UTC year of the start of the event's date (a range counts from its start). */
  year: number;
  /** The event's date is approximate. */
  approx: boolean;
}

/** Provincial-level units outside the mainland: never in the 31 rows or the denominators. */
export const NOT_MAINLAND: ReadonlySet<string> = new Set(['710000', '810000', '820000']);

/** `membersOf(events, 'nidz')` → the events whose `family` names nidz, in the given order. */
export function membersOf(events: readonly ReformEvent[], familyId: string): ReformEvent[] {
  return events.filter((e) => e.family.includes(familyId));
}

/**
 * The places an event counts for in a family of the given unit.
 * `placesOf(chengduEvent, 'province', index)` → ['510000'];
 * `placesOf(chengduEvent, 'city', index)` → ['510100'];
 * `placesOf(jjjEvent, 'province', index)` → ['110000', '120000', '130000'].
 */
export function placesOf(e: ReformEvent, unit: Unit, index: RegionIndex): string[] {
  const out = new Set<string>();
  for (const r of e.regions) {
    if (unit === 'province') {
      for (const p of index.provincesOf(r)) out.add(p);
      continue;
    }
    const g = index.groups.get(r);
    for (const code of g ? g.members : [r]) if (index.byCode.has(code)) out.add(code);
  }
  return [...out].filter((p) => !NOT_MAINLAND.has(provinceOf(p, index)));
}

/** `provinceOf('510100', index)` → '510000'; a province (or unknown code) → itself. */
export function provinceOf(code: string, index: RegionIndex): string {
  return index.byCode.get(code)?.parent ?? code;
}

const earlier = (a: { t0: number; eventId: string }, b: { t0: number; eventId: string }) =>
  a.t0 - b.t0 || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0);

/**
 * The adoption of each place: its earliest member event (by start, then id).
 * `adoptions([js2016, js2018, zj2017], 'province', index)` →
 *   Map { '320000' → { eventId: 'js2016', year: 2016, … }, '330000' → { eventId: 'zj2017', … } }.
 */
export function adoptions(
  members: readonly ReformEvent[],
  unit: Unit,
  index: RegionIndex,
): Map<string, Adoption> {
  const out = new Map<string, Adoption>();
  for (const e of members) {
    for (const place of placesOf(e, unit, index)) {
      const a: Adoption = {
        place,
        province: provinceOf(place, index),
        eventId: e.id,
        dateStart: e.dateStart,
        t0: e.t0,
        year: yearOf(e.t0),
        approx: e.dateApprox,
      };
      const known = out.get(place);
      if (!known || earlier(a, known) < 0) out.set(place, a);
    }
  }
  return out;
}

/**
 * Per province, the earliest adoption among its places (a city family's matrix row).
 * `byProvince(Map { '510100' → a2019, '510700' → a2017 })` → Map { '510000' → a2017 }.
 */
export function byProvince(adopted: ReadonlyMap<string, Adoption>): Map<string, Adoption> {
  const out = new Map<string, Adoption>();
  for (const a of adopted.values()) {
    const known = out.get(a.province);
    if (!known || earlier(a, known) < 0) out.set(a.province, a);
  }
  return out;
}

/** Adoptions in time order (ties: the smaller place code): `inOrder(map)` → [first, …, last]. */
export function inOrder(adopted: Iterable<Adoption>): Adoption[] {
  return [...adopted].sort(
    (a, b) => earlier(a, b) || (a.place < b.place ? -1 : a.place > b.place ? 1 : 0),
  );
}

/**
 * The places a family can reach: the 31 mainland provinces, or for city families every
 * prefecture-level place of the mainland (its cities, and the municipalities, which have none).
 * `provinces` (non-empty) narrows them to those provinces (the region filter).
 * `scopePlaces(regions, 'province', [])` → the 31 mainland province codes, in adcode order.
 */
export function scopePlaces(
  regions: readonly RegionInfo[],
  unit: Unit,
  provinces: readonly string[],
): string[] {
  const keep = (p: string) =>
    !NOT_MAINLAND.has(p) && (provinces.length === 0 || provinces.includes(p));
  const mainland = regions.filter((r) => r.level === 'province' && keep(r.adcode));
  if (unit === 'province') return mainland.map((r) => r.adcode).sort();
  const withCities = new Set(regions.filter((r) => r.parent).map((r) => r.parent!));
  const out = regions
    .filter((r) => (r.level === 'city' ? keep(r.parent!) : false))
    .map((r) => r.adcode);
  for (const r of mainland) if (!withCities.has(r.adcode)) out.push(r.adcode);
  return out.sort();
}

/**
 * The family's anchor events that are loaded, in the family's order.
 * `anchorsOf(family, byId)` → [the 2015 national revision].
 */
export function anchorsOf(family: Family, byId: ReadonlyMap<string, ReformEvent>): ReformEvent[] {
  return family.anchors.flatMap((id) => {
    const e = byId.get(id);
    return e ? [e] : [];
  });
}

/**
 * The anchor lags are counted from: the first national anchor (the mandate), else the first one;
 * null for a family without a loaded anchor.
 * `lagAnchor([sichuanPilot2016, nationalPilot2020])` → nationalPilot2020.
 */
export function lagAnchor(anchors: readonly ReformEvent[]): ReformEvent | null {
  return anchors.find((e) => e.level === 'national') ?? anchors[0] ?? null;
}

/**
 * Lag in whole years from the anchor to an adoption (negative: adopted before the mandate). Whole
 * years because most dates are known only to the year. `lagYears(a2017, anchor2015)` → 2;
 * `lagYears(a2017, null)` → null.
 */
export function lagYears(a: Adoption, anchor: ReformEvent | null): number | null {
  return anchor ? a.year - yearOf(anchor.t0) : null;
}
