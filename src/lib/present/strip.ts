/**
 * The presentation's progress strip: where each step sits on a year axis, stacked so that steps of
 * the same year do not hide each other, and which years to label.
 * `stripLayout([Date.UTC(2015, 6)], 1000, { radius: 8 })` → one mark at x ≈ 500, row 0, ticks 2014–2017.
 */
import { yearOf } from './steps';

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
  marks: StripMark[];
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
  const years = times.length ? times.map(yearOf) : [new Date().getUTCFullYear()];
  let y0 = Math.min(...years);
  let y1 = Math.max(...years) + 1;
  if (y1 - y0 < 4) {
    const extra = 4 - (y1 - y0);
    y0 -= Math.floor(extra / 2);
    y1 += Math.ceil(extra / 2);
  }
  const t0 = Date.UTC(y0, 0, 1);
  const t1 = Date.UTC(y1, 0, 1);
  const inner = Math.max(1, width - 2 * pad);
  const x = (t: number) => pad + ((t - t0) / (t1 - t0)) * inner;

  const perYear = inner / (y1 - y0);
  const every = TICK_STEPS.find((s) => s * perYear >= tickGap) ?? 100;
  const ticks: StripTick[] = [];
  for (let y = Math.ceil(y0 / every) * every; y <= y1; y += every) {
    ticks.push({ x: x(Date.UTC(y, 0, 1)), year: y });
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
  return { marks, ticks, rows: Math.max(1, lastX.length), x };
}
