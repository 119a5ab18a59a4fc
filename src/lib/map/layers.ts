/** The map's colours and type, shared by both renderers, the inset and the legend: from tokens.css. */
import { TOKENS } from '../../styles/tokens';

export const PALETTE = {
  background: TOKENS.mapSea,
  land: TOKENS.mapLand,
  /** Under the drilled-in province's cities (dimmed cities fade towards it). */
  open: TOKENS.mapOpen,
  /** Other provinces while drilled into one. */
  muted: TOKENS.mapMuted,
  border: TOKENS.mapBorder,
  cityBorder: TOKENS.mapBorderLine,
  outline: TOKENS.mapLine,
  dash: TOKENS.mapDash,
  accent: TOKENS.accent,
  accentDark: TOKENS.accentDark,
  /** A province lit only through one of its cities. */
  partial: TOKENS.mapPartial,
  /** Reached earlier in a cumulative presentation. */
  reached: TOKENS.mapReached,
  filter: TOKENS.mapFilter,
  label: TOKENS.mapLabel,
  /** The white ring round a city-seat marker. */
  markerRing: TOKENS.mapMarkerRing,
  halo: TOKENS.mapHalo,
  /** Outline of a thematic map's first movers. */
  first: TOKENS.mapFirst,
  /** Lines of the hatching for "no record". */
  hatch: TOKENS.mapHatch,
  /** Sequential blue-grey ramp for the choropleth, light → deep. */
  ramp: [TOKENS.ramp1, TOKENS.ramp2, TOKENS.ramp3, TOKENS.ramp4, TOKENS.ramp5],
};

export const FONT_STACK = TOKENS.fontSans;
