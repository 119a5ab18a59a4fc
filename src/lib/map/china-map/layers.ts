/**
 * The maplibre map's shapes as style data (types only from maplibre-gl: china-map.ts is the one
 * module that runs it): the local style, the boundary sources, and the layers in drawing order —
 * fills (a thematic map's colours and hatching among them), borders, selection and first-mover
 * outlines, group outlines, boundary lines, the 南海 dash line, city-seat markers. Feature-states
 * (states.ts) drive them through the expressions below. Pure.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { PALETTE } from '../layers';
import type { ChinaMapData } from '../renderer';

export const FILL = 'province-fill';
export const CITY_FILL = 'city-fill';

const state = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

function ramp(breaks: readonly number[]): ExpressionSpecification {
  const steps: (number | string)[] = [];
  breaks.forEach((b, i) => steps.push(b, PALETTE.ramp[Math.min(i, PALETTE.ramp.length - 1)]!));
  return [
    'step',
    ['coalesce', ['feature-state', 'count'], 0],
    PALETTE.land,
    ...steps,
  ] as ExpressionSpecification;
}

/** A thematic map's colour (feature-state `fill`), plain land when it has none. */
const THEME_FILL: ExpressionSpecification = [
  'to-color',
  ['coalesce', ['feature-state', 'fill'], ''],
  PALETTE.land,
];

/**
 * Province fill-color: open → muted → a theme's colour → partial → selected → reached → the count
 * class (see states.ts).
 */
export function fillColour(breaks: readonly number[]): ExpressionSpecification {
  return [
    'case',
    state('open'),
    PALETTE.open,
    state('muted'),
    PALETTE.muted,
    state('themed'),
    THEME_FILL,
    state('partial'),
    PALETTE.partial,
    state('selected'),
    PALETTE.accent,
    state('reached'),
    PALETTE.reached,
    ramp(breaks),
  ];
}

/** City fill-color in the drilled view: a theme's colour, else selected → accent, else the count class. */
export function cityColour(breaks: readonly number[]): ExpressionSpecification {
  return ['case', state('themed'), THEME_FILL, state('selected'), PALETTE.accent, ramp(breaks)];
}

/** The image id of the hatching ("no record"), added to the map before the layers. */
export const HATCH = 'hatch';

/**
 * The hatching pattern ("no record"): diagonal lines on a transparent tile, as RGBA pixels for
 * maplibre's addImage (the SVG map draws the same as a <pattern>).
 * `hatchImage(12).data.length` → 12 × 12 × 4.
 */
export function hatchImage(size = 12): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(PALETTE.hatch.slice(i, i + 2), 16));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Two pixels wide, wrapping, so tiles join into continuous lines.
      const d = (x + y) % size;
      if (d > 1) continue;
      const i = (y * size + x) * 4;
      data.set([r!, g!, b!, 255], i);
    }
  }
  return { width: size, height: size, data };
}

const DIM_OPACITY: ExpressionSpecification = ['case', state('dim'), 0.45, 1];
const OUTLINE_COLOUR: ExpressionSpecification = [
  'case',
  state('selected'),
  PALETTE.accentDark,
  state('first'),
  PALETTE.first,
  PALETTE.filter,
];
const seat = state('seat');

export function createStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': PALETTE.background } },
    ],
  };
}

/** The shapes' sources; features are keyed by adcode (groups by id) for feature-state. */
export function shapeSources(data: ChinaMapData): Record<string, SourceSpecification> {
  return {
    provinces: { type: 'geojson', data: data.geo.provinces, promoteId: 'adcode' },
    cities: { type: 'geojson', data: data.cities, promoteId: 'adcode' },
    groups: { type: 'geojson', data: data.groups, promoteId: 'id' },
    dash: { type: 'geojson', data: data.geo.dash },
    lines: { type: 'geojson', data: data.geo.lines },
  };
}

/** Only the cities of the drilled-in province (none in the national view, `view` null). */
export const inProvince = (view: string | null): FilterSpecification => [
  '==',
  ['get', 'province'],
  view ?? '',
];

/** The shape layers, bottom to top (the labels go above: labels.ts). */
export function shapeLayers(): LayerSpecification[] {
  return [
    {
      id: FILL,
      type: 'fill',
      source: 'provinces',
      paint: { 'fill-color': fillColour([1]), 'fill-opacity': DIM_OPACITY },
    },
    // A thematic map's "no record": hatching over the plain land.
    {
      id: 'province-hatch',
      type: 'fill',
      source: 'provinces',
      paint: { 'fill-pattern': HATCH, 'fill-opacity': ['case', state('hatch'), 1, 0] },
    },
    {
      id: 'province-border',
      type: 'line',
      source: 'provinces',
      paint: { 'line-color': PALETTE.border, 'line-width': 1 },
    },
    // A thematic map's cities (city families), over their provinces in the national view.
    {
      id: 'city-theme',
      type: 'fill',
      source: 'cities',
      paint: {
        'fill-color': THEME_FILL,
        'fill-opacity': ['case', ['!=', ['coalesce', ['feature-state', 'fill'], ''], ''], 1, 0],
      },
    },
    {
      id: CITY_FILL,
      type: 'fill',
      source: 'cities',
      filter: inProvince(null),
      paint: { 'fill-color': cityColour([1]), 'fill-opacity': DIM_OPACITY },
    },
    // A city named by the event, drawn inside its (lightly lit) province in the national view.
    {
      id: 'city-named',
      type: 'fill',
      source: 'cities',
      paint: {
        'fill-color': PALETTE.accent,
        // Not on a thematic map, where the city's own colour stays and the outline marks it.
        'fill-opacity': ['case', ['all', state('named'), ['!', state('themed')]], 1, 0],
      },
    },
    {
      id: 'city-border',
      type: 'line',
      source: 'cities',
      filter: inProvince(null),
      paint: { 'line-color': PALETTE.cityBorder, 'line-width': 0.8 },
    },
    // Selected (dark red), first-mover (near black) or filtered (dark blue) regions are outlined;
    // the others are not.
    {
      id: 'province-outline',
      type: 'line',
      source: 'provinces',
      paint: {
        'line-opacity': [
          'case',
          ['any', state('selected'), state('filtered'), state('first')],
          1,
          0,
        ],
        'line-color': OUTLINE_COLOUR,
        'line-width': ['case', state('selected'), 2.5, state('first'), 3, 2],
      },
    },
    {
      id: 'city-outline',
      type: 'line',
      source: 'cities',
      paint: {
        'line-opacity': ['case', ['any', state('named'), state('filtered'), state('first')], 1, 0],
        'line-color': OUTLINE_COLOUR,
        'line-width': ['case', state('first'), 2.5, 1.8],
      },
    },
    {
      id: 'group-outline',
      type: 'line',
      source: 'groups',
      layout: { 'line-join': 'round' },
      paint: {
        'line-opacity': ['case', state('selected'), 1, 0],
        'line-color': PALETTE.accentDark,
        'line-width': 3.5,
        'line-dasharray': [2, 1],
      },
    },
    {
      id: 'lines',
      type: 'line',
      source: 'lines',
      paint: { 'line-color': PALETTE.outline, 'line-width': 0.8 },
    },
    {
      id: 'dash',
      type: 'line',
      source: 'dash',
      paint: { 'line-color': PALETTE.dash, 'line-width': 1.6 },
    },
    {
      id: 'city-markers',
      type: 'circle',
      source: 'city-points',
      paint: {
        'circle-radius': ['case', seat, 5, 0],
        'circle-color': PALETTE.accent,
        'circle-stroke-color': PALETTE.markerRing,
        'circle-stroke-width': ['case', seat, 1.5, 0],
      },
    },
  ];
}
