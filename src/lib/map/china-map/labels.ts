/**
 * The maplibre map's region names: the label-point sources (provinces; prefectures, which also
 * carry the city-seat markers) and their symbol layers, drawn with the page's local CJK fonts
 * (no glyph server). A thematic map's labels (its first movers) replace names and are placed first.
 * Pure; types only from maplibre-gl.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
} from 'maplibre-gl';
import type { RegionInfo } from '../../data/types';
import { labelPoints, relabel } from '../geo';
import { PALETTE } from '../layers';

/**
 * The label points in a language, per source, with a theme's labels in place of names (marked
 * `strong`): `labelData(regions, 'en').labels` → Sichuan, …;
 * `labelData(regions, 'zh', new Map([['510000', '四川 2016']])).labels` → 四川 2016 (strong), ….
 */
export function labelData(
  regions: readonly RegionInfo[],
  lang: 'zh' | 'en',
  labels: ReadonlyMap<string, string> = new Map(),
) {
  return {
    labels: relabel(labelPoints(regions, lang), labels),
    'city-points': relabel(labelPoints(regions, lang, 'city'), labels),
  };
}

export function labelSources(regions: readonly RegionInfo[]): Record<string, SourceSpecification> {
  const d = labelData(regions, 'zh');
  return {
    labels: { type: 'geojson', data: d.labels },
    'city-points': { type: 'geojson', data: d['city-points'], promoteId: 'adcode' },
  };
}

/**
 * Drilled into `view`: its cities' names, and every province's but its own; a theme's city labels
 * (`strong`) in the national view too.
 */
export function labelFilters(view: string | null): Record<string, FilterSpecification> {
  return {
    'city-labels': [
      'any',
      ['==', ['get', 'parent'], view ?? ''],
      ['==', ['coalesce', ['get', 'strong'], 0], 1],
    ],
    labels: ['!=', ['get', 'adcode'], view ?? ''],
  };
}

/** The base label size in px (13 at the national zoom); presenting passes a larger one. */
export const LABEL_PX = 13;

/**
 * Label sizes and halo for a label size `px` (scaled from the 13 px base):
 * `labelSizes(26).city` → 28, `labelSizes(26).halo` → 3.
 */
export function labelSizes(px = LABEL_PX) {
  const k = px / LABEL_PX;
  return {
    provinces: [
      'interpolate',
      ['linear'],
      ['zoom'],
      3,
      13 * k,
      6,
      17 * k,
    ] as ExpressionSpecification,
    city: 14 * k,
    halo: 1.5 * k,
  };
}

/** A theme's labels (`strong`) are placed before the other names. */
const STRONG_FIRST: ExpressionSpecification = ['-', 1, ['coalesce', ['get', 'strong'], 0]];

const text = {
  'text-color': PALETTE.label,
  'text-halo-color': PALETTE.halo,
  'text-halo-width': labelSizes().halo,
};

export function labelLayers(): LayerSpecification[] {
  return [
    {
      id: 'city-labels',
      type: 'symbol',
      source: 'city-points',
      filter: labelFilters(null)['city-labels'],
      layout: {
        'text-field': ['get', 'label'],
        'text-size': labelSizes().city,
        'text-padding': 1,
        'symbol-sort-key': STRONG_FIRST,
      },
      paint: text,
    },
    {
      id: 'labels',
      type: 'symbol',
      source: 'labels',
      layout: {
        'text-field': ['get', 'label'],
        'text-size': labelSizes().provinces,
        'text-allow-overlap': false,
        'text-padding': 1,
        'symbol-sort-key': STRONG_FIRST,
      },
      paint: text,
    },
  ];
}
