/** Timeline layout: lanes by reform type and mark positions. Pure: data and sizes in, geometry out. */
import type { ScaleTime } from 'd3-scale';
import { markTime } from '../data/dates';
import type { ReformEvent, ReformType } from '../data/types';

export interface Lane {
  id: string;
  y: number;
  height: number;
}

/**
 * One lane per type that has events (taxonomy order), splitting the height evenly.
 * `layoutLanes(types, new Set(['law']), 0, 100)` → [{ id: 'law', y: 0, height: 100 }].
 */
export function layoutLanes(
  types: readonly ReformType[],
  present: ReadonlySet<string>,
  top: number,
  height: number,
): Lane[] {
  const used = types.filter((t) => present.has(t.id));
  const h = used.length ? height / used.length : height;
  return used.map((t, i) => ({ id: t.id, y: top + i * h, height: h }));
}

export interface Mark {
  id: string;
  /** Centre x for a point, left edge for a span. */
  x: number;
  /** Width of a span bar (0 for a point). */
  w: number;
  y: number;
  type: string;
  approx: boolean;
  span: boolean;
}

/**
 * Marks for events: a point at the middle of a dated interval, a bar for an explicit span. Marks
 * that would touch in a lane go to the next free row of that lane (rows `gap` px apart, centred);
 * when the lane is full they share its last row.
 */
export function layoutMarks(
  events: readonly ReformEvent[],
  scale: ScaleTime<number, number>,
  lanes: readonly Lane[],
  gap = 9,
): Mark[] {
  const laneOf = new Map(lanes.map((l) => [l.id, l]));
  const rowEnds = new Map<string, number[]>();
  const placed: { e: ReformEvent; x: number; w: number }[] = [];
  for (const e of events) {
    if (!laneOf.has(e.type)) continue;
    const x = e.span ? scale(e.t0) : scale(markTime(e.t0, e.t1));
    const w = e.span ? Math.max(2, scale(e.t1) - x) : 0;
    placed.push({ e, x, w });
  }
  placed.sort((a, b) => a.x - b.x);
  const marks: Mark[] = [];
  for (const { e, x, w } of placed) {
    const lane = laneOf.get(e.type)!;
    const maxRows = Math.max(1, Math.floor(lane.height / gap));
    const ends = rowEnds.get(lane.id) ?? [];
    rowEnds.set(lane.id, ends);
    const left = e.span ? x : x - gap / 2;
    let row = ends.findIndex((end) => end <= left);
    if (row === -1) row = ends.length < maxRows ? ends.length : maxRows - 1;
    ends[row] = Math.max(ends[row] ?? -Infinity, (e.span ? x + w : x + gap / 2) + 1);
    // Rows alternate around the lane's centre: 0, +1, -1, +2, …
    const offset = row === 0 ? 0 : (row % 2 === 1 ? 1 : -1) * Math.ceil(row / 2);
    const y = lane.y + lane.height / 2 + offset * gap;
    marks.push({ id: e.id, x, w, y, type: e.type, approx: e.dateApprox, span: e.span });
  }
  return marks;
}
