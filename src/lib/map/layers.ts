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
  /** Outline of a thematic map's first movers. */
  first: '#15181c',
  /** Lines of the hatching for "no record". */
  hatch: '#8a8f98',
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

/** A theme's city colour drawn over its province in the national view (city families). */
export const CITY_THEME_COLOUR = THEME_FILL;
export const CITY_THEME_OPACITY: ExpressionSpecification = [
  'case',
  ['!=', ['coalesce', ['feature-state', 'fill'], ''], ''],
  1,
  0,
];
export const HATCH_OPACITY: ExpressionSpecification = ['case', state('hatch'), 1, 0];

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

export const DIM_OPACITY: ExpressionSpecification = ['case', state('dim'), 0.45, 1];

/** Outline of selected (dark red), first-mover (near black) or filtered (dark blue) regions. */
export const OUTLINE_OPACITY: ExpressionSpecification = [
  'case',
  ['any', state('selected'), state('filtered'), state('first')],
  1,
  0,
];
export const OUTLINE_COLOUR: ExpressionSpecification = [
  'case',
  state('selected'),
  PALETTE.accentDark,
  state('first'),
  PALETTE.first,
  PALETTE.filter,
];
export const OUTLINE_WIDTH: ExpressionSpecification = [
  'case',
  state('selected'),
  2.5,
  state('first'),
  3,
  2,
];

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
