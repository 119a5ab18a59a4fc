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
  /** Centre x for a point, left edge for a span. */
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
 * Marks for events: a point mid-interval, a bar for an explicit span, packed into rows of their
 * lane. Where a lane has no free row, every event of that lane's cell (`bin` px, aligned to the
 * time axis so cells travel with a pan) becomes one cluster instead of a heap; zooming in spreads
 * them out again. Collapsed lanes show clusters only.
 */
export function layoutMarks(
  events: readonly ReformEvent[],
  scale: ScaleTime<number, number>,
  lanes: readonly Lane[],
  { pitch = 8, radius = 4, bin = 24, clip }: MarkOptions = {},
): Layout {
  const laneOf = new Map(lanes.map((l) => [l.id, l]));
  const compact = laneOf.has(ALL_LANE);
  const origin = scale(0);
  const [c0, c1] = clip ?? [-Infinity, Infinity];
  const rowEnds = new Map<string, number[]>();
  const offsets = new Map(
    lanes.map((l) => [
      l.id,
      rowOffsets(Math.max(1, Math.floor((l.height - 2 * radius) / pitch) + 1), pitch),
    ]),
  );
  const dense = new Set<string>();
  interface Placed {
    e: ReformEvent;
    lane: Lane;
    x: number;
    w: number;
    cell: string;
    row: number;
  }
  const placed: Placed[] = [];
  for (const e of sortedByAnchor(events)) {
    const lane = laneOf.get(compact ? ALL_LANE : e.type);
    if (!lane) continue;
    const x = scale(anchorTime(e));
    const w = e.span ? Math.max(2, scale(e.t1) - x) : 0;
    const left = e.span ? x : x - radius;
    const right = e.span ? x + w : x + radius;
    if (right < c0 - bin || left > c1 + bin) continue;
    const cell = `${lane.id}:${Math.floor((x - origin) / bin)}`;
    let row = -1;
    if (!lane.collapsed) {
      const ends = rowEnds.get(lane.id) ?? [];
      rowEnds.set(lane.id, ends);
      const rows = offsets.get(lane.id)!.length;
      for (let r = 0; r < rows; r++) {
        if ((ends[r] ?? -Infinity) + 1 <= left) {
          row = r;
          ends[r] = right;
          break;
        }
      }
    }
    if (row === -1) dense.add(cell);
    placed.push({ e, lane, x, w, cell, row });
  }
  // A crowded cell with a single event stays a mark (on the centre row): a "1" says nothing.
  const perCell = new Map<string, number>();
  for (const pl of placed) perCell.set(pl.cell, (perCell.get(pl.cell) ?? 0) + 1);
  const marks: Mark[] = [];
  const byCell = new Map<string, Cluster>();
  for (const { e, lane, x, w, cell, row } of placed) {
    if (!dense.has(cell) || (perCell.get(cell) === 1 && !lane.collapsed)) {
      const y = lane.y + lane.height / 2 + offsets.get(lane.id)![Math.max(0, row)]!;
      marks.push({
        id: e.id,
        x,
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
      const i = Math.floor((x - origin) / bin);
      c = {
        key: cell,
        lane: lane.id,
        x: origin + i * bin,
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
    c.t0 = Math.min(c.t0, e.t0);
    c.t1 = Math.max(c.t1, e.t1);
    if (c.type !== e.type) c.type = '';
  }
  return { marks, clusters: [...byCell.values()] };
}

/** Events in anchor order; returns the input itself when it is already in order (no copy). */
function sortedByAnchor(events: readonly ReformEvent[]): readonly ReformEvent[] {
  for (let i = 1; i < events.length; i++) {
    if (anchorTime(events[i]!) < anchorTime(events[i - 1]!)) {
      return [...events].sort((a, b) => anchorTime(a) - anchorTime(b));
    }
  }
  return events;
}

/** Sort once by anchor time so each frame's layout skips sorting. Returns a new array. */
export function byAnchor(events: readonly ReformEvent[]): ReformEvent[] {
  return [...events].sort((a, b) => anchorTime(a) - anchorTime(b) || (a.id < b.id ? -1 : 1));
}

export type Hit = { kind: 'mark'; id: string } | { kind: 'cluster'; cluster: Cluster } | null;

/**
 * What is under the pointer: the nearest mark within `slop` px, else a cluster cell containing it.
 * `hitTest({ marks: [{ x: 10, y: 10, w: 0, … }], clusters: [] }, 12, 11)` → { kind: 'mark', … }.
 */
export function hitTest(layout: Layout, px: number, py: number, slop = 6, half = 8): Hit {
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
  if (best) return { kind: 'mark', id: best.id };
  for (const c of layout.clusters) {
    if (px >= c.x && px < c.x + c.w && Math.abs(py - c.y) <= half) {
      return { kind: 'cluster', cluster: c };
    }
  }
  return null;
}
