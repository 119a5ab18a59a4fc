/**
 * The sequential colour of an adoption year: deep for the earliest adopters, light for the latest,
 * within one family's years (so a family adopted over two years still shows its order). The ramp
 * is a blue-green one, apart from the app's blue-grey count choropleth and its red "selected", and
 * stays readable when a projector washes it out or to colour-blind viewers. Pure.
 */
import { scaleLinear } from 'd3-scale';
import { TOKENS } from '../../styles/tokens';

/** Earliest → latest (tokens.css). The lightest stays well apart from the plain land colour. */
export const YEAR_RAMP = [
  TOKENS.year1,
  TOKENS.year2,
  TOKENS.year3,
  TOKENS.year4,
  TOKENS.year5,
  TOKENS.year6,
];

export type YearDomain = readonly [number, number];

/** Domain 'y0:y1' → year → colour: what `yearColour` has worked out. */
const remembered = new Map<string, Map<number, string>>();

/**
 * `yearColour(2008, [2008, 2020])` → '#0c2c84' (the deepest); `yearColour(2020, [2008, 2020])` →
 * '#c7e9b4'; a one-year family gets the deepest colour. Remembered per domain and year: the map,
 * matrix and legend ask for the same few colours on every frame.
 */
export function yearColour(year: number, [y0, y1]: YearDomain): string {
  if (y1 <= y0) return YEAR_RAMP[0]!;
  const key = `${y0}:${y1}`;
  let byYear = remembered.get(key);
  if (!byYear) {
    // A handful of domains (one per family and filter); forget them all past a bound.
    if (remembered.size >= 64) remembered.clear();
    byYear = new Map();
    remembered.set(key, byYear);
  }
  let colour = byYear.get(year);
  if (colour === undefined) {
    if (byYear.size >= 256) byYear.clear();
    colour = interpolate(year, y0, y1);
    byYear.set(year, colour);
  }
  return colour;
}

function interpolate(year: number, y0: number, y1: number): string {
  const stops = YEAR_RAMP.map((_, i) => y0 + ((y1 - y0) * i) / (YEAR_RAMP.length - 1));
  const scale = scaleLinear<string>().domain(stops).range(YEAR_RAMP).clamp(true);
  return hex(scale(year));
}

/** `hex('rgb(12, 44, 132)')` → '#0c2c84'; a hex colour is returned as it is. */
export function hex(colour: string): string {
  const m = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(colour);
  if (!m) return colour;
  return '#' + [m[1], m[2], m[3]].map((v) => Number(v).toString(16).padStart(2, '0')).join('');
}

/**
 * Text colour readable on a fill at 4.5:1 or more (WCAG relative luminance): white or the text
 * colour, whichever contrasts more, else black (a mid tone, where neither reaches 4.5:1).
 * `textOn('#0c2c84')` → '#ffffff'; `textOn('#1d91c0')` → '#000000'.
 */
export function textOn(fill: string): string {
  const l = luminance(fill);
  if (l === null) return TOKENS.text;
  const onWhite = 1.05 / (l + 0.05);
  const onText = (l + 0.05) / ((luminance(TOKENS.text) ?? 0) + 0.05);
  if (Math.max(onWhite, onText) < 4.5) return TOKENS.textOnFill;
  return onWhite >= onText ? TOKENS.textInverse : TOKENS.text;
}

/** WCAG relative luminance of a '#rrggbb' colour, else null: `luminance('#ffffff')` → 1. */
function luminance(colour: string): number | null {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!m) return null;
  const lin = (h: string) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(m[1]!) + 0.7152 * lin(m[2]!) + 0.0722 * lin(m[3]!);
}

/**
 * Legend entries: at most `max` years spread over the domain, always both ends.
 * `legendYears([2008, 2020], 4)` → [2008, 2012, 2016, 2020]; `legendYears([2016, 2017])` → [2016, 2017].
 */
export function legendYears([y0, y1]: YearDomain, max = 6): number[] {
  const n = y1 - y0 + 1;
  if (n <= max) return Array.from({ length: Math.max(1, n) }, (_, i) => y0 + i);
  const step = Math.ceil((n - 1) / (max - 1));
  const out: number[] = [];
  for (let y = y0; y < y1; y += step) out.push(y);
  if (y1 - out[out.length - 1]! < step / 2 && out.length > 1) out.pop();
  out.push(y1);
  return out;
}
