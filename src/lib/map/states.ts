/**
 * What each province, city and group looks like on the map, as plain feature-state objects. Both
 * renderers (maplibre via setFeatureState, the SVG fallback via attributes) draw these, so they show
 * the same thing. Pure.
 */
import type { RegionIndex } from '../data/regions';
import type { RegionInfo } from '../data/types';
import { countBreaks } from './geo';
import { PALETTE } from './layers';

/** One picture of the map's state; renderers diff it against the previous one. */
export interface MapFrame {
  provinces: ReadonlyMap<string, ProvinceState>;
  cities: ReadonlyMap<string, CityState>;
  groups: ReadonlyMap<string, { selected: boolean }>;
  breaks: readonly number[];
  view: string | null;
  lang: 'zh' | 'en';
  /** Accessible name of the drawing surface (maplibre's canvas says "Map" otherwise). */
  title?: string;
  /** Labels replacing regions' names (a thematic map's first movers), by adcode. */
  labels: ReadonlyMap<string, string>;
  /** Size of the place labels in px (13 unless presenting, where they follow the type scale). */
  labelPx?: number;
}

/** How a thematic map (the diffusion view's adoption years) paints one province or city. */
export interface RegionPaint {
  /** Fill colour, replacing the count choropleth. */
  fill?: string;
  /** Hatched: no record. */
  hatch?: boolean;
  /** Outlined strongly and labelled: a first mover. */
  first?: boolean;
  /** Label replacing the region's name. */
  label?: string;
}

/**
 * A thematic map: the same map, painted per region instead of by event counts. Regions it does not
 * name are plain land; a selection shows as an outline, so it never hides a region's colour.
 */
export interface MapTheme {
  /** Paint by province or city adcode. In the drilled view a city without its own paint takes its province's. */
  regions: ReadonlyMap<string, RegionPaint>;
}

/** What a feature hands the map to show its theme instead of the counts. */
export interface MapOverlay {
  theme: MapTheme;
  /** Tooltip text for a region. */
  tooltip: (adcode: string) => string;
  /** Click on a region (instead of filtering to it). */
  onregion: (adcode: string) => void;
  /** What the map shows, for screen readers. */
  summary: string;
}

/** The regions an event lights, split by how they are drawn. */
export interface Lit {
  /** Provinces named directly (or as a group member): full accent fill. */
  provinces: string[];
  /** Provinces lit only through one of their cities: a light accent, the city drawn inside. */
  partial: string[];
  /** Prefecture-level cities named directly or as a group member. */
  cities: string[];
  /** Group ids named: outlined as a whole. */
  groups: string[];
  /** Cities the event names itself (not through a group): marked at their seat on the national map. */
  seats: string[];
}

export const NOTHING_LIT: Lit = { provinces: [], partial: [], cities: [], groups: [], seats: [] };

/**
 * Expand an event's region ids.
 * `litRegions(['510100'], index)` → { provinces: [], partial: ['510000'], cities: ['510100'], groups: [], seats: ['510100'] };
 * `litRegions(['jjj'], index)` → { provinces: ['110000', '120000', '130000'], …, groups: ['jjj'] }.
 */
export function litRegions(regions: readonly string[], index: RegionIndex): Lit {
  const full = new Set<string>();
  const partial = new Set<string>();
  const cities = new Set<string>();
  const groups = new Set<string>();
  const seats = new Set<string>();
  for (const r of regions) {
    if (index.byCode.get(r)?.level === 'city') seats.add(r);
    const g = index.groups.get(r);
    if (g) groups.add(r);
    for (const m of g ? g.members : [r]) {
      const info = index.byCode.get(m);
      if (!info) continue;
      if (info.level === 'province') full.add(m);
      else {
        cities.add(m);
        if (info.parent) partial.add(info.parent);
      }
    }
  }
  const sorted = (s: Set<string>) => [...s].sort();
  return {
    provinces: sorted(full),
    partial: sorted(partial).filter((p) => !full.has(p)),
    cities: sorted(cities),
    groups: sorted(groups),
    seats: sorted(seats),
  };
}

export interface MapModel {
  counts: ReadonlyMap<string, number>;
  lit: Lit;
  /** Region ids of the region filter (provinces, cities or groups). */
  filtered: readonly string[];
  /** Provinces reached so far in cumulative presentation mode. */
  reached: readonly string[];
  /** Drilled-down province, or null for the national view. */
  view: string | null;
  /** A thematic paint replacing the counts, or null. */
  theme?: MapTheme | null;
}

export interface ProvinceState {
  count: number;
  /** Lit by the event (fully or through a city). */
  selected: boolean;
  /** Lit only through a city. */
  partial: boolean;
  /** Something else is lit. */
  dim: boolean;
  filtered: boolean;
  reached: boolean;
  /** Drilled into another province: drawn quietly. */
  muted: boolean;
  /** The drilled-in province: its cities are drawn over it. */
  open: boolean;
  /** A thematic map is shown: `fill` (or plain land) replaces the count colour. */
  themed: boolean;
  /** The theme's colour, or ''. */
  fill: string;
  /** Hatched (the theme's "no record"). */
  hatch: boolean;
  /** Outlined as a first mover. */
  first: boolean;
}

export interface CityState {
  count: number;
  /** Named by the event, or its province is. */
  selected: boolean;
  /** Named by the event or a group it names (drawn on the national map too). */
  named: boolean;
  /** Named by the event itself: a marker at its seat on the national map. */
  seat: boolean;
  dim: boolean;
  filtered: boolean;
  themed: boolean;
  /** The theme's colour (the province's in the drilled view when the city has none), or ''. */
  fill: string;
  first: boolean;
}

function anyLit(lit: Lit): boolean {
  return lit.provinces.length + lit.partial.length + lit.cities.length > 0;
}

/** `provinceState('510000', model, index)` → { count: 3, selected: true, dim: false, … }. */
export function provinceState(code: string, m: MapModel, index: RegionIndex): ProvinceState {
  const full = m.lit.provinces.includes(code);
  const partial = m.lit.partial.includes(code);
  const selected = full || partial;
  const reached = m.reached.includes(code);
  const paint = m.theme?.regions.get(code);
  return {
    count: m.counts.get(code) ?? 0,
    selected,
    partial,
    dim: !m.theme && anyLit(m.lit) && !selected && !reached,
    filtered: m.filtered.some((r) => index.provincesOf(r).includes(code)),
    reached,
    muted: m.view !== null && m.view !== code,
    open: m.view === code,
    themed: !!m.theme,
    fill: paint?.fill ?? '',
    hatch: paint?.hatch ?? false,
    first: paint?.first ?? false,
  };
}

/** `cityState('510100', model, index)` → { count: 2, selected: true, named: true, … }. */
export function cityState(info: RegionInfo, m: MapModel, index: RegionIndex): CityState {
  const code = info.adcode;
  const named = m.lit.cities.includes(code);
  const selected = named || (info.parent !== null && m.lit.provinces.includes(info.parent));
  const own = m.theme?.regions.get(code);
  const inherited =
    !own && info.parent && info.parent === m.view ? m.theme?.regions.get(info.parent) : undefined;
  return {
    count: m.counts.get(code) ?? 0,
    selected,
    named,
    seat: m.lit.seats.includes(code),
    dim: !m.theme && anyLit(m.lit) && !selected,
    filtered: m.filtered.some((r) => r === code || index.groups.get(r)?.members.includes(code)),
    themed: !!m.theme,
    fill: own?.fill ?? inherited?.fill ?? '',
    first: own?.first ?? false,
  };
}

/**
 * Choropleth classes for what is shown: provinces nationally, the drilled province's cities.
 * `viewBreaks(null, regions, counts)` → countBreaks(largest province count).
 */
export function viewBreaks(
  view: string | null,
  regions: readonly RegionInfo[],
  counts: ReadonlyMap<string, number>,
): number[] {
  const shown = regions.filter((r) => (view === null ? r.level === 'province' : r.parent === view));
  return countBreaks(shown.reduce((m, r) => Math.max(m, counts.get(r.adcode) ?? 0), 0));
}

/** Colour of a count class: `rampColour(5, [1, 3, 6])` → PALETTE.ramp[1]; 0 → land. */
export function rampColour(count: number, breaks: readonly number[]): string {
  let colour = PALETTE.land;
  breaks.forEach((b, i) => {
    if (count >= b) colour = PALETTE.ramp[Math.min(i, PALETTE.ramp.length - 1)]!;
  });
  return colour;
}

/** The SVG map's province fill; mirrors layers.ts's maplibre expression. */
export function provinceFill(s: ProvinceState, breaks: readonly number[]): string {
  if (s.open) return PALETTE.open;
  if (s.muted) return PALETTE.muted;
  if (s.themed) return s.fill || PALETTE.land;
  if (s.partial) return PALETTE.partial;
  if (s.selected) return PALETTE.accent;
  if (s.reached) return PALETTE.reached;
  return rampColour(s.count, breaks);
}

/** The SVG map's city fill in the drilled view. */
export function cityFill(s: CityState, breaks: readonly number[]): string {
  if (s.themed) return s.fill || PALETTE.land;
  return s.selected ? PALETTE.accent : rampColour(s.count, breaks);
}

/**
 * Labels a theme puts in place of names: `themeLabels({ regions: Map { '510000' → { label: '四川 2016' } } })`
 * → Map { '510000' → '四川 2016' }.
 */
export function themeLabels(theme: MapTheme | null | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const [code, p] of theme?.regions ?? []) if (p.label) out.set(code, p.label);
  return out;
}

/**
 * Do two region states hold the same values (flat objects, compared field by field)? A frame is
 * built anew on every change, so a renderer asks this before redrawing a region.
 * `sameState({ fill: '#fff', first: false }, { fill: '#fff', first: false })` → true.
 */
export function sameState<S extends object>(a: S | undefined, b: S | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  const ka = Object.keys(a) as (keyof S)[];
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => Object.is(a[k], b[k]));
}

/**
 * Every state both renderers draw, from the model. Municipalities appear in the prefecture layer
 * under their own code, so they get a city state with themselves as parent.
 * `buildFrame(model, regions, groups, index, 'zh').provinces.get('510000')` → its ProvinceState.
 */
export function buildFrame(
  m: MapModel,
  regions: readonly RegionInfo[],
  groupIds: readonly string[],
  index: RegionIndex,
  lang: 'zh' | 'en',
): MapFrame {
  const provinces = new Map<string, ProvinceState>();
  const cities = new Map<string, CityState>();
  for (const r of regions) {
    if (r.level === 'province') {
      provinces.set(r.adcode, provinceState(r.adcode, m, index));
      cities.set(r.adcode, cityState({ ...r, level: 'city', parent: r.adcode }, m, index));
    } else cities.set(r.adcode, cityState(r, m, index));
  }
  const groups = new Map(groupIds.map((id) => [id, { selected: m.lit.groups.includes(id) }]));
  return {
    provinces,
    cities,
    groups,
    breaks: viewBreaks(m.view, regions, m.counts),
    view: m.view,
    lang,
    labels: themeLabels(m.theme),
  };
}
