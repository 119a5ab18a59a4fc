/**
 * The map at a year, as a thematic paint the existing map draws (MapTheme): adopting places in
 * their year's colour, places adopting later plain, places with no record hatched, first movers
 * outlined and labelled. A city family paints its cities and hatches the provinces without any
 * adopting place. Pure.
 */
import type { MapTheme, RegionPaint } from '../map/states';
import type { Unit } from './adoption';
import { yearColour, type YearDomain } from './colour';
import type { PlaceAt } from './figures';

export interface ThemeInput {
  unit: Unit;
  /** Every place in scope and how it stands at the year (statusAt). */
  status: ReadonlyMap<string, PlaceAt>;
  /** The family's adoption years, for the colours. */
  colours: YearDomain;
  /** First movers' places. */
  first: readonly string[];
  /** A place's label with its year: `(code, year) => '四川 2016'`. */
  label: (code: string, year: number) => string;
  /** Province of a place (itself for a province). */
  provinceOf: (code: string) => string;
}

/**
 * `adoptionTheme({ unit: 'province', status: Map { '510000' → adopted 2016, '370000' → none }, … })`
 * → { regions: Map { '510000' → { fill: '#0c2c84', first: true, label: '四川 2016' }, '370000' → { hatch: true } } }.
 */
export function adoptionTheme(input: ThemeInput): MapTheme {
  const regions = new Map<string, RegionPaint>();
  const firsts = new Set(input.first);
  for (const [place, at] of input.status) {
    const a = at.adoption;
    if (a && (at.status === 'adopted' || at.status === 'new')) {
      const first = firsts.has(place);
      regions.set(place, {
        fill: yearColour(a.year, input.colours),
        ...(first ? { first, label: input.label(place, a.year) } : {}),
      });
    } else if (at.status === 'none' || at.status === 'not-adopted') {
      if (input.unit === 'province') regions.set(place, { hatch: true });
    }
  }
  if (input.unit === 'city') {
    // Provinces with no adopting place at all (ever): hatched under their cities.
    const ever = new Set<string>();
    for (const [place, at] of input.status) if (at.adoption) ever.add(input.provinceOf(place));
    for (const place of input.status.keys()) {
      const p = input.provinceOf(place);
      if (!ever.has(p) && !regions.has(p)) regions.set(p, { hatch: true });
    }
  }
  return { regions };
}
