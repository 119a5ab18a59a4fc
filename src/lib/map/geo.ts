/** TopoJSON → GeoJSON for the map, and the bounds it fits. Pure. */
import { feature, merge } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point } from 'geojson';
import type { ChinaGeo, ProvinceProps } from '../data/boundaries';
import type { RegionGroup, RegionInfo } from '../data/types';

// Defined with the data, as the AppState holds an agency's boundary file too.
export type { ChinaGeo, ProvinceProps };

export interface CityProps extends ProvinceProps {
  /** Parent province adcode (a municipality's own code for the municipality). */
  province: string;
}

export type Bounds = [[number, number], [number, number]];

function collection(topo: Topology, name: string): FeatureCollection {
  const obj = topo.objects[name] as GeometryCollection | undefined;
  if (!obj) return { type: 'FeatureCollection', features: [] };
  const fc = feature(topo, obj) as FeatureCollection | Feature;
  return fc.type === 'FeatureCollection' ? fc : { type: 'FeatureCollection', features: [fc] };
}

/** Split the bundled topology into its layers. Throws when it has no `provinces` object. */
export function chinaFromTopology(topo: Topology): ChinaGeo {
  if (!topo.objects?.provinces) throw new Error('no "provinces" object');
  return {
    provinces: collection(topo, 'provinces') as FeatureCollection<Geometry, ProvinceProps>,
    dash: collection(topo, 'nanhai_dash'),
    lines: collection(topo, 'boundary_lines'),
  };
}

/** The prefecture layer of `cities.topo.json`. Throws when it has no `cities` object. */
export function citiesFromTopology(topo: Topology): FeatureCollection<Geometry, CityProps> {
  if (!topo.objects?.cities) throw new Error('no "cities" object');
  return collection(topo, 'cities') as FeatureCollection<Geometry, CityProps>;
}

/**
 * Each regional group as one merged outline, from the prefecture topology (so groups of cities work
 * as well as groups of provinces): `groupShapes(cities, [jjj])` → one MultiPolygon around 京津冀.
 * A feature's geometry is merged when it is first read, then kept: on a cold page load merging all
 * the groups took ~20–60 ms of the map's first draw, for outlines shown only when a group's event
 * is selected. (JSON.stringify and structured clone read it like any other property.)
 */
export function groupShapes(
  topo: Topology,
  groups: readonly RegionGroup[],
): FeatureCollection<MultiPolygon, { id: string }> {
  const obj = topo.objects.cities as GeometryCollection<CityProps>;
  return {
    type: 'FeatureCollection',
    features: groups.map((g) => {
      let merged: MultiPolygon | null = null;
      const outline = () => {
        const members = new Set(g.members);
        const parts = obj.geometries.filter((x) => {
          const p = x.properties as CityProps;
          return members.has(p.adcode) || members.has(p.province);
        });
        return merge(topo, parts as Parameters<typeof merge>[1]);
      };
      return {
        type: 'Feature' as const,
        properties: { id: g.id },
        get geometry() {
          return (merged ??= outline());
        },
      };
    }),
  };
}

export interface LabelProps {
  adcode: string;
  label: string;
  /** Parent province of a city; '' for a province. */
  parent: string;
}

/** Label points from regions.json: `labelPoints([sichuan], 'zh')` → one Point feature named 四川. */
export function labelPoints(
  regions: readonly RegionInfo[],
  lang: 'zh' | 'en',
  level: 'province' | 'city' = 'province',
): FeatureCollection<Point, LabelProps> {
  return {
    type: 'FeatureCollection',
    features: regions
      .filter((r) => r.level === level)
      .map((r): Feature<Point, LabelProps> => ({
        type: 'Feature',
        id: Number(r.adcode),
        geometry: { type: 'Point', coordinates: r.center },
        properties: {
          adcode: r.adcode,
          label: lang === 'en' ? r.en : r.short,
          parent: r.parent ?? '',
        },
      })),
  };
}

/**
 * Label points with some labels replaced (a thematic map's first movers); those are marked
 * `strong` so the map shows them first, and in the national view even for cities.
 * `relabel(points, new Map([['510000', '四川 2016']]))` → the same points, Sichuan's label replaced.
 */
export function relabel(
  points: FeatureCollection<Point, LabelProps>,
  labels: ReadonlyMap<string, string>,
): FeatureCollection<Point, LabelProps & { strong?: number }> {
  if (!labels.size) return points;
  return {
    ...points,
    features: points.features.map((f) => {
      const label = labels.get(f.properties.adcode);
      return label ? { ...f, properties: { ...f.properties, label, strong: 1 } } : f;
    }),
  };
}

/**
 * Is `inner` inside `outer` (lon/lat boxes)?
 * `boundsContain([[70, 0], [140, 56]], [[100, 20], [110, 30]])` → true.
 */
export function boundsContain(outer: Bounds, inner: Bounds): boolean {
  return (
    inner[0][0] >= outer[0][0] &&
    inner[0][1] >= outer[0][1] &&
    inner[1][0] <= outer[1][0] &&
    inner[1][1] <= outer[1][1]
  );
}

export interface Transform {
  k: number;
  x: number;
  y: number;
}

/**
 * The zoom transform (p → p·k + [x, y]) that fits a box of projected pixels into a viewport,
 * centred, with padding. `fitTransform([[0, 0], [100, 50]], 200, 200, 0)` → { k: 2, x: 0, y: 50 }.
 */
export function fitTransform(
  box: Bounds,
  width: number,
  height: number,
  padding: number,
): Transform {
  const [[x0, y0], [x1, y1]] = box;
  const w = Math.max(1e-9, x1 - x0);
  const h = Math.max(1e-9, y1 - y0);
  const k = Math.max(1e-9, Math.min((width - 2 * padding) / w, (height - 2 * padding) / h));
  return { k, x: (width - k * (x0 + x1)) / 2, y: (height - k * (y0 + y1)) / 2 };
}

/** [west, south, east, north] of lon/lat geometries, from their coordinates. */
export type Box = [number, number, number, number];
export function bbox(gs: Iterable<Geometry | null>): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  // Plain recursion: a generator per nested array was 7 ms of each load's map data (bench/profile.ts
  // load), for ~100,000 coordinates.
  const walk = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    } else for (const x of c as unknown[]) walk(x);
  };
  const visit = (g: Geometry | null): void => {
    if (!g) return;
    if (g.type === 'GeometryCollection') g.geometries.forEach(visit);
    else walk(g.coordinates);
  };
  for (const g of gs) visit(g);
  return b;
}

/**
 * The features whose extent meets the bounds: the 南海诸岛 inset projects only these, not all of
 * China. `within(fc, INSET_BOUNDS)` → 广东, 广西, 海南, 台湾, … .
 */
export function within<T extends Feature>(features: readonly T[], [[w, s], [e, n]]: Bounds): T[] {
  return features.filter((f) => {
    const [x0, y0, x1, y1] = bbox([f.geometry]);
    return x0 <= e && x1 >= w && y0 <= n && y1 >= s;
  });
}

/** The national view: mainland China and Hainan; the South China Sea islands go in the inset. */
export const NATIONAL_BOUNDS: Bounds = [
  [73.4, 17.6],
  [135.1, 53.6],
];

/** The 南海诸岛 inset's extent. */
export const INSET_BOUNDS: Bounds = [
  [106.5, 2.8],
  [123.5, 24.5],
];

/**
 * Union of the bboxes of some regions: `unionBounds([sichuan])` → [[97.3, 26], [108.5, 34.3]].
 * null when none is known.
 */
export function unionBounds(regions: readonly RegionInfo[]): Bounds | null {
  if (!regions.length) return null;
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const r of regions) {
    w = Math.min(w, r.bbox[0]);
    s = Math.min(s, r.bbox[1]);
    e = Math.max(e, r.bbox[2]);
    n = Math.max(n, r.bbox[3]);
  }
  return [
    [w, s],
    [e, n],
  ];
}

/**
 * The bounds of the regions named by `codes` (the unknown ones left out): where the map looks for
 * them. `boundsOf(byCode, ['510000', 'nowhere'])` → [[97.3, 26], [108.5, 34.3]]; null for none.
 */
export function boundsOf(
  byCode: ReadonlyMap<string, RegionInfo>,
  codes: readonly string[],
): Bounds | null {
  return unionBounds(codes.map((c) => byCode.get(c)).filter((r): r is RegionInfo => !!r));
}

/** Choropleth classes: thresholds for counts, from the largest count. `countBreaks(20)` → [1, 3, 6, 11]. */
export function countBreaks(max: number): number[] {
  if (max <= 4) return [1, 2, 3, 4].filter((b) => b <= Math.max(1, max));
  const out = new Set<number>([1]);
  for (const f of [0.15, 0.3, 0.55]) out.add(Math.max(2, Math.round(max * f)));
  return [...out].sort((a, b) => a - b);
}
