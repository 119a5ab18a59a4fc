/**
 * A d3-geo path for the SVG map that projects each point and draws it, without d3's sphere clipping.
 * The map's projections (Mercator fitted to China or to the 南海诸岛 inset) never reach the
 * antimeridian, so the clip changes nothing, but it cost most of a path's time: a CPU profile of
 * eight page loads (`bench/profile.ts load`) gave d3's clip bookkeeping (`Adder`, `polygonContains`,
 * `pointRing`, `ringEnd`) about 40 ms of the ~60 ms spent projecting the map on each load.
 * `planarPath(geoMercator().fitExtent(…))(feature)` → the same path data as `geoPath` with that
 * projection (tests/unit/map/planar-path.test.ts compares them on every bundled boundary).
 */
import { geoPath, geoTransform, type GeoPath, type GeoProjection, type GeoStream } from 'd3-geo';

export function planarPath(projection: GeoProjection, digits = 2): GeoPath {
  const project = geoTransform({
    point(this: { stream: GeoStream }, x: number, y: number) {
      const p = projection([x, y]);
      if (p) this.stream.point(p[0], p[1]);
    },
  });
  return geoPath(project).digits(digits);
}
