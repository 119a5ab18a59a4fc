import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Position } from 'geojson';
import { parseBoundary, rewindPolygon } from '../../../src/lib/map/boundary';
import type { RegionInfo } from '../../../src/lib/data/types';
import { readGeoFile } from '../../helpers';

const regions = readGeoFile<RegionInfo[]>('regions.json');
const topoText = readFileSync('data/geo/china.topo.json', 'utf8');
const topo = JSON.parse(topoText) as Topology;
const provinces = feature(topo, topo.objects.provinces!) as unknown as FeatureCollection;

/** The bundled provinces as a GeoJSON file with some properties and a coordinate transform. */
function createGeoJson(
  props: (p: Record<string, string>) => Record<string, unknown>,
  move: (p: Position) => Position = (p) => p,
  rfc7946 = false,
): string {
  const walk = (c: unknown): unknown =>
    typeof (c as number[])[0] === 'number' ? move(c as Position) : (c as unknown[]).map(walk);
  return JSON.stringify({
    type: 'FeatureCollection',
    features: provinces.features.map((f) => {
      const g = f.geometry as { type: string; coordinates: Position[][] | Position[][][] };
      let coordinates = walk(g.coordinates) as Position[][] | Position[][][];
      // RFC 7946 winding: exterior counter-clockwise (the reverse of the bundled d3 winding).
      if (rfc7946) {
        const rev = (poly: Position[][]) => poly.map((r) => [...r].reverse());
        coordinates =
          g.type === 'Polygon'
            ? rev(coordinates as Position[][])
            : (coordinates as Position[][][]).map(rev);
      }
      return {
        type: 'Feature',
        properties: props(f.properties as Record<string, string>),
        geometry: { type: g.type, coordinates },
      };
    }),
  });
}

describe('parseBoundary accepts', () => {
  it('the bundled TopoJSON itself, with its dash line', () => {
    const r = parseBoundary(topoText, regions);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.geo.provinces.features).toHaveLength(34);
    expect(r.geo.dash.features).toHaveLength(1);
    expect(r.warnings).toEqual([]);
  });

  it.each([
    ['adcode', (p: Record<string, string>) => ({ adcode: p.adcode })],
    ['numeric adcode', (p: Record<string, string>) => ({ adcode: Number(p.adcode) })],
    ['gb with 156', (p: Record<string, string>) => ({ gb: `156${p.adcode}` })],
    ['full name', (p: Record<string, string>) => ({ name: p.name })],
    ['short name', (p: Record<string, string>) => ({ name: p.short })],
  ])('GeoJSON keyed by %s', (_, props) => {
    const r = parseBoundary(createGeoJson(props), regions);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.geo.dash.features).toHaveLength(0);
  });

  it('rewinds RFC 7946 rings so d3-geo draws provinces, not the globe minus them', () => {
    const r = parseBoundary(
      createGeoJson((p) => ({ adcode: p.adcode }), undefined, true),
      regions,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    for (const f of r.geo.provinces.features) expect(geoArea(f)).toBeLessThan(0.1);
  });

  it('warns when the geometry looks GCJ-02-shifted (~0.5 km)', () => {
    const shifted = createGeoJson(
      (p) => ({ adcode: p.adcode }),
      ([x, y]) => [x! + 0.0045, y! + 0.0025],
    );
    const r = parseBoundary(shifted, regions);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings.map((w) => w.key)).toEqual(['map.warn.gcj']);
  });
});

describe('parseBoundary rejects', () => {
  it.each([
    ['not JSON', '{"type": ', 'map.err.json'],
    ['not geographic JSON', '{"hello": 1}', 'map.err.format'],
    [
      'no polygons',
      JSON.stringify({ type: 'FeatureCollection', features: [] }),
      'map.err.noPolygons',
    ],
    ['unknown codes only', createGeoJson(() => ({ adcode: '999999' })), 'map.err.noPolygons'],
  ])('%s', (_, text, key) => {
    const r = parseBoundary(text, regions);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.key).toBe(key);
  });

  it('a file missing provinces, naming how many and which', () => {
    const text = createGeoJson((p) => ({
      adcode: ['710000', '810000', '820000'].includes(p.adcode!) ? 'x' : p.adcode,
    }));
    const r = parseBoundary(text, regions);
    expect(r).toEqual({
      ok: false,
      error: { key: 'map.err.missing', params: { count: 3, names: '台湾、香港、澳门' } },
    });
  });

  it('a file outside 70–140°E, 0–56°N (e.g. projected metres or swapped axes)', () => {
    const swapped = createGeoJson(
      (p) => ({ adcode: p.adcode }),
      ([x, y]) => [y!, x!],
    );
    const r = parseBoundary(swapped, regions);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.key).toBe('map.err.extent');
      expect(r.error.params?.extent).toMatch(/°E.*°N/);
    }
  });
});

describe('rewindPolygon', () => {
  const cw: Position[] = [
    [0, 0],
    [0, 1],
    [1, 1],
    [1, 0],
    [0, 0],
  ];
  const ccw = [...cw].reverse();
  it.each([
    ['exterior ccw → cw', [ccw], [cw]],
    ['exterior cw stays', [cw], [cw]],
    ['hole cw → ccw', [cw, cw], [cw, ccw]],
  ])('%s', (_, rings, expected) => {
    expect(rewindPolygon(rings)).toEqual(expected);
  });
  it('does not mutate its input', () => {
    const rings = [ccw.map((p) => [...p])];
    const copy = JSON.stringify(rings);
    rewindPolygon(rings);
    expect(JSON.stringify(rings)).toBe(copy);
  });
});
