/** Which places an event touches: its regions (codes and group ids) → provinces and cities. Pure. */
import type { RegionIndex } from './regions';
import type { ReformEvent } from './types';

export interface Places {
  /** Province-level adcodes, sorted: named, parents of named cities, and groups' members. */
  provinces: string[];
  /** Prefecture-level adcodes, sorted: named directly, or members of a named group. */
  cities: string[];
}

export interface PlacesOptions {
  /** Group ids to leave out (e.g. the economic regions, which hold every province). */
  skipGroups?: ReadonlySet<string>;
}

/**
 * The provinces and cities an event touches. A province code touches that province (none of its
 * cities); a city touches itself and its province; a group touches what its members touch.
 * Unknown ids touch nothing.
 * `placesOf({ regions: ['510100', 'jjj'] }, index)` →
 * `{ provinces: ['110000', '120000', '130000', '510000'], cities: ['510100'] }`.
 */
export function placesOf(
  event: Pick<ReformEvent, 'regions'>,
  index: RegionIndex,
  options: PlacesOptions = {},
): Places {
  const provinces = new Set<string>();
  const cities = new Set<string>();
  for (const r of event.regions) {
    if (options.skipGroups?.has(r)) continue;
    for (const p of index.provincesOf(r)) provinces.add(p);
    for (const c of index.citiesOf(r)) cities.add(c);
  }
  return { provinces: [...provinces].sort(), cities: [...cities].sort() };
}
