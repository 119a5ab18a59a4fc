/**
 * Checks a user's boundary file (an agency's approved GeoJSON or TopoJSON) before it replaces the
 * bundled one: every provincial unit present, extent within China, rings wound for d3-geo, and a
 * warning when it looks GCJ-02-shifted. Pure: text in, a new ChinaGeo or the reason out.
 */
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { RegionInfo } from '../data/types';
import type { MessageKey } from '../i18n';
import { bbox, type ChinaGeo, type ProvinceProps } from './geo';

export interface BoundaryIssue {
  key: MessageKey;
  params?: Record<string, string | number>;
}

export type BoundaryResult =
  { ok: true; geo: ChinaGeo; warnings: BoundaryIssue[] } | { ok: false; error: BoundaryIssue };

/** The extent a map of China must lie in: 70–140°E, 0–56°N. */
const CHINA_EXTENT = { w: 70, s: 0, e: 140, n: 56 };

function features(json: unknown): Feature[] | null {
  const j = json as { type?: string; objects?: Record<string, unknown> };
  if (j?.type === 'Topology' && j.objects && typeof j.objects === 'object') {
    return Object.keys(j.objects).flatMap((name) => {
      const fc = feature(json as Topology, (json as Topology).objects[name]!) as
        FeatureCollection | Feature;
      return fc.type === 'FeatureCollection' ? fc.features : [fc];
    });
  }
  if (j?.type === 'FeatureCollection') return (json as FeatureCollection).features ?? [];
  if (j?.type === 'Feature') return [json as Feature];
  return null;
}

/** Twice the signed planar area of a ring; > 0 is counter-clockwise with y up. */
function ringArea(ring: Position[]): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    a += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return a;
}

/**
 * d3-geo's winding: exterior rings clockwise, holes counter-clockwise (RFC 7946 is the reverse).
 * `rewindPolygon([ccwSquare])` → [cwSquare]. Returns new arrays.
 */
export function rewindPolygon(rings: Position[][]): Position[][] {
  return rings.map((ring, i) => {
    const ccw = ringArea(ring) > 0;
    return (i === 0) === ccw ? [...ring].reverse() : ring;
  });
}

function polygons(g: Geometry | null): Position[][][] {
  if (!g) return [];
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  if (g.type === 'GeometryCollection') return g.geometries.flatMap(polygons);
  return [];
}

/** The adcode a feature names: `adcode`, `gb` minus 156, or a name → adcode lookup. */
function adcodeOf(p: Record<string, unknown>, byName: Map<string, string>): string | null {
  const code = String(p.adcode ?? '').trim();
  if (/^\d{6}$/.test(code)) return code;
  const gb = String(p.gb ?? '').trim();
  if (/^156\d{6}$/.test(gb)) return gb.slice(3);
  for (const k of ['name', 'full_name', 'fullname', 'NAME', 'short']) {
    const hit = byName.get(String(p[k] ?? '').trim());
    if (hit) return hit;
  }
  return null;
}

const fmt = (n: number) => n.toFixed(1);

/**
 * `parseBoundary(text, regions)` → `{ ok: true, geo, warnings }` for a complete file of China's 34
 * provincial units, else `{ ok: false, error: { key: 'map.err.missing', params } }` and the like.
 */
export function parseBoundary(text: string, regions: readonly RegionInfo[]): BoundaryResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: { key: 'map.err.json' } };
  }
  const all = features(json);
  if (!all) return { ok: false, error: { key: 'map.err.format' } };

  const provinces = regions.filter((r) => r.level === 'province');
  const byCode = new Map(provinces.map((r) => [r.adcode, r]));
  const byName = new Map<string, string>();
  for (const r of provinces) for (const n of [r.name, r.short, r.en]) byName.set(n, r.adcode);

  const parts = new Map<string, Position[][][]>();
  const dash: Feature[] = [];
  const lines: Feature[] = [];
  for (const f of all) {
    const g = f.geometry;
    if (g?.type === 'LineString' || g?.type === 'MultiLineString') {
      const isDash = f.properties?.kind === 'nanhai_dash' || bbox([g])[1] < 10;
      (isDash ? dash : lines).push(f);
      continue;
    }
    const polys = polygons(g);
    if (!polys.length) continue;
    const code = adcodeOf(f.properties ?? {}, byName);
    if (!code || !byCode.has(code)) continue;
    parts.set(code, [...(parts.get(code) ?? []), ...polys]);
  }
  if (!parts.size) return { ok: false, error: { key: 'map.err.noPolygons' } };

  const missing = provinces.filter((r) => !parts.has(r.adcode));
  if (missing.length) {
    const names = missing.slice(0, 6).map((r) => r.short);
    return {
      ok: false,
      error: {
        key: 'map.err.missing',
        params: {
          count: missing.length,
          names: names.join('、') + (missing.length > 6 ? '…' : ''),
        },
      },
    };
  }

  const geoms = [...parts.values()].map((c): Geometry => ({
    type: 'MultiPolygon',
    coordinates: c,
  }));
  const [w, s, e, n] = bbox([...geoms, ...dash.map((f) => f.geometry)]);
  if (w < CHINA_EXTENT.w || s < CHINA_EXTENT.s || e > CHINA_EXTENT.e || n > CHINA_EXTENT.n) {
    const extent = `${fmt(w)}–${fmt(e)}°E, ${fmt(s)}–${fmt(n)}°N`;
    return { ok: false, error: { key: 'map.err.extent', params: { extent } } };
  }

  const out: Feature<Geometry, ProvinceProps>[] = provinces.map((r) => ({
    type: 'Feature',
    properties: { adcode: r.adcode, name: r.name, short: r.short, en: r.en },
    geometry: { type: 'MultiPolygon', coordinates: parts.get(r.adcode)!.map(rewindPolygon) },
  }));
  const km = gcjOffsetKm(out, byCode);
  const warnings: BoundaryIssue[] =
    km >= 0.25 && km <= 1.5 ? [{ key: 'map.warn.gcj', params: { km: km.toFixed(1) } }] : [];
  return {
    ok: true,
    geo: {
      provinces: { type: 'FeatureCollection', features: out },
      dash: { type: 'FeatureCollection', features: dash },
      lines: { type: 'FeatureCollection', features: lines },
    },
    warnings,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Typical offset (km) of the provinces' bbox centres against the bundled data. GCJ-02 moves
 * everything by about 0.3–0.7 km in one direction; independent simplification differences cancel
 * out in the median.
 */
export function gcjOffsetKm(
  out: readonly Feature<Geometry, ProvinceProps>[],
  byCode: ReadonlyMap<string, RegionInfo>,
): number {
  const dx: number[] = [];
  const dy: number[] = [];
  for (const f of out) {
    const ref = byCode.get(f.properties.adcode)?.bbox;
    if (!ref) continue;
    const b = bbox([f.geometry]);
    const lat = (ref[1] + ref[3]) / 2;
    dx.push(((b[0] + b[2] - (ref[0] + ref[2])) / 2) * 111.32 * Math.cos((lat * Math.PI) / 180));
    dy.push(((b[1] + b[3] - (ref[1] + ref[3])) / 2) * 110.57);
  }
  return Math.hypot(median(dx), median(dy));
}
