/** TopoJSON → GeoJSON for the map, and the bounds it fits. Pure. */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { RegionInfo } from '../data/types';

export interface ProvinceProps {
  adcode: string;
  name: string;
  short: string;
  en: string;
}

export interface ChinaGeo {
  provinces: FeatureCollection<Geometry, ProvinceProps>;
  dash: FeatureCollection;
  lines: FeatureCollection;
}

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

/** Label points from regions.json: `labelPoints([sichuan], 'zh')` → one Point feature named 四川. */
export function labelPoints(
  regions: readonly RegionInfo[],
  lang: 'zh' | 'en',
  level: 'province' | 'city' = 'province',
): FeatureCollection<Point, { adcode: string; label: string }> {
  return {
    type: 'FeatureCollection',
    features: regions
      .filter((r) => r.level === level)
      .map((r): Feature<Point, { adcode: string; label: string }> => ({
        type: 'Feature',
        id: Number(r.adcode),
        geometry: { type: 'Point', coordinates: r.center },
        properties: { adcode: r.adcode, label: lang === 'en' ? r.en : r.short },
      })),
  };
}

/** The national view: mainland China and Hainan; the South China Sea islands go in the inset. */
export const NATIONAL_BOUNDS: [[number, number], [number, number]] = [
  [73.4, 17.6],
  [135.1, 53.6],
];

/** The 南海诸岛 inset's extent. */
export const INSET_BOUNDS: [[number, number], [number, number]] = [
  [106.5, 2.8],
  [123.5, 24.5],
];

/**
 * Union of the bboxes of some regions: `unionBounds([sichuan])` → [[97.3, 26], [108.5, 34.3]].
 * null when none is known.
 */
export function unionBounds(
  regions: readonly RegionInfo[],
): [[number, number], [number, number]] | null {
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

/** Choropleth classes: thresholds for counts, from the largest count. `countBreaks(20)` → [1, 3, 6, 11]. */
export function countBreaks(max: number): number[] {
  if (max <= 4) return [1, 2, 3, 4].filter((b) => b <= Math.max(1, max));
  const out = new Set<number>([1]);
  for (const f of [0.15, 0.3, 0.55]) out.add(Math.max(2, Math.round(max * f)));
  return [...out].sort((a, b) => a - b);
}
