/** The map's local style: no tiles, no glyphs, no sprites. Colours come from the design tokens. */
import type { StyleSpecification, ExpressionSpecification } from 'maplibre-gl';

export const PALETTE = {
  background: '#eef1f4',
  land: '#f7f5f0',
  border: '#ffffff',
  outline: '#8a8f98',
  dash: '#5b6270',
  accent: '#b3261e',
  accentDark: '#7a1410',
  label: '#2b2f36',
  halo: 'rgba(255,255,255,0.92)',
  /** Sequential blue-grey ramp for the choropleth, light → deep. */
  ramp: ['#dde4ec', '#b6c5d6', '#8aa2bd', '#5e7ea2', '#3a5a80'],
};

/** fill-color: selected → accent; else the count class. */
export function fillColour(breaks: readonly number[]): ExpressionSpecification {
  const steps: (number | string)[] = [];
  breaks.forEach((b, i) => steps.push(b, PALETTE.ramp[Math.min(i, PALETTE.ramp.length - 1)]!));
  return [
    'case',
    ['boolean', ['feature-state', 'selected'], false],
    PALETTE.accent,
    [
      'step',
      ['coalesce', ['feature-state', 'count'], 0],
      PALETTE.land,
      ...steps,
    ] as ExpressionSpecification,
  ];
}

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
