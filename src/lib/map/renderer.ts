/**
 * The contract both map renderers keep (maplibre in china-map.ts, the SVG fallback in svg-map.ts),
 * and what MapView, the snapshot export and the browser tests (`window.__atlasMap`) rely on.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { RegionInfo } from '../data/types';
import type { Bounds, ChinaGeo, CityProps } from './geo';
import type { MapFrame } from './states';

/** Everything a renderer draws from: boundaries, prefectures, merged group outlines, label points. */
export interface ChinaMapData {
  geo: ChinaGeo;
  cities: FeatureCollection<Geometry, CityProps>;
  groups: FeatureCollection;
  regions: readonly RegionInfo[];
}

export interface MapHandlers {
  /** Click on a province or (drilled in) a city. */
  onregion: (adcode: string) => void;
  /** Double-click on a province: show its cities. */
  ondrill: (province: string) => void;
  onhover: (hover: { adcode: string; x: number; y: number } | null) => void;
  onidle: () => void;
}

export interface MapRenderer {
  kind: 'webgl' | 'svg';
  update(frame: MapFrame): void;
  /** Replace the boundaries (a user's approved file); the rest of the state stays. */
  setGeo(geo: ChinaGeo): void;
  /** Fit (smoothly unless `animate` is false) to bounds, or to the national view with null. */
  fitTo(bounds: Bounds | null, animate?: boolean): void;
  /** Fit smoothly so the bounds are in view too, only when they are not already. */
  ensureVisible(bounds: Bounds): void;
  /** The state drawn for a province, city (adcode) or group (id). */
  featureState(id: string): Record<string, unknown>;
  /** Screen point of a coordinate, relative to the map's `.canvas` element. */
  project(lngLat: [number, number]): { x: number; y: number };
  /** True once drawn and nothing is moving or loading. */
  idle(): boolean;
  resize(): void;
  /** Render one frame and return it as a canvas. */
  snapshot(): Promise<HTMLCanvasElement | null>;
  destroy(): void;
}

/**
 * Room kept free around the fitted map for the overlays: the region picker row at the top, the
 * attribution line at the bottom. The legend and the 南海诸岛 inset sit in corners that are sea.
 */
export const FIT_PADDING = { top: 56, bottom: 28, left: 20, right: 20 };

/** Expose the renderer to the browser tests (tests/e2e/fixtures.ts). */
export function exposeForTests(r: MapRenderer | null): void {
  (window as unknown as { __atlasMap?: MapRenderer | null }).__atlasMap = r;
}
