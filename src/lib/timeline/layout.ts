/**
 * Timeline layout: lanes by reform type, mark positions, and aggregation where marks would crowd.
 * Pure: data and sizes in, geometry out.
 */
import type { ScaleTime } from 'd3-scale';
import { markTime } from '../data/dates';
import type { ReformEvent, ReformType } from '../data/types';

/** The lane id of the compact "one lane" mode. */
export const ALL_LANE = '*';

export interface Lane {
  id: string;
  y: number;
  height: number;
  /** A collapsed lane shows only a density strip. */
  collapsed: boolean;
  /** Rows of labelled marks (the labelled layout); absent for the plain one. */
  rows?: number;
}

/** The least height of a lane, px: a lane name (13 px) fits. */
export const MIN_LANE = 13;

/**
 * Is there room for a lane per type? Under MIN_LANE px each the lane names overlap (the diffusion
 * view's shorter timeline on a 1280×720 projector), and one lane holds every type instead.
 * `laneRoom(108, 11)` → false; `laneRoom(173, 11)` → true.
 */
export function laneRoom(height: number, types: number): boolean {
  return types <= 1 || height / types >= MIN_LANE;
}

export interface LaneOptions {
  collapsed?: ReadonlySet<string>;
  /** One lane for every type. */
  compact?: boolean;
  /** Height of a collapsed lane. */
  collapsedHeight?: number;
}

/**
 * One lane per type that has events (taxonomy order); collapsed lanes get a thin strip, the others
 * share the rest evenly. `layoutLanes(types, new Set(['law']), 0, 100)` →
 * [{ id: 'law', y: 0, height: 100, collapsed: false }].
 */
export function layoutLanes(
  types: readonly ReformType[],
  present: ReadonlySet<string>,
  top: number,
  height: number,
  { collapsed = new Set(), compact = false, collapsedHeight = 12 }: LaneOptions = {},
): Lane[] {
  if (compact) return present.size ? [{ id: ALL_LANE, y: top, height, collapsed: false }] : [];
  const used = types.filter((t) => present.has(t.id));
  const shut = used.filter((t) => collapsed.has(t.id)).length;
  const open = used.length - shut;
  const h = open ? (height - shut * collapsedHeight) / open : height;
  let y = top;
  return used.map((t) => {
    const isShut = collapsed.has(t.id) && open > 0;
    const lane = { id: t.id, y, height: isShut ? collapsedHeight : h, collapsed: isShut };
    y += lane.height;
    return lane;
  });
}

export interface Mark {
  id: string;
  /** Centre x for a point, left edge for a span (cut to the clip range plus a cell). */
  x: number;
  /** Width of a span bar (0 for a point). */
  w: number;
  y: number;
  type: string;
  lane: string;
  approx: boolean;
  span: boolean;
}

/** Several events of one lane shown as one count (an open lane) or a density cell (collapsed). */
export interface Cluster {
  key: string;
  lane: string;
  /** Left edge and width of the cell. */
  x: number;
  w: number;
  /** Centre of the lane. */
  y: number;
  ids: string[];
  /** Time extent of its events. */
  t0: number;
  t1: number;
  /** Colour key: the type of its events, or '' when they are mixed. */
  type: string;
}

export interface MarkOptions {
  /** Row pitch inside a lane, px. */
  pitch?: number;
  /** Radius of a point mark, px. */
  radius?: number;
  /** Width of an aggregation cell, px. */
  bin?: number;
  /** Only events within this screen range (plus a cell) are laid out. */
  clip?: readonly [number, number];
}

export interface Layout {
  marks: Mark[];
  clusters: Cluster[];
}

/** The time a mark is placed by: a span's start, a point's middle. */
export const anchorTime = (e: ReformEvent) => (e.span ? e.t0 : markTime(e.t0, e.t1));

/** Row order: centre rows first, so a lane fills from its middle out. */
function rowOffsets(rows: number, pitch: number): number[] {
  const mid = (rows - 1) / 2;
  return Array.from({ length: rows }, (_, i) => i)
    .sort((a, b) => Math.abs(a - mid) - Math.abs(b - mid) || a - b)
    .map((i) => (i - mid) * pitch);
}

/**
 * Events sorted by anchor time with their times in typed arrays: built once per data change so that
 * each frame's layout is a tight loop (10,000 events in a few milliseconds).
 */
export interface Prepared {
  events: readonly ReformEvent[];
  anchor: Float64Array;
  end: Float64Array;
  /** Longest span, ms: how far left of the view a bar may start and still show. */
  maxSpan: number;
}

export function prepare(events: readonly ReformEvent[]): Prepared {
  const sorted = byAnchor(events);
  const anchor = new Float64Array(sorted.length);
  const end = new Float64Array(sorted.length);
  let maxSpan = 0;
  sorted.forEach((e, i) => {
    anchor[i] = anchorTime(e);
    end[i] = e.span ? e.t1 : anchor[i]!;
    maxSpan = Math.max(maxSpan, end[i]! - anchor[i]!);
  });
  return { events: sorted, anchor, end, maxSpan };
}

/** First index with `xs[i] >= v` in a sorted array. */
function lowerBound(xs: Float64Array, v: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (xs[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Marks for events: a point mid-interval, a bar for an explicit span, packed into rows of their
 * lane. Where a lane has no free row, every event of that lane's cell (`bin` px, aligned to the
 * time axis so cells travel with a pan) becomes one cluster instead of a heap; zooming in spreads
 * them out again. A crowded cell holding a single event keeps it as a mark. Collapsed lanes show
 * clusters only.
 */
export function layoutMarks(
  input: readonly ReformEvent[] | Prepared,
  scale: ScaleTime<number, number>,
  lanes: readonly Lane[],
  { pitch = 8, radius = 4, bin = 24, clip }: MarkOptions = {},
): Layout {
  const data = 'anchor' in input ? input : prepare(input);
  // The scale is linear in time: x = a + b·t, without d3's per-call overhead.
  const [d0, d1] = scale.domain().map(Number) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const b = (r1 - r0) / (d1 - d0 || 1);
  const a = r0 - b * d0;
  const laneIndex = new Map(lanes.map((l, i) => [l.id, i]));
  const compact = laneIndex.has(ALL_LANE);
  const offsets = lanes.map((l) =>
    rowOffsets(Math.max(1, Math.floor((l.height - 2 * radius) / pitch) + 1), pitch),
  );
  const rowEnds = lanes.map(() => [] as number[]);
  const [c0, c1] = clip ?? [-Infinity, Infinity];
  const tLo = Number.isFinite(c0) ? (c0 - bin - radius - a) / b - data.maxSpan : -Infinity;
  const tHi = Number.isFinite(c1) ? (c1 + bin + radius - a) / b : Infinity;
  const from = lowerBound(data.anchor, tLo);
  const to = lowerBound(data.anchor, tHi);
  const cellsPerLane = 1e7;
  const dense = new Set<number>();
  const perCell = new Map<number, number>();
  // Scratch per kept event, in typed arrays: no per-frame garbage for 10,000 events.
  const size = Math.max(0, to - from);
  const kept = new Int32Array(size);
  const rowOf = new Int16Array(size);
  const cellOf = new Float64Array(size);
  const laneOfEvent = new Int16Array(size);
  let count = 0;
  for (let i = from; i < to; i++) {
    const e = data.events[i]!;
    const li = laneIndex.get(compact ? ALL_LANE : e.type);
    if (li === undefined) continue;
    const lane = lanes[li]!;
    const x = a + b * data.anchor[i]!;
    const left = e.span ? x : x - radius;
    const right = e.span ? Math.max(x + 2, a + b * data.end[i]!) : x + radius;
    if (right < c0 - bin || left > c1 + bin) continue;
    const cell = li * cellsPerLane + Math.floor(x / bin - a / bin);
    let row = -1;
    if (!lane.collapsed) {
      const ends = rowEnds[li]!;
      const rows = offsets[li]!.length;
      for (let r = 0; r < rows; r++) {
        if ((ends[r] ?? -Infinity) + 1 <= left) {
          row = r;
          ends[r] = right;
          break;
        }
      }
    }
    if (row === -1) dense.add(cell);
    perCell.set(cell, (perCell.get(cell) ?? 0) + 1);
    kept[count] = i;
    rowOf[count] = row;
    cellOf[count] = cell;
    laneOfEvent[count] = li;
    count++;
  }
  const marks: Mark[] = [];
  const byCell = new Map<number, Cluster>();
  for (let k = 0; k < count; k++) {
    const i = kept[k]!;
    const e = data.events[i]!;
    const cell = cellOf[k]!;
    const lane = lanes[laneOfEvent[k]!]!;
    const x = a + b * data.anchor[i]!;
    if (!dense.has(cell) || (perCell.get(cell) === 1 && !lane.collapsed)) {
      // A bar is cut to the view (plus a cell): zoomed in to months, a two-year span would be a
      // 30,000 px rectangle, and its dashed outline costs the rasteriser hundreds of ms a frame.
      const x0 = e.span ? Math.max(x, c0 - bin) : x;
      const w = e.span ? Math.max(2, Math.min(a + b * data.end[i]!, c1 + bin) - x0) : 0;
      const y = lane.y + lane.height / 2 + offsets[laneOfEvent[k]!]![Math.max(0, rowOf[k]!)]!;
      marks.push({
        id: e.id,
        x: x0,
        w,
        y,
        type: e.type,
        lane: lane.id,
        approx: e.dateApprox,
        span: e.span,
      });
      continue;
    }
    let c = byCell.get(cell);
    if (!c) {
      const n = cell - laneOfEvent[k]! * cellsPerLane;
      c = {
        key: `${lane.id}:${n}`,
        lane: lane.id,
        // Cells are counted from time 0 (x = a), so they stay put in time as the view pans.
        x: a + n * bin,
        w: bin,
        y: lane.y + lane.height / 2,
        ids: [],
        t0: e.t0,
        t1: e.t1,
        type: e.type,
      };
      byCell.set(cell, c);
    }
    c.ids.push(e.id);
    if (e.t0 < c.t0) c.t0 = e.t0;
    if (e.t1 > c.t1) c.t1 = e.t1;
    if (c.type !== e.type) c.type = '';
  }
  return { marks, clusters: [...byCell.values()] };
}

/**
 * Where the events sit on the axis, from the first mark to the end of the last bar, cut to the
 * window when there is one; null for none. A point counts at its mark, a bar from start to end.
 * `eventExtent([pointIn2015, barFrom2018To2020])` → [2015-07-02, 2021-01-01).
 */
export function eventExtent(
  events: Iterable<ReformEvent>,
  window: readonly [number, number] | null = null,
): [number, number] | null {
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    const a = anchorTime(e);
    lo = Math.min(lo, a);
    hi = Math.max(hi, e.span ? e.t1 : a);
  }
  if (lo > hi) return null;
  if (window) [lo, hi] = [Math.max(lo, window[0]), Math.min(hi, window[1])];
  return lo <= hi ? [lo, hi] : null;
}

/** Sort by anchor time (then id) into a new array. */
export function byAnchor(events: readonly ReformEvent[]): ReformEvent[] {
  return [...events].sort((a, b) => anchorTime(a) - anchorTime(b) || (a.id < b.id ? -1 : 1));
}

export type Hit = { kind: 'mark'; id: string } | { kind: 'cluster'; cluster: Cluster } | null;

/**
 * What is under the pointer: a cluster cell containing it, else the nearest mark within `slop` px.
 * `hitTest({ marks: [{ x: 10, y: 10, w: 0, … }], clusters: [] }, 12, 11)` → { kind: 'mark', … }.
 */
export function hitTest(layout: Layout, px: number, py: number, slop = 6, half = 8): Hit {
  // Clusters are drawn over marks, so they win where a bar runs under one.
  for (const c of layout.clusters) {
    if (px >= c.x && px < c.x + c.w && Math.abs(py - c.y) <= half) {
      return { kind: 'cluster', cluster: c };
    }
  }
  let best: Mark | null = null;
  let bestD = Infinity;
  for (const m of layout.marks) {
    const dx = m.w ? Math.max(m.x - px, 0, px - (m.x + m.w)) : Math.abs(px - m.x);
    const dy = Math.abs(py - m.y);
    if (dx > slop || dy > slop) continue;
    const d = dx * dx + dy * dy;
    if (d < bestD) {
      bestD = d;
      best = m;
    }
  }
  return best ? { kind: 'mark', id: best.id } : null;
}
