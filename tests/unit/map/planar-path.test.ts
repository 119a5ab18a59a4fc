import { describe, expect, it } from 'vitest';
import { geoMercator, geoPath } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import type { Feature } from 'geojson';
import {
  chinaFromTopology,
  citiesFromTopology,
  INSET_BOUNDS,
  NATIONAL_BOUNDS,
} from '../../../src/lib/map/geo';
import { planarPath } from '../../../src/lib/map/planar-path';
import { readGeoFile } from '../../helpers';

const china = chinaFromTopology(readGeoFile<Topology>('china.topo.json'));
const cities = citiesFromTopology(readGeoFile<Topology>('cities.topo.json'));
const features: Feature[] = [
  ...china.provinces.features,
  ...china.lines.features,
  ...china.dash.features,
  ...cities.features,
];

const fitted = (bounds: typeof NATIONAL_BOUNDS, w: number, h: number) =>
  geoMercator()
    .fitExtent(
      [
        [10, 20],
        [w, h],
      ],
      { type: 'MultiPoint', coordinates: bounds },
    )
    .precision(0);

describe('planarPath', () => {
  it.each([
    ['the national map at 1920×1080', fitted(NATIONAL_BOUNDS, 1100, 900)],
    ['the national map at 1280×720', fitted(NATIONAL_BOUNDS, 700, 560)],
    ['the 南海诸岛 inset', fitted(INSET_BOUNDS, 126, 154)],
  ])('draws every bundled boundary as d3-geo does: %s', (_, projection) => {
    const sphere = geoPath(projection).digits(2);
    const planar = planarPath(projection);
    expect(features.length).toBeGreaterThan(400);
    for (const f of features) expect(planar(f), f.properties?.adcode).toBe(sphere(f));
  });

  it('draws a square as a closed ring, at the digits asked for', () => {
    const square: Feature = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [100, 30],
            [100, 31],
            [101, 31],
            [101, 30],
            [100, 30],
          ],
        ],
      },
    };
    // x = 1000·λ (radians): 100° → 1745.3, 101° → 1762.8; y = −1000·ln tan(45° + φ/2): 30° → −549.3,
    // 31° → −569.6.
    const p = geoMercator().scale(1000).translate([0, 0]).precision(0);
    expect(planarPath(p, 1)(square)).toBe(
      'M1745.3,-549.3L1745.3,-569.6L1762.8,-569.6L1762.8,-549.3Z',
    );
  });
});
