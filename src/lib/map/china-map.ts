/**
 * The only module that runs maplibre. `createChinaMap(el, …)` builds the map from the bundled
 * boundaries with a local style; `update(frame)` pushes state in through feature-state only (and
 * only what changed), so a selection costs one repaint, never a source rebuild. Its parts in
 * china-map/ are style data (types only from maplibre-gl): layers.ts (sources, shape layers and
 * their colour expressions), labels.ts (names), view.ts (start view, pan bounds, gestures, fits).
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
import { NATIONAL_BOUNDS, type Bounds, type CityProps } from './geo';
import { FONT_STACK } from './layers';
import type { ChinaMapData, MapHandlers, MapRenderer } from './renderer';
import type { MapFrame } from './states';
import {
  LABEL_PX,
  labelData,
  labelFilters,
  labelLayers,
  labelSizes,
  labelSources,
} from './china-map/labels';
import {
  CITY_FILL,
  FILL,
  HATCH,
  cityColour,
  createStyle,
  fillColour,
  hatchImage,
  inProvince,
  shapeLayers,
  shapeSources,
} from './china-map/layers';
import { VIEW_OPTIONS, fitOptions } from './china-map/view';

export function createChinaMap(
  container: HTMLElement,
  data: ChinaMapData,
  handlers: MapHandlers,
): MapRenderer {
  setWorkerUrl(new URL(workerUrl, document.baseURI).href);
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const map = new MlMap({
    ...VIEW_OPTIONS,
    container,
    style: createStyle(),
    attributionControl: false,
    localIdeographFontFamily: FONT_STACK,
  });
  map.touchZoomRotate.disableRotation();

  let ready = false;
  let pending: MapFrame | null = null;
  let applied: MapFrame | null = null;
  let appliedLabels = '';
  /** Last state pushed per source and id, so an update sends only what changed. */
  const sent = new Map<string, string>();

  map.on('load', () => {
    const sources = { ...shapeSources(data), ...labelSources(data.regions) };
    for (const [id, source] of Object.entries(sources)) map.addSource(id, source);
    // A thematic map's "no record" hatching, which a shape layer draws with.
    map.addImage(HATCH, hatchImage(), { pixelRatio: 1 });
    for (const layer of [...shapeLayers(), ...labelLayers()]) map.addLayer(layer);
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
      map.setFilter(CITY_FILL, inProvince(f.view));
      map.setFilter('city-border', inProvince(f.view));
      for (const [layer, filter] of Object.entries(labelFilters(f.view)))
        map.setFilter(layer, filter);
      map.setLayoutProperty('city-markers', 'visibility', f.view ? 'none' : 'visible');
    }
    if (f.title && f.title !== applied?.title) map.getCanvas().setAttribute('aria-label', f.title);
    if ((f.labelPx ?? LABEL_PX) !== (applied?.labelPx ?? LABEL_PX)) {
      const size = labelSizes(f.labelPx);
      map.setLayoutProperty('labels', 'text-size', size.provinces);
      map.setLayoutProperty('city-labels', 'text-size', size.city);
      for (const id of ['labels', 'city-labels'])
        map.setPaintProperty(id, 'text-halo-width', size.halo);
    }
    // The names follow the language and a theme's labels (first movers).
    const labelsKey = [...f.labels].join();
    if (!applied || applied.lang !== f.lang || labelsKey !== appliedLabels) {
      appliedLabels = labelsKey;
      for (const [id, points] of Object.entries(labelData(data.regions, f.lang, f.labels)))
        (map.getSource(id) as GeoJSONSource).setData(points);
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

  const fit = (b: Bounds, animate = true) => map.fitBounds(b, fitOptions(animate, reduceMotion));

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
