/**
 * The only module that touches maplibre. `createChinaMap(el, …)` builds the map from the bundled
 * boundaries with a local style; `update(view)` pushes state in through feature-state only, so a
 * selection costs one repaint, never a source rebuild.
 */
import {
  Map as MlMap,
  setWorkerUrl,
  type MapGeoJSONFeature,
  type GeoJSONSource,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { RegionInfo } from '../data/types';
import { NATIONAL_BOUNDS, labelPoints, type ChinaGeo } from './geo';
import { FONT_STACK, PALETTE, createStyle, fillColour } from './layers';

export interface MapView {
  counts: ReadonlyMap<string, number>;
  breaks: readonly number[];
  /** Provinces lit by the selected (or hovered) event. */
  highlighted: readonly string[];
  /** Provinces of the region filter. */
  filtered: readonly string[];
  lang: 'zh' | 'en';
}

export interface MapHandlers {
  onregion: (adcode: string) => void;
  onhover: (hover: { adcode: string; x: number; y: number } | null) => void;
  onidle: () => void;
}

export interface ChinaMap {
  update(view: MapView): void;
  fitTo(bounds: [[number, number], [number, number]] | null): void;
  /** Fit smoothly to the bounds only when they are not already in view. */
  ensureVisible(bounds: [[number, number], [number, number]]): void;
  featureState(adcode: string): Record<string, unknown>;
  /** Screen point of a coordinate, relative to the map's container (tests click provinces with it). */
  project(lngLat: [number, number]): { x: number; y: number };
  /** True once the style is loaded and nothing is moving or loading. */
  idle(): boolean;
  resize(): void;
  destroy(): void;
}

const FILL = 'province-fill';

export function createChinaMap(
  container: HTMLElement,
  geo: ChinaGeo,
  regions: readonly RegionInfo[],
  handlers: MapHandlers,
): ChinaMap {
  setWorkerUrl(new URL(workerUrl, document.baseURI).href);
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const map = new MlMap({
    container,
    style: createStyle(),
    bounds: NATIONAL_BOUNDS,
    fitBoundsOptions: { padding: { top: 16, bottom: 36, left: 16, right: 16 } },
    attributionControl: false,
    dragRotate: false,
    pitchWithRotate: false,
    touchPitch: false,
    renderWorldCopies: false,
    maxBounds: [
      [55, -5],
      [155, 62],
    ],
    localIdeographFontFamily: FONT_STACK,
    doubleClickZoom: false,
    cooperativeGestures: false,
  });
  map.touchZoomRotate.disableRotation();

  let ready = false;
  let pending: MapView | null = null;
  let applied: MapView | null = null;
  const known = new Set(geo.provinces.features.map((f) => f.properties.adcode));

  map.on('load', () => {
    map.addSource('provinces', { type: 'geojson', data: geo.provinces, promoteId: 'adcode' });
    map.addSource('dash', { type: 'geojson', data: geo.dash });
    map.addSource('lines', { type: 'geojson', data: geo.lines });
    map.addSource('labels', {
      type: 'geojson',
      data: labelPoints(regions, 'zh'),
      promoteId: 'adcode',
    });
    map.addLayer({
      id: FILL,
      type: 'fill',
      source: 'provinces',
      paint: {
        'fill-color': fillColour([1]),
        'fill-opacity': ['case', ['boolean', ['feature-state', 'dim'], false], 0.45, 1],
      },
    });
    map.addLayer({
      id: 'province-border',
      type: 'line',
      source: 'provinces',
      paint: { 'line-color': PALETTE.border, 'line-width': 1 },
    });
    map.addLayer({
      id: 'province-outline',
      type: 'line',
      source: 'provinces',
      paint: {
        'line-opacity': [
          'case',
          [
            'any',
            ['boolean', ['feature-state', 'selected'], false],
            ['boolean', ['feature-state', 'filtered'], false],
          ],
          1,
          0,
        ],
        'line-color': [
          'case',
          ['boolean', ['feature-state', 'selected'], false],
          PALETTE.accentDark,
          '#1f3b5c',
        ],
        'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 2.5, 2],
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
      id: 'labels',
      type: 'symbol',
      source: 'labels',
      layout: {
        'text-field': ['get', 'label'],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 6, 15],
        'text-allow-overlap': false,
        'text-padding': 1,
      },
      paint: {
        'text-color': PALETTE.label,
        'text-halo-color': PALETTE.halo,
        'text-halo-width': 1.5,
      },
    });
    ready = true;
    if (pending) apply(pending);
    map.once('idle', handlers.onidle);
  });

  // Every province gets every key on each update: 34 cheap calls, and no stale state survives.
  function apply(view: MapView) {
    const hl = new Set(view.highlighted);
    const fl = new Set(view.filtered);
    const anySelection = hl.size > 0;
    for (const adcode of known) {
      map.setFeatureState(
        { source: 'provinces', id: adcode },
        {
          count: view.counts.get(adcode) ?? 0,
          selected: hl.has(adcode),
          dim: anySelection && !hl.has(adcode),
          filtered: fl.has(adcode),
        },
      );
    }
    if (!applied || applied.breaks.join() !== view.breaks.join()) {
      map.setPaintProperty(FILL, 'fill-color', fillColour(view.breaks));
    }
    if (!applied || applied.lang !== view.lang) {
      (map.getSource('labels') as GeoJSONSource).setData(labelPoints(regions, view.lang));
    }
    applied = view;
  }

  const adcodeOf = (f: MapGeoJSONFeature | undefined) =>
    (f?.properties?.adcode as string | undefined) ?? null;
  map.on('click', FILL, (ev) => {
    const code = adcodeOf(ev.features?.[0]);
    if (code) handlers.onregion(code);
  });
  map.on('mousemove', FILL, (ev) => {
    const code = adcodeOf(ev.features?.[0]);
    map.getCanvas().style.cursor = code ? 'pointer' : '';
    handlers.onhover(code ? { adcode: code, x: ev.point.x, y: ev.point.y } : null);
  });
  map.on('mouseleave', FILL, () => {
    map.getCanvas().style.cursor = '';
    handlers.onhover(null);
  });

  return {
    update(view) {
      if (ready) apply(view);
      else pending = view;
    },
    fitTo(bounds) {
      map.fitBounds(bounds ?? NATIONAL_BOUNDS, {
        padding: 40,
        duration: reduceMotion ? 0 : 400,
        maxZoom: 6,
      });
    },
    ensureVisible(bounds) {
      const view = map.getBounds();
      const inside = view.contains(bounds[0]) && view.contains(bounds[1]);
      if (!inside) this.fitTo(bounds);
    },
    featureState(adcode) {
      return ready ? map.getFeatureState({ source: 'provinces', id: adcode }) : {};
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
    destroy() {
      map.remove();
    },
  };
}
