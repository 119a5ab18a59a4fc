/**
 * The labelled timeline: when few enough events are in view, every event gets its title beside its
 * mark. Each lane is cut into rows one label high; a mark and its label share a row, so labels never
 * cover each other or another mark. Lanes that need more rows for their labels get them while the
 * plot has room. Pure: items and sizes in, rows and label boxes out.
 */
import { minOf } from '../data/extent';

/** Height of one row: a 12 px label with its gap. */
export const ROW_H = 16;
/** Height of a folded lane. */
export const FOLDED_H = 12;

/** Measures a label's width in px (the canvas's measureText in the browser, an estimate in tests). */
export type Measure = (text: string) => number;

export interface RowItem {
  id: string;
  /** Screen extent of the mark: a point's x ± radius, a bar's two ends. */
  x0: number;
  x1: number;
  /** The label ('' for none: a cluster, a mark outside the view). */
  text: string;
  /** Passes every filter: labelled. Otherwise a dimmed mark without a label. */
  active: boolean;
  /** Placed first when higher (a cluster, the selected event, the focused one). */
  priority: number;
  /** A bar (its label may sit on it when there is no room beside it). */
  span?: boolean;
}

export type Side = 'right' | 'left' | 'inside';

export interface PlacedLabel {
  /** Left edge and width of the text. */
  x: number;
  w: number;
  text: string;
  side: Side;
  /** Shortened with … for want of room. */
  cut: boolean;
}

export interface Placed {
  id: string;
  row: number;
  label: PlacedLabel | null;
}

export interface LanePack {
  placed: Placed[];
  /** Ids that found no row. */
  overflow: string[];
  /** Rows used (highest row + 1). */
  used: number;
}

export interface PackOptions {
  measure: Measure;
  /** Between a mark and its label. */
  gap?: number;
  /** Between two footprints in a row. */
  pad?: number;
  /** A label shortened to fewer characters than this is left out. */
  minChars?: number;
}

type Interval = readonly [number, number];

/** Something in a row: a mark (never moved or cut) or a label (an earlier one may be shortened). */
interface Piece {
  a: number;
  b: number;
  /** Index in `placed` of a label's owner; -1 for a mark. */
  owner: number;
}

interface Option {
  side: Side | null;
  /** Label start and the width it keeps. */
  x: number;
  w: number;
}

/**
 * The longest prefix of `text` (with …) no wider than `room`; '' when under `minChars`. A prefix
 * is never narrower than a shorter one, so the longest that fits is found by halving (a label cut
 * from 30 characters to 10 measured 20 prefixes, each a canvas measureText the first time).
 */
function shorten(text: string, room: number, measure: Measure, minChars: number): string {
  if (measure(text) <= room) return text;
  const chars = [...text];
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}…`;
  // Invariant: every n < lo fits or is under minChars, every n > hi does not fit.
  let lo = minChars;
  let hi = chars.length - 1;
  let best = '';
  while (lo <= hi) {
    const n = (lo + hi) >> 1;
    const s = cut(n);
    if (measure(s) <= room) {
      best = s;
      lo = n + 1;
    } else hi = n - 1;
  }
  return best;
}

/**
 * Pack one lane's items into `rows` rows within the plot's screen range `[lo, hi]`, left to right.
 * A mark never overlaps another mark in its row; where no row has room for it, it goes to
 * `overflow` (the caller clusters it). Each filtered-in item with a title gets a label beside its
 * mark (right, else left, else on its own bar) in the row where that costs least: a row where the
 * whole label fits, else the row where the labels already placed lose least — a label is shortened
 * with … (or dropped under `minChars`) to make way for a later mark, and the selected or focused
 * event's label (higher `priority`) is the last to lose. Dimmed (filtered-out) marks come last,
 * unlabelled, in a row with room or, failing that, under the others.
 * `packLane([{ id: 'a', x0: 96, x1: 104, text: '改革', active: true, priority: 0 }], 1, [0, 500],
 * { measure: (s) => 12 * s.length })` → a in row 0, its label at x 108, 24 px wide.
 */
export function packLane(
  items: readonly RowItem[],
  rows: number,
  [lo, hi]: Interval,
  { measure, gap = 4, pad = 6, minChars = 4 }: PackOptions,
): LanePack {
  const occ: Piece[][] = Array.from({ length: Math.max(1, rows) }, () => []);
  const placed: (Placed & { full: string; weight: number })[] = [];
  const overflow: string[] = [];
  const weight = (it: RowItem) => 1 + 10 * Math.max(0, it.priority);
  const byX = (a: RowItem, b: RowItem) => a.x0 - b.x0 || b.priority - a.priority;
  const sweep = items.filter((it) => it.active).sort(byX);
  const dimmed = items.filter((it) => !it.active).sort(byX);

  const options = (it: RowItem, w: number): Option[] => {
    if (!it.text) return [{ side: null, x: 0, w: 0 }];
    const out: Option[] = [];
    const rx = it.x1 + gap;
    if (rx + w <= hi) out.push({ side: 'right', x: rx, w });
    if (it.x0 - gap - w >= lo) out.push({ side: 'left', x: it.x0 - gap - w, w });
    const v0 = Math.max(it.x0, lo);
    if (it.span && Math.min(it.x1, hi) - v0 >= w + 2 * gap)
      out.push({ side: 'inside', x: v0 + gap, w });
    // No room for the whole label anywhere: as much as fits on the right.
    if (!out.length && rx < hi) out.push({ side: 'right', x: rx, w: hi - rx });
    return out;
  };

  for (const it of sweep) {
    const w = it.text ? measure(it.text) : 0;
    const opts = options(it, w);
    let best: { r: number; o: Option; cost: number; cuts: Piece[]; keep: number } | null = null;
    for (let r = 0; r < occ.length; r++) {
      const row = occ[r]!;
      // One pass over the row (no arrays per row and item: this loop is the label layout's time):
      // a mark in the way rules the row out, and so does an earlier label reaching into this mark
      // from the left or inside a bar; earlier labels on the right are shortened to end before it.
      let blocked = false;
      let cuts: Piece[] | null = null;
      let cutCost = 0;
      // Stop before a bar of an earlier event still running in this row.
      let stop = Infinity;
      for (const p of row) {
        if (p.owner < 0) {
          if (it.x0 < p.b + 1 && p.a < it.x1 + 1) {
            blocked = true;
            break;
          }
        } else if (p.b + pad > it.x0 && p.a < it.x1 + pad) {
          const owner = placed[p.owner]!;
          if (owner.label!.side !== 'right') {
            blocked = true;
            break;
          }
          (cuts ??= []).push(p);
          cutCost += (p.b - Math.max(p.a, it.x0 - pad)) * owner.weight;
        }
        if (p.a >= it.x1 && p.a - pad < stop) stop = p.a - pad;
      }
      if (blocked) continue;
      for (const o of opts) {
        let keep = o.w;
        if (o.side === 'right') keep = Math.max(0, Math.min(o.w, stop - o.x));
        else if (o.side === 'left' && row.some((p) => o.x < p.b + pad && p.a < it.x0 + pad)) {
          continue;
        }
        const cost = cutCost + (w - keep) * weight(it);
        if (!best || cost < best.cost) best = { r, o, cost, cuts: cuts ?? [], keep };
      }
      // Every empty row costs the same, and a later one never wins a tie: with as many rows as
      // items (rowGains), trying each one made a lane's packing quadratic.
      if (!row.length) break;
    }
    if (!best) {
      overflow.push(it.id);
      continue;
    }
    for (const p of best.cuts) p.b = Math.max(p.a, it.x0 - pad);
    const index = placed.length;
    const row = occ[best.r]!;
    row.push({ a: it.x0, b: it.x1, owner: -1 });
    const { o } = best;
    placed.push({
      id: it.id,
      row: best.r,
      label: o.side ? { x: o.x, w: best.keep, text: it.text, side: o.side, cut: false } : null,
      full: it.text,
      weight: weight(it),
    });
    if (o.side) row.push({ a: o.x, b: o.x + best.keep, owner: index });
  }
  // Each label keeps what its row left it.
  for (const row of occ) {
    for (const p of row) {
      if (p.owner < 0) continue;
      const pl = placed[p.owner]!;
      const text = shorten(pl.full, p.b - p.a + 1e-6, measure, minChars);
      pl.label = text ? { ...pl.label!, w: measure(text), text, cut: text !== pl.full } : null;
    }
  }
  // Dimmed marks: a row with nothing there, else the row where they overlap least.
  for (const it of dimmed) {
    const hits = occ.map((row) => row.filter((p) => it.x0 < p.b + 1 && p.a < it.x1 + 1).length);
    const r = hits.indexOf(minOf(hits));
    occ[r]!.push({ a: it.x0, b: it.x1, owner: -1 });
    placed.push({ id: it.id, row: r, label: null, full: '', weight: 0 });
  }
  const used = placed.reduce((n, p) => Math.max(n, p.row + 1), 0);
  return { placed: placed.map(({ id, row, label }) => ({ id, row, label })), overflow, used };
}

/**
 * What each extra row is worth to a lane: how many of its filtered-in items (each with its whole
 * label) the n-th row holds when the lane has as many rows as it wants. Its length is the rows the
 * lane needs; dimmed marks ask for none. `rowGains(threeItemsAtOneTime, [0, 500], { measure })` →
 * [1, 1, 1].
 */
export function rowGains(
  items: readonly RowItem[],
  range: Interval,
  options: PackOptions,
): number[] {
  const active = items.filter((it) => it.active);
  if (!active.length) return [0];
  const { placed } = packLane(active, active.length, range, options);
  const gains: number[] = [];
  for (const p of placed) gains[p.row] = (gains[p.row] ?? 0) + 1;
  return Array.from(gains, (g) => g ?? 0);
}

export interface LaneNeed {
  id: string;
  /** Items each row would hold (rowGains): its length is the rows the lane asks for. */
  gains: readonly number[];
  /** Folded by the user: a thin strip, no labels. */
  collapsed: boolean;
}

export interface RowLane {
  id: string;
  y: number;
  height: number;
  collapsed: boolean;
  /** Rows of marks in the lane (0 when folded). */
  rows: number;
}

/**
 * Heights for the lanes: a folded lane gets a thin strip; an open lane one row, or a strip as thin
 * when nothing in it is labelled (only dimmed marks, or nothing in view). The rows left go one at a
 * time to the lane whose next row would hold the most labelled items, and any height left after
 * that is shared evenly. When not even that fits, the open lanes share the height.
 * `allotLanes([{ id: 'a', gains: [1, 1, 1], … }, { id: 'b', gains: [2], … }], 0, 80)` →
 * a: 3 rows (56 px), b: 1 row (24 px).
 */
export function allotLanes(
  needs: readonly LaneNeed[],
  top: number,
  height: number,
  { rowH = ROW_H, foldedH = FOLDED_H } = {},
): RowLane[] {
  const open = needs.filter((n) => !n.collapsed);
  // Folding every lane still shows them all as strips; with nothing open, none is folded.
  const shut = open.length ? needs.length - open.length : 0;
  const avail = height - shut * foldedH;
  const quiet = (n: LaneNeed) => !n.gains.some((g) => g > 0);
  const rows = new Map(open.map((n) => [n.id, quiet(n) ? 0 : 1]));
  const base = open.reduce((s, n) => s + (quiet(n) ? foldedH : rowH), 0);
  const fits = open.length > 0 && avail >= base;
  let extra = 0;
  if (fits) {
    let spare = Math.floor((avail - base) / rowH);
    while (spare > 0) {
      let pick: LaneNeed | null = null;
      let most = 0;
      for (const n of open) {
        const gain = n.gains[rows.get(n.id)!] ?? 0;
        if (gain > most) [pick, most] = [n, gain];
      }
      if (!pick) break;
      rows.set(pick.id, rows.get(pick.id)! + 1);
      spare--;
    }
    const used = open.reduce((s, n) => s + (rows.get(n.id)! ? rows.get(n.id)! * rowH : foldedH), 0);
    extra = (avail - used) / open.length;
  }
  let y = top;
  return needs.map((n) => {
    const isShut = n.collapsed && open.length > 0;
    const r = rows.get(n.id) ?? 0;
    const h = isShut
      ? foldedH
      : fits
        ? (r ? r * rowH : foldedH) + extra
        : avail / Math.max(1, open.length);
    const lane = {
      id: n.id,
      y,
      height: h,
      collapsed: isShut,
      rows: isShut ? 0 : Math.max(1, Math.floor(h / rowH)),
    };
    y += h;
    return lane;
  });
}

/**
 * Vertical centre of row `r` when `used` rows of a lane are in use: the rows in use sit in the
 * middle of the lane. `rowY({ y: 0, height: 64 }, 2, 0)` → 24.
 */
export function rowY(
  lane: { y: number; height: number },
  used: number,
  r: number,
  rowH = ROW_H,
): number {
  const block = Math.min(lane.height, Math.max(1, used) * rowH);
  const pitch = block / Math.max(1, used);
  return lane.y + (lane.height - block) / 2 + (r + 0.5) * pitch;
}
