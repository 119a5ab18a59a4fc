/** The overview strip: event density over the whole domain, and the brush window snapped to months. */
import { utcMonth } from 'd3-time';
import { markTime } from '../data/dates';

/**
 * Events per equal-width bin across the domain, counted where each mark sits (mid-interval).
 * `densityBins([{ t0: 0, t1: 10 }], [0, 100], 10)` → [1, 0, 0, 0, 0, 0, 0, 0, 0, 0].
 */
export function densityBins(
  events: readonly { t0: number; t1: number }[],
  domain: readonly [number, number],
  count: number,
): number[] {
  const n = Math.max(1, Math.floor(count));
  const bins = new Array<number>(n).fill(0);
  const span = domain[1] - domain[0];
  if (span <= 0) return bins;
  for (const e of events) {
    const t = markTime(e.t0, e.t1);
    if (t < domain[0] || t >= domain[1]) continue;
    bins[Math.min(n - 1, Math.floor(((t - domain[0]) / span) * n))]! += 1;
  }
  return bins;
}

/**
 * The density bars as one SVG path, bottom-aligned in a strip `height` px tall from x = `left`,
 * each bin `bar` px wide; a bar's height grows with the square root of its count (the fullest at
 * 80% of the strip, an empty bin draws nothing).
 * `densityPath([4, 0, 1], 10, 5, 54)` → `M10,54v-42h5v42zM20,54v-22h5v22z`.
 */
export function densityPath(
  bins: readonly number[],
  left: number,
  bar: number,
  height: number,
): string {
  const max = bins.reduce((m, b) => Math.max(m, b), 1);
  return bins
    .map((n, i) => {
      const h = n ? 2 + (height - 4) * Math.sqrt(n / max) * 0.8 : 0;
      return h ? `M${left + i * bar},${height}v${-h}h${bar}v${h}z` : '';
    })
    .join('');
}

/**
 * A brushed time range as a window of whole months `[t0, t1)`, inside the domain, at least one
 * month long; the ends may come in either order.
 * `snapWindow(Date.UTC(2015, 3, 20), Date.UTC(2015, 1, 3), domain)` → [2015-02-01, 2015-05-01).
 */
export function snapWindow(
  a: number,
  b: number,
  domain: readonly [number, number],
): [number, number] {
  const lo = Math.max(domain[0], Math.min(a, b));
  const hi = Math.min(domain[1], Math.max(a, b));
  let t0 = utcMonth.floor(new Date(lo)).getTime();
  let t1 = utcMonth.ceil(new Date(hi)).getTime();
  if (t1 <= t0) t1 = utcMonth.offset(new Date(t0), 1).getTime();
  if (t1 > domain[1]) {
    t1 = domain[1];
    t0 = Math.min(t0, utcMonth.offset(new Date(t1), -1).getTime());
  }
  return [t0, t1];
}

/** Move a window by `dt` without changing its length, kept inside the domain, snapped to months. */
export function shiftWindow(
  w: readonly [number, number],
  dt: number,
  domain: readonly [number, number],
): [number, number] {
  const len = w[1] - w[0];
  const t0 = Math.min(domain[1] - len, Math.max(domain[0], w[0] + dt));
  const s0 = utcMonth.round(new Date(t0)).getTime();
  const months = Math.max(1, Math.round(len / (30.44 * 86_400_000)));
  let s1 = utcMonth.offset(new Date(s0), months).getTime();
  if (s1 > domain[1]) {
    s1 = domain[1];
    return [utcMonth.offset(new Date(s1), -months).getTime(), s1];
  }
  return [s0, s1];
}

export type BrushKey =
  'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'Delete' | 'Backspace' | 'Enter';

/**
 * The brush by keyboard. ←/→ move the window a year (with Shift a month); with `resize`
 * (Ctrl/⌘+←/→) they move its end instead, making it shorter or longer; Home/End take it to the first/last years; Delete or
 * Backspace clears it; Enter with no window makes one from the zoomed view. Returns the new window,
 * `null` to clear, or `undefined` when the key does nothing.
 * `keyWindow('ArrowRight', {}, [2015-01, 2016-01), domain, view)` → [2016-01, 2017-01).
 */
export function keyWindow(
  key: string,
  mods: { shift?: boolean; resize?: boolean },
  w: readonly [number, number] | null,
  domain: readonly [number, number],
  view: readonly [number, number],
): [number, number] | null | undefined {
  const months = mods.shift ? 1 : 12;
  const offset = (t: number, m: number) => utcMonth.offset(new Date(t), m).getTime();
  if (key === 'Delete' || key === 'Backspace') return w ? null : undefined;
  if (!w) return key === 'Enter' ? snapWindow(view[0], view[1], domain) : undefined;
  const step = key === 'ArrowLeft' ? -months : key === 'ArrowRight' ? months : 0;
  if (step && mods.resize)
    return snapWindow(w[0], Math.max(offset(w[0], 1), offset(w[1], step)), domain);
  if (step) {
    const len = w[1] - w[0];
    const t0 = offset(w[0], step);
    if (t0 < domain[0]) return shiftWindow(w, domain[0] - w[0], domain);
    if (t0 + len > domain[1]) return shiftWindow(w, domain[1] - len - w[0], domain);
    return shiftWindow(w, t0 - w[0], domain);
  }
  if (key === 'Home') return shiftWindow(w, domain[0] - w[0], domain);
  if (key === 'End') return shiftWindow(w, domain[1] - w[1], domain);
  return undefined;
}

export type BrushMode = 'new' | 'move' | 'w' | 'e';

/**
 * What a press on the strip at `x` grabs, given the window's screen edges (or null): an edge within
 * `grip` px resizes it, inside moves it, elsewhere starts a new one.
 * `brushMode(103, [100, 200])` → 'w'.
 */
export function brushMode(x: number, edges: readonly [number, number] | null, grip = 7): BrushMode {
  if (!edges) return 'new';
  if (Math.abs(x - edges[0]) < grip) return 'w';
  if (Math.abs(x - edges[1]) < grip) return 'e';
  return x > edges[0] && x < edges[1] ? 'move' : 'new';
}

/**
 * The window while dragging from time `from` to time `t`: a new window between them, an edge
 * moved, or the whole window shifted — always whole months inside the domain.
 */
export function dragWindow(
  mode: BrushMode,
  from: number,
  t: number,
  w: readonly [number, number] | null,
  domain: readonly [number, number],
): [number, number] {
  if (mode === 'new' || !w) return snapWindow(from, t, domain);
  if (mode === 'w') return snapWindow(t, w[1], domain);
  if (mode === 'e') return snapWindow(w[0], t, domain);
  return shiftWindow(w, t - from, domain);
}
