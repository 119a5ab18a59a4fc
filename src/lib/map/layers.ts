/** The map's colours and type, shared by both renderers, the inset and the legend. */

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

export const FONT_STACK =
  '"PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';
