/**
 * The maplibre map's region names: the label-point sources (provinces; prefectures, which also
 * carry the city-seat markers) and their symbol layers, drawn with the page's local CJK fonts
 * (no glyph server). Pure; types only from maplibre-gl.
 */
import type { FilterSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { RegionInfo } from '../../data/types';
import { labelPoints } from '../geo';
import { PALETTE } from '../layers';

/** The label points in a language, per source: `labelData(regions, 'en').labels` → Sichuan, …. */
export function labelData(regions: readonly RegionInfo[], lang: 'zh' | 'en') {
  return {
    labels: labelPoints(regions, lang),
    'city-points': labelPoints(regions, lang, 'city'),
  };
}

export function labelSources(regions: readonly RegionInfo[]): Record<string, SourceSpecification> {
  const d = labelData(regions, 'zh');
  return {
    labels: { type: 'geojson', data: d.labels },
    'city-points': { type: 'geojson', data: d['city-points'], promoteId: 'adcode' },
  };
}

/** Drilled into `view`: its cities' names, and every province's but its own. */
export function labelFilters(view: string | null): Record<string, FilterSpecification> {
  return {
    'city-labels': ['==', ['get', 'parent'], view ?? ''],
    labels: ['!=', ['get', 'adcode'], view ?? ''],
  };
}

const text = {
  'text-color': PALETTE.label,
  'text-halo-color': PALETTE.halo,
  'text-halo-width': 1.5,
};

export function labelLayers(): LayerSpecification[] {
  return [
    {
      id: 'city-labels',
      type: 'symbol',
      source: 'city-points',
      filter: labelFilters(null)['city-labels'],
      layout: { 'text-field': ['get', 'label'], 'text-size': 14, 'text-padding': 1 },
      paint: text,
    },
    {
      id: 'labels',
      type: 'symbol',
      source: 'labels',
      layout: {
        'text-field': ['get', 'label'],
        'text-size': ['interpolate', ['linear'], ['zoom'], 3, 13, 6, 17],
        'text-allow-overlap': false,
        'text-padding': 1,
      },
      paint: text,
    },
  ];
}
