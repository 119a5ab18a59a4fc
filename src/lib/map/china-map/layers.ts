/**
 * The maplibre map's shapes as style data (types only from maplibre-gl: china-map.ts is the one
 * module that runs it): the local style, the boundary sources, and the layers in drawing order —
 * fills, borders, selection outlines, group outlines, boundary lines, the 南海 dash line, city-seat
 * markers. Feature-states (states.ts) drive them through the expressions below. Pure.
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

/** Province fill-color: open → muted → partial → selected → reached → the count class (see states.ts). */
export function fillColour(breaks: readonly number[]): ExpressionSpecification {
  return [
    'case',
    state('open'),
    PALETTE.open,
    state('muted'),
    PALETTE.muted,
    state('partial'),
    PALETTE.partial,
    state('selected'),
    PALETTE.accent,
    state('reached'),
    PALETTE.reached,
    ramp(breaks),
  ];
}

/** City fill-color in the drilled view: selected → accent, else the count class. */
export function cityColour(breaks: readonly number[]): ExpressionSpecification {
  return ['case', state('selected'), PALETTE.accent, ramp(breaks)];
}

const DIM_OPACITY: ExpressionSpecification = ['case', state('dim'), 0.45, 1];
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
    {
      id: 'province-border',
      type: 'line',
      source: 'provinces',
      paint: { 'line-color': PALETTE.border, 'line-width': 1 },
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
        'fill-opacity': ['case', state('named'), 1, 0],
      },
    },
    {
      id: 'city-border',
      type: 'line',
      source: 'cities',
      filter: inProvince(null),
      paint: { 'line-color': PALETTE.cityBorder, 'line-width': 0.8 },
    },
    // Selected (dark red) or filtered (dark blue) regions are outlined; the others are not.
    {
      id: 'province-outline',
      type: 'line',
      source: 'provinces',
      paint: {
        'line-opacity': ['case', ['any', state('selected'), state('filtered')], 1, 0],
        'line-color': ['case', state('selected'), PALETTE.accentDark, PALETTE.filter],
        'line-width': ['case', state('selected'), 2.5, 2],
      },
    },
    {
      id: 'city-outline',
      type: 'line',
      source: 'cities',
      paint: {
        'line-opacity': ['case', ['any', state('named'), state('filtered')], 1, 0],
        'line-color': ['case', state('selected'), PALETTE.accentDark, PALETTE.filter],
        'line-width': 1.8,
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
