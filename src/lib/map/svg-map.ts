/**
 * The map without WebGL: the same layers drawn as SVG with d3-geo from the same TopoJSON, the same
 * feature-states (states.ts) as attributes, the same clicks, hover, drill-down, fitting, wheel zoom
 * and drag. It keeps the MapRenderer contract, so MapView, exports and tests treat it like the
 * maplibre map. Its parts in svg-map/: layers.ts (shapes), labels.ts (names), zoom.ts (d3-zoom:
 * wheel, drag, pinch, fits), snapshot.ts (the picture for the exports).
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import { NATIONAL_BOUNDS, boundsContain, fitTransform, type Bounds, type Transform } from './geo';
import { planarPath } from './planar-path';
import { FIT_PADDING, type ChinaMapData, type MapHandlers, type MapRenderer } from './renderer';
import type { MapFrame } from './states';
import { el } from './svg-map/el';
import { createSvgLabels } from './svg-map/labels';
import { createSvgLayers } from './svg-map/layers';
import { snapshot } from './svg-map/snapshot';
import { MAX_SCALE, createSvgZoom } from './svg-map/zoom';

const PAD = FIT_PADDING;

export function createSvgMap(
  container: HTMLElement,
  data: ChinaMapData,
  handlers: MapHandlers,
): MapRenderer {
  const svg = el('svg', { class: 'svg-map', role: 'presentation' }, container);
  svg.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;display:block';
  const layer = el('g', {}, svg);
  const layers = createSvgLayers(layer);
  const labels = createSvgLabels(layer);

  let frame: MapFrame | null = null;
  /** The labels drawn, as a key: a new frame rewrites the names only when they change. */
  let drawnLabels = '';
  let t: Transform = { k: 1, x: 0, y: 0 };
  let projection: GeoProjection = geoMercator();
  let size = { w: 0, h: 0 };

  const zoom = createSvgZoom(svg, layer, (next) => {
    t = next;
    labels.place(frame?.view ?? null, t, size, frame?.labelPx);
    layers.rescale(frame, t.k);
  });

  function build() {
    size = { w: container.clientWidth || 800, h: container.clientHeight || 600 };
    svg.setAttribute('viewBox', `0 0 ${size.w} ${size.h}`);
    zoom.resize(size.w, size.h);
    const [[w, s], [e, n]] = NATIONAL_BOUNDS;
    const frameBox: [[number, number], [number, number]] = [
      [PAD.left, PAD.top],
      [size.w - PAD.right, size.h - PAD.bottom],
    ];
    projection = geoMercator().fitExtent(frameBox, {
      type: 'MultiPoint',
      coordinates: [
        [w, s],
        [e, n],
      ],
    });
    // No adaptive resampling: at this scale it adds no points, only half the drawing time. No
    // sphere clipping either (planar-path.ts): China never reaches the antimeridian.
    projection.precision(0);
    const path = planarPath(projection);
    layers.build(data, path, projection);
    labels.build(data.regions, projection);
    drawnLabels = '';
    if (frame) draw(frame, null);
    zoom.to(t, false);
  }

  function draw(f: MapFrame, prev: MapFrame | null) {
    layers.draw(f, prev, t.k);
    const key = [...f.labels].join();
    if (!prev || prev.lang !== f.lang || key !== drawnLabels) {
      drawnLabels = key;
      labels.setLang(f.lang, f.labels);
    }
    labels.place(f.view, t, size, f.labelPx);
  }

  /** Projected pixel box of lon/lat bounds (Mercator: north is up). */
  function box(b: Bounds): Bounds {
    const [x0, y1] = projection([b[0][0], b[0][1]]) ?? [0, 0];
    const [x1, y0] = projection([b[1][0], b[1][1]]) ?? [0, 0];
    return [
      [x0, y0],
      [x1, y1],
    ];
  }

  const regionOf = (ev: Event) => (ev.target as Element).closest<SVGPathElement>('[data-adcode]');
  const listeners = {
    click(ev: MouseEvent) {
      const p = regionOf(ev);
      if (p) handlers.onregion(p.dataset.adcode!);
    },
    dblclick(ev: MouseEvent) {
      const p = regionOf(ev);
      const province = p?.dataset.province ?? p?.dataset.adcode;
      if (province && province !== frame?.view) handlers.ondrill(province);
    },
    mousemove(ev: MouseEvent) {
      const p = regionOf(ev);
      const r = container.getBoundingClientRect();
      svg.style.cursor = p ? 'pointer' : '';
      const at = p && { adcode: p.dataset.adcode!, x: ev.clientX - r.left, y: ev.clientY - r.top };
      handlers.onhover(at || null);
    },
    mouseleave: () => handlers.onhover(null),
  };
  for (const [type, fn] of Object.entries(listeners))
    svg.addEventListener(type, fn as EventListener);

  build();
  const idleTimer = setTimeout(handlers.onidle, 0);

  return {
    kind: 'svg',
    update(f) {
      const prev = frame;
      frame = f;
      draw(f, prev);
    },
    setGeo(geo) {
      data = { ...data, geo };
      build();
    },
    fitTo(b, animate = true) {
      if (!b) return zoom.to({ k: 1, x: 0, y: 0 }, animate);
      const next = fitTransform(box(b), size.w, size.h, 48);
      zoom.to({ ...next, k: Math.min(next.k, MAX_SCALE) }, animate);
    },
    ensureVisible(b) {
      const [[x0, y0], [x1, y1]] = box(b);
      const inv = (x: number, y: number): [number, number] => [(x - t.x) / t.k, (y - t.y) / t.k];
      const seen: Bounds = [inv(0, 0), inv(size.w, size.h)];
      const target: Bounds = [
        [x0, y0],
        [x1, y1],
      ];
      if (boundsContain(seen, target)) return;
      const u: Bounds = [
        [Math.min(x0, seen[0][0]), Math.min(y0, seen[0][1])],
        [Math.max(x1, seen[1][0]), Math.max(y1, seen[1][1])],
      ];
      zoom.to(fitTransform(u, size.w, size.h, 40), true);
    },
    featureState(adcode) {
      const s =
        frame?.provinces.get(adcode) ?? frame?.cities.get(adcode) ?? frame?.groups.get(adcode);
      return s ? { ...s } : {};
    },
    project(lngLat) {
      const [x, y] = projection(lngLat) ?? [0, 0];
      return { x: x * t.k + t.x, y: y * t.k + t.y };
    },
    idle() {
      return frame !== null && !zoom.moving();
    },
    resize() {
      if (container.clientWidth === size.w && container.clientHeight === size.h) return;
      // A first report still due stays due: the rebuild is synchronous, so it still comes after
      // the drawing (cancelling it left a view opened beside the map with no idle mark at all).
      build();
    },
    snapshot: () => snapshot(svg, size),
    destroy() {
      clearTimeout(idleTimer);
      zoom.destroy();
      for (const [type, fn] of Object.entries(listeners))
        svg.removeEventListener(type, fn as EventListener);
      svg.remove();
    },
  };
}
