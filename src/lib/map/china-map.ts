/**
 * The only module that touches maplibre. `createChinaMap(el, …)` builds the map from the bundled
 * boundaries with a local style; `update(frame)` pushes state in through feature-state only (and
 * only what changed), so a selection costs one repaint, never a source rebuild.
 */
import {
  LngLatBounds,
  Map as MlMap,
  setWorkerUrl,
  type GeoJSONSource,
  type MapMouseEvent,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { NATIONAL_BOUNDS, labelPoints, relabel, type Bounds, type CityProps } from './geo';
import {
  CITY_THEME_COLOUR,
  CITY_THEME_OPACITY,
  DIM_OPACITY,
  HATCH_OPACITY,
  FONT_STACK,
  OUTLINE_COLOUR,
  OUTLINE_OPACITY,
  OUTLINE_WIDTH,
  PALETTE,
  cityColour,
  createStyle,
  fillColour,
  hatchImage,
} from './layers';
import { FIT_PADDING, type ChinaMapData, type MapHandlers, type MapRenderer } from './renderer';
import type { MapFrame } from './states';

const FILL = 'province-fill';
const CITY_FILL = 'city-fill';

export function createChinaMap(
  container: HTMLElement,
  data: ChinaMapData,
  handlers: MapHandlers,
): MapRenderer {
  setWorkerUrl(new URL(workerUrl, document.baseURI).href);
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const map = new MlMap({
    container,
    style: createStyle(),
    bounds: NATIONAL_BOUNDS,
    fitBoundsOptions: { padding: FIT_PADDING },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    renderWorldCopies: false,
    // Loose enough that a short, wide map can still fit the whole country (a tight box pushes the
    // fitted view down and hides 海南 under the attribution line).
    maxBounds: [
      [30, -25],
      [180, 75],
    ],
    localIdeographFontFamily: FONT_STACK,
    doubleClickZoom: false,
    cooperativeGestures: false,
  });
  map.touchZoomRotate.disableRotation();

  let ready = false;
  let pending: MapFrame | null = null;
  let applied: MapFrame | null = null;
  let appliedLabels = '';
  /** Last state pushed per source and id, so an update sends only what changed. */
  const sent = new Map<string, string>();

  map.on('load', () => {
    map.addSource('provinces', { type: 'geojson', data: data.geo.provinces, promoteId: 'adcode' });
    map.addSource('cities', { type: 'geojson', data: data.cities, promoteId: 'adcode' });
    map.addSource('groups', { type: 'geojson', data: data.groups, promoteId: 'id' });
    map.addSource('dash', { type: 'geojson', data: data.geo.dash });
    map.addSource('lines', { type: 'geojson', data: data.geo.lines });
    map.addSource('labels', { type: 'geojson', data: labelPoints(data.regions, 'zh') });
    map.addSource('city-points', {
      type: 'geojson',
      data: labelPoints(data.regions, 'zh', 'city'),
      promoteId: 'adcode',
    });
    const inView: ['==', ['get', string], string] = ['==', ['get', 'province'], ''];
    map.addLayer({
      id: FILL,
      type: 'fill',
      source: 'provinces',
      paint: { 'fill-color': fillColour([1]), 'fill-opacity': DIM_OPACITY },
    });
    // A thematic map's "no record": hatching over the plain land.
    map.addImage('hatch', hatchImage(), { pixelRatio: 1 });
    map.addLayer({
      id: 'province-hatch',
      type: 'fill',
      source: 'provinces',
      paint: { 'fill-pattern': 'hatch', 'fill-opacity': HATCH_OPACITY },
    });
    map.addLayer({
      id: 'province-border',
      type: 'line',
      source: 'provinces',
      paint: { 'line-color': PALETTE.border, 'line-width': 1 },
    });
    // A thematic map's cities (city families), over their provinces in the national view.
    map.addLayer({
      id: 'city-theme',
      type: 'fill',
      source: 'cities',
      paint: { 'fill-color': CITY_THEME_COLOUR, 'fill-opacity': CITY_THEME_OPACITY },
    });
    map.addLayer({
      id: CITY_FILL,
      type: 'fill',
      source: 'cities',
      filter: inView,
      paint: { 'fill-color': cityColour([1]), 'fill-opacity': DIM_OPACITY },
    });
    // A city named by the event, drawn inside its (lightly lit) province in the national view.
    map.addLayer({
      id: 'city-named',
      type: 'fill',
      source: 'cities',
      paint: {
        'fill-color': PALETTE.accent,
        // Not on a thematic map, where the city's own colour stays and the outline marks it.
        'fill-opacity': [
          'case',
          [
            'all',
            ['boolean', ['feature-state', 'named'], false],
            ['!', ['boolean', ['feature-state', 'themed'], false]],
          ],
          1,
          0,
        ],
      },
    });
    map.addLayer({
      id: 'city-border',
      type: 'line',
      source: 'cities',
      filter: inView,
      paint: { 'line-color': PALETTE.cityBorder, 'line-width': 0.8 },
    });
    map.addLayer({
      id: 'province-outline',
      type: 'line',
      source: 'provinces',
      paint: {
        'line-opacity': OUTLINE_OPACITY,
        'line-color': OUTLINE_COLOUR,
        'line-width': OUTLINE_WIDTH,
      },
    });
    map.addLayer({
      id: 'city-outline',
      type: 'line',
      source: 'cities',
      paint: {
        'line-opacity': [
          'case',
          [
            'any',
            ['boolean', ['feature-state', 'named'], false],
            ['boolean', ['feature-state', 'filtered'], false],
            ['boolean', ['feature-state', 'first'], false],
          ],
          1,
          0,
        ],
        'line-color': OUTLINE_COLOUR,
        'line-width': ['case', ['boolean', ['feature-state', 'first'], false], 2.5, 1.8],
      },
    });
    map.addLayer({
      id: 'group-outline',
      type: 'line',
      source: 'groups',
      layout: { 'line-join': 'round' },
      paint: {
        'line-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 1, 0],
        'line-color': PALETTE.accentDark,
        'line-width': 3.5,
        'line-dasharray': [2, 1],
      },
    });
    map.addLayer({
      id: 'lines',
      type: 'line',
      source: 'lines',
      paint: { 'line-color': PALETTE.outline, 'line-width': 0.8 },
    });
    map.addLayer({
      id: 'dash',
      type: 'line',
      source: 'dash',
      paint: { 'line-color': PALETTE.dash, 'line-width': 1.6 },
    });
    map.addLayer({
      id: 'city-markers',
      type: 'circle',
      source: 'city-points',
      paint: {
        'circle-radius': ['case', ['boolean', ['feature-state', 'seat'], false], 5, 0],
        'circle-color': PALETTE.accent,
        'circle-stroke-color': PALETTE.markerRing,
        'circle-stroke-width': ['case', ['boolean', ['feature-state', 'seat'], false], 1.5, 0],
      },
    });
    const text = {
      'text-color': PALETTE.label,
      'text-halo-color': PALETTE.halo,
      'text-halo-width': 1.5,
    };
    map.addLayer({
      id: 'city-labels',
      type: 'symbol',
      source: 'city-points',
      filter: ['==', ['get', 'parent'], ''],
      layout: {
        'text-field': ['get', 'label'],
        'text-size': 14,
        'text-padding': 1,
        'symbol-sort-key': ['-', 1, ['coalesce', ['get', 'strong'], 0]],
      },
      paint: text,
    });
    map.addLayer({
      id: 'labels',
      type: 'symbol',
      source: 'labels',
      layout: {
        'text-field': ['get', 'label'],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 13, 6, 17],
        'text-allow-overlap': false,
        'text-padding': 1,
        // A thematic map's first movers are placed before the other names.
        'symbol-sort-key': ['-', 1, ['coalesce', ['get', 'strong'], 0]],
      },
      paint: text,
    });
    ready = true;
    if (pending) apply(pending);
    map.once('idle', handlers.onidle);
  });

  function push(source: string, states: ReadonlyMap<string, object>) {
    for (const [id, s] of states) {
      const key = `${source}:${id}`;
      const json = JSON.stringify(s);
      if (sent.get(key) === json) continue;
      sent.set(key, json);
      map.setFeatureState({ source, id }, s as Record<string, unknown>);
    }
  }

  function apply(f: MapFrame) {
    push('provinces', f.provinces);
    push('cities', f.cities);
    push('city-points', f.cities);
    push('groups', f.groups);
    if (!applied || applied.breaks.join() !== f.breaks.join()) {
      map.setPaintProperty(FILL, 'fill-color', fillColour(f.view ? [1] : f.breaks));
      map.setPaintProperty(CITY_FILL, 'fill-color', cityColour(f.breaks));
    }
    if (!applied || applied.view !== f.view) {
      const v = f.view ?? '';
      map.setFilter(CITY_FILL, ['==', ['get', 'province'], v]);
      map.setFilter('city-border', ['==', ['get', 'province'], v]);
      map.setFilter('city-labels', [
        'any',
        ['==', ['get', 'parent'], v],
        ['==', ['coalesce', ['get', 'strong'], 0], 1],
      ]);
      map.setFilter('labels', ['!=', ['get', 'adcode'], v]);
      map.setLayoutProperty('city-markers', 'visibility', f.view ? 'none' : 'visible');
    }
    if (f.title && f.title !== applied?.title) map.getCanvas().setAttribute('aria-label', f.title);
    const labelsKey = [...f.labels].join();
    if (!applied || applied.lang !== f.lang || labelsKey !== appliedLabels) {
      appliedLabels = labelsKey;
      (map.getSource('labels') as GeoJSONSource).setData(
        relabel(labelPoints(data.regions, f.lang), f.labels),
      );
      (map.getSource('city-points') as GeoJSONSource).setData(
        relabel(labelPoints(data.regions, f.lang, 'city'), f.labels),
      );
    }
    applied = f;
  }

  /** The region under a point: a drilled-in city first, else a province. */
  function regionAt(ev: MapMouseEvent): { code: string; province: string } | null {
    const layers = applied?.view ? [CITY_FILL, FILL] : [FILL];
    const f = map.queryRenderedFeatures(ev.point, { layers })[0];
    const p = f?.properties as Partial<CityProps> | undefined;
    if (!p?.adcode) return null;
    return { code: p.adcode, province: p.province ?? p.adcode };
  }

  map.on('click', (ev) => {
    const r = regionAt(ev);
    if (r) handlers.onregion(r.code);
  });
  map.on('dblclick', (ev) => {
    const r = regionAt(ev);
    if (r && r.province !== applied?.view) handlers.ondrill(r.province);
  });
  map.on('mousemove', (ev) => {
    const r = regionAt(ev);
    map.getCanvas().style.cursor = r ? 'pointer' : '';
    handlers.onhover(r ? { adcode: r.code, x: ev.point.x, y: ev.point.y } : null);
  });
  map.on('mouseout', () => {
    map.getCanvas().style.cursor = '';
    handlers.onhover(null);
  });

  const fit = (b: Bounds, animate = true) =>
    map.fitBounds(b, {
      padding: FIT_PADDING,
      duration: reduceMotion || !animate ? 0 : 400,
      maxZoom: 7,
    });

  return {
    kind: 'webgl',
    update(frame) {
      if (ready) apply(frame);
      else pending = frame;
    },
    setGeo(geo) {
      data = { ...data, geo };
      if (!ready) return;
      (map.getSource('provinces') as GeoJSONSource).setData(geo.provinces);
      (map.getSource('dash') as GeoJSONSource).setData(geo.dash);
      (map.getSource('lines') as GeoJSONSource).setData(geo.lines);
      sent.clear();
      if (applied) apply({ ...applied });
    },
    fitTo(bounds, animate) {
      fit(bounds ?? NATIONAL_BOUNDS, animate);
    },
    ensureVisible(bounds) {
      const view = map.getBounds();
      if (view.contains(bounds[0]) && view.contains(bounds[1])) return;
      const u = new LngLatBounds(view.getSouthWest(), view.getNorthEast()).extend(bounds);
      fit(u.toArray() as Bounds);
    },
    featureState(adcode) {
      if (!ready) return {};
      const source = applied?.provinces.has(adcode)
        ? 'provinces'
        : applied?.groups.has(adcode)
          ? 'groups'
          : 'cities';
      return map.getFeatureState({ source, id: adcode });
    },
    project(lngLat) {
      const p = map.project(lngLat);
      return { x: p.x, y: p.y };
    },
    idle() {
      return ready && map.loaded() && !map.isMoving();
    },
    resize() {
      map.resize();
    },
    snapshot() {
      return new Promise((resolve) => {
        map.once('render', () => {
          const src = map.getCanvas();
          const out = document.createElement('canvas');
          out.width = src.width;
          out.height = src.height;
          out.getContext('2d')?.drawImage(src, 0, 0);
          resolve(out);
        });
        map.triggerRepaint();
      });
    },
    destroy() {
      map.remove();
    },
  };
}
