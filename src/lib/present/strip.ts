/**
 * The presentation's progress strip: where each step sits on a year axis, stacked so that steps of
 * the same year do not hide each other, and which years to label.
 * `stripLayout([Date.UTC(2015, 6)], 1000, { radius: 8 })` → one mark at x ≈ 500, row 0, ticks 2014–2017.
 */
import { yearExtent, yearOf, yearStart } from '../data/dates';

export interface StripMark {
  /** Step index (0-based), in presentation order. */
  step: number;
  x: number;
  row: number;
}

export interface StripTick {
  x: number;
  year: number;
}

export interface StripLayout {
  /** Every step's mark, indexed by step. */
  marks: StripMark[];
  /**
   * The marks to draw: one per pixel column and row, the earliest step of each (150,000 steps on
   * 1,800 px would otherwise be 150,000 circles drawn on top of each other).
   */
  drawn: StripMark[];
  ticks: StripTick[];
  rows: number;
  /** The x of an instant. */
  x: (t: number) => number;
}

export interface StripOptions {
  /** Mark radius in px; marks closer than two radii go to another row. */
  radius: number;
  /** Horizontal padding at both ends. */
  pad?: number;
  /** Minimum distance between year labels in px. */
  tickGap?: number;
  maxRows?: number;
}

const TICK_STEPS = [1, 2, 5, 10, 20, 50];

/** Lay out marks at the given instants (one per step, in step order) across `width` px. */
export function stripLayout(
  times: readonly number[],
  width: number,
  { radius, pad = radius * 2, tickGap = 64, maxRows = 4 }: StripOptions,
): StripLayout {
  const [first, last] = yearExtent(times) ?? [yearOf(Date.now()), yearOf(Date.now())];
  let y0 = first;
  let y1 = last + 1;
  if (y1 - y0 < 4) {
    const extra = 4 - (y1 - y0);
    y0 -= Math.floor(extra / 2);
    y1 += Math.ceil(extra / 2);
  }
  const t0 = yearStart(y0);
  const t1 = yearStart(y1);
  const inner = Math.max(1, width - 2 * pad);
  const x = (t: number) => pad + ((t - t0) / (t1 - t0)) * inner;

  const perYear = inner / (y1 - y0);
  const every = TICK_STEPS.find((s) => s * perYear >= tickGap) ?? 100;
  const ticks: StripTick[] = [];
  for (let y = Math.ceil(y0 / every) * every; y <= y1; y += every) {
    ticks.push({ x: x(yearStart(y)), year: y });
  }

  // Greedy rows, left to right: each mark takes the lowest row whose last mark is far enough.
  const order = times
    .map((t, step) => ({ step, x: x(t) }))
    .sort((a, b) => a.x - b.x || a.step - b.step);
  const lastX: number[] = [];
  const marks: StripMark[] = new Array(times.length);
  for (const m of order) {
    let row = lastX.findIndex((lx) => m.x - lx >= radius * 2);
    if (row < 0) row = lastX.length < maxRows ? lastX.length : m.step % maxRows;
    lastX[row] = m.x;
    marks[m.step] = { step: m.step, x: m.x, row };
  }
  const taken = new Set<number>();
  const drawn: StripMark[] = [];
  for (const m of marks) {
    const key = Math.round(m.x) * maxRows + m.row;
    if (taken.has(key)) continue;
    taken.add(key);
    drawn.push(m);
  }
  return { marks, drawn, ticks, rows: Math.max(1, lastX.length), x };
}

/**
 * The step whose mark is nearest to `px` along the axis, if within `maxDist` px; else null.
 * `nearestStep([{ step: 0, x: 10, row: 0 }, { step: 1, x: 50, row: 0 }], 44, 16)` → 1.
 */
export function nearestStep(
  marks: readonly StripMark[],
  px: number,
  maxDist: number,
): number | null {
  let best: number | null = null;
  let dist = Infinity;
  for (const m of marks) {
    const d = Math.abs(m.x - px);
    if (d < dist) [best, dist] = [m.step, d];
  }
  return dist <= maxDist ? best : null;
}
