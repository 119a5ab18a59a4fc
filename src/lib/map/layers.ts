/** The map's local style: no tiles, no glyphs, no sprites. Colours come from the design tokens. */
import type { StyleSpecification, ExpressionSpecification } from 'maplibre-gl';

export const PALETTE = {
  background: '#eef1f4',
  land: '#f7f5f0',
  /** Under the drilled-in province's cities (dimmed cities fade towards it). */
  open: '#ffffff',
  /** Other provinces while drilled into one. */
  muted: '#ebe9e4',
  border: '#ffffff',
  cityBorder: '#c8ccd2',
  outline: '#8a8f98',
  dash: '#5b6270',
  accent: '#b3261e',
  accentDark: '#7a1410',
  /** A province lit only through one of its cities. */
  partial: '#f2d4d0',
  /** Reached earlier in a cumulative presentation. */
  reached: '#e3a19b',
  filter: '#1f3b5c',
  label: '#2b2f36',
  /** The white ring round a city-seat marker. */
  markerRing: '#ffffff',
  halo: 'rgba(255,255,255,0.92)',
  /** Sequential blue-grey ramp for the choropleth, light → deep. */
  ramp: ['#dde4ec', '#b6c5d6', '#8aa2bd', '#5e7ea2', '#3a5a80'],
};

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

export const DIM_OPACITY: ExpressionSpecification = ['case', state('dim'), 0.45, 1];

/** Outline of selected (dark red) or filtered (dark blue) regions; invisible otherwise. */
export const OUTLINE_OPACITY: ExpressionSpecification = [
  'case',
  ['any', state('selected'), state('filtered')],
  1,
  0,
];
export const OUTLINE_COLOUR: ExpressionSpecification = [
  'case',
  state('selected'),
  PALETTE.accentDark,
  PALETTE.filter,
];
export const OUTLINE_WIDTH: ExpressionSpecification = ['case', state('selected'), 2.5, 2];

export function createStyle(): StyleSpecification {
  return {
    version: 8,
    sources: {},
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': PALETTE.background } },
    ],
  };
}

export const FONT_STACK =
  '"PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';
