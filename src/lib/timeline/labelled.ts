/**
 * The timeline's layout when few enough events are in view to name them all: lanes sized by the
 * rows their labels need (label-layout.ts), marks and labels in those rows, and clusters only where
 * a lane has no row left. Pure: prepared events, a scale and sizes in; lanes, marks and labels out.
 */
import type { ScaleTime } from 'd3-scale';
import type { ReformEvent } from '../data/types';
import { maxOf, minOf } from '../data/extent';
import {
  allotLanes,
  packLane,
  rowGains,
  rowY,
  type LanePack,
  type Measure,
  type RowItem,
  type RowLane,
} from './label-layout';
import type { Label } from './labels';
import { ALL_LANE, type Cluster, type Layout, type Mark, type Prepared } from './layout';

/** More events than this in view: marks only (layoutMarks), labelled where there happens to be room. */
export const LABEL_LIMIT = 150;

export interface LabelledInput {
  data: Prepared;
  scale: ScaleTime<number, number>;
  /** Lanes in order: the types with events (or the one lane of compact mode), folded or not. */
  lanes: readonly { id: string; collapsed: boolean }[];
  top: number;
  height: number;
  /** The plot's screen range. */
  clip: readonly [number, number];
  /** Events passing every filter (labelled); the rest are dimmed marks. */
  active: ReadonlySet<string>;
  titleOf: (e: ReformEvent) => string;
  /** Events whose label matters most (the selected one first). */
  first?: readonly string[];
  measure: Measure;
  radius?: number;
  /** Width of a cluster cell, px. */
  bin?: number;
  limit?: number;
}

export interface LabelledLayout {
  lanes: RowLane[];
  layout: Layout;
  labels: Label[];
}

interface Item extends RowItem {
  e: ReformEvent;
  /** Anchor x (uncut): which cluster cell the event falls in. */
  ax: number;
}

/**
 * Lanes, marks, clusters and labels for the events in view, or null when more than `limit` are in
 * view (then the plain mark layout applies). Two events at the same time in a lane of three rows →
 * both marks in rows of their own, each with its whole title beside it.
 */
export function layoutLabelled(o: LabelledInput): LabelledLayout | null {
  const { data, scale, clip, radius = 4, bin = 24, measure } = o;
  const [d0, d1] = scale.domain().map(Number) as [number, number];
  const [r0, r1] = scale.range() as [number, number];
  const b = (r1 - r0) / (d1 - d0 || 1);
  const a = r0 - b * d0;
  const [c0, c1] = clip;
  const compact = o.lanes.some((l) => l.id === ALL_LANE);
  const byLane = new Map(o.lanes.map((l) => [l.id, [] as Item[]]));
  const first = new Map((o.first ?? []).map((id, i, all) => [id, all.length - i]));
  let count = 0;
  for (let i = 0; i < data.events.length; i++) {
    const e = data.events[i]!;
    const items = byLane.get(compact ? ALL_LANE : e.type);
    if (!items) continue;
    const ax = a + b * data.anchor[i]!;
    const x0 = e.span ? ax : ax - radius;
    const x1 = e.span ? Math.max(ax + 2, a + b * data.end[i]!) : ax + radius;
    if (x1 < c0 - bin || x0 > c1 + bin) continue;
    if (++count > (o.limit ?? LABEL_LIMIT)) return null;
    const inView = e.span ? x1 >= c0 && x0 <= c1 : ax >= c0 && ax <= c1;
    const active = o.active.has(e.id);
    items.push({
      id: e.id,
      e,
      ax,
      // A bar is cut to the view plus a cell, as in layoutMarks.
      x0: e.span ? Math.max(x0, c0 - bin) : x0,
      x1: e.span ? Math.max(Math.max(x0, c0 - bin) + 2, Math.min(x1, c1 + bin)) : x1,
      text: inView && active ? o.titleOf(e) : '',
      active,
      priority: first.get(e.id) ?? 0,
      span: e.span,
    });
  }
  const opts = { measure };
  const lanes = allotLanes(
    o.lanes.map((l) => ({
      id: l.id,
      collapsed: l.collapsed,
      gains: l.collapsed ? [] : rowGains(byLane.get(l.id)!, clip, opts),
    })),
    o.top,
    o.height,
  );
  const out: LabelledLayout = { lanes, layout: { marks: [], clusters: [] }, labels: [] };
  const cellOf = (x: number) => Math.floor((x - a) / bin);
  for (const lane of lanes) {
    const items = byLane.get(lane.id)!;
    if (lane.collapsed) {
      for (const c of cellsOf(items, lane, cellOf, a, bin)) out.layout.clusters.push(c);
      continue;
    }
    const pack = packWithClusters(items, lane.rows, clip, opts, cellOf, a, bin);
    emit(out, lane, pack, items);
  }
  return out;
}

interface ClusterPack {
  pack: LanePack;
  clusters: Map<string, Cluster>;
}

/**
 * Pack a lane; where a labelled event finds no row, every event of its cell becomes one cluster
 * (which then takes a row of its own), and the lane is packed again.
 */
function packWithClusters(
  items: readonly Item[],
  rows: number,
  clip: readonly [number, number],
  opts: { measure: Measure },
  cellOf: (x: number) => number,
  a: number,
  bin: number,
): ClusterPack {
  const inCell = new Map<number, Item[]>();
  let loose = items;
  let pack!: LanePack;
  for (let pass = 0; pass < 4; pass++) {
    const pills: RowItem[] = [...inCell.keys()].map((n) => ({
      id: `cluster:${n}`,
      x0: a + n * bin + 1,
      x1: a + (n + 1) * bin - 1,
      text: '',
      active: true,
      priority: 3,
    }));
    pack = packLane([...pills, ...loose], rows, clip, opts);
    const over = new Set(pack.overflow);
    const stuck = loose.filter((it) => over.has(it.id) && it.active);
    if (!stuck.length) break;
    const cells = new Set(stuck.map((it) => cellOf(it.ax)));
    const members = (n: number) => loose.filter((it) => cellOf(it.ax) === n);
    // A crowded cell holding a single event keeps it as a mark, laid over the others.
    const single = new Set([...cells].filter((n) => members(n).length === 1));
    for (const n of cells) if (!single.has(n)) inCell.set(n, members(n));
    loose = loose.flatMap((it) => {
      const n = cellOf(it.ax);
      if (single.has(n)) return [{ ...it, active: false, text: '' }];
      return cells.has(n) ? [] : [it];
    });
  }
  const clusters = new Map<string, Cluster>();
  for (const [n, members] of inCell) clusters.set(`cluster:${n}`, toCluster(members, n, a, bin));
  return { pack, clusters };
}

function toCluster(members: readonly Item[], n: number, a: number, bin: number): Cluster {
  const type = members.every((m) => m.e.type === members[0]!.e.type) ? members[0]!.e.type : '';
  return {
    key: '',
    lane: '',
    x: a + n * bin,
    w: bin,
    y: 0,
    ids: members.map((m) => m.id),
    t0: minOf(members.map((m) => m.e.t0)),
    t1: maxOf(members.map((m) => m.e.t1)),
    type,
  };
}

/** A folded lane: one density cell per occupied cell. */
function cellsOf(
  items: readonly Item[],
  lane: RowLane,
  cellOf: (x: number) => number,
  a: number,
  bin: number,
): Cluster[] {
  const cells = new Map<number, Item[]>();
  for (const it of items) {
    const n = cellOf(it.ax);
    if (!cells.has(n)) cells.set(n, []);
    cells.get(n)!.push(it);
  }
  return [...cells].map(([n, members]) => ({
    ...toCluster(members, n, a, bin),
    key: `${lane.id}:${n}`,
    lane: lane.id,
    y: lane.y + lane.height / 2,
  }));
}

function emit(out: LabelledLayout, lane: RowLane, { pack, clusters }: ClusterPack, items: Item[]) {
  const byId = new Map(items.map((it) => [it.id, it]));
  const used = Math.max(1, pack.used);
  const y = (row: number) => rowY(lane, used, row);
  for (const p of pack.placed) {
    const c = clusters.get(p.id);
    if (c) {
      const n = p.id.slice('cluster:'.length);
      out.layout.clusters.push({ ...c, key: `${lane.id}:${n}`, lane: lane.id, y: y(p.row) });
      clusters.delete(p.id);
      continue;
    }
    const it = byId.get(p.id)!;
    out.layout.marks.push(markOf(it, lane.id, y(p.row)));
    if (p.label)
      out.labels.push({
        id: p.id,
        x: p.label.x,
        y: y(p.row),
        w: p.label.w,
        text: p.label.text,
        cut: p.label.cut,
      });
  }
  // Left over after every pass (rare): clusters at the lane's middle, dimmed marks overlapping.
  const mid = y(Math.floor((used - 1) / 2));
  for (const [id, c] of clusters) {
    const n = id.slice('cluster:'.length);
    out.layout.clusters.push({ ...c, key: `${lane.id}:${n}`, lane: lane.id, y: mid });
  }
  const inCluster = new Set(
    out.layout.clusters.filter((c) => c.lane === lane.id).flatMap((c) => c.ids),
  );
  for (const id of pack.overflow) {
    const it = byId.get(id);
    if (it && !inCluster.has(id)) out.layout.marks.push(markOf(it, lane.id, mid));
  }
}

function markOf(it: Item, lane: string, y: number): Mark {
  return {
    id: it.id,
    x: it.span ? it.x0 : it.ax,
    w: it.span ? it.x1 - it.x0 : 0,
    y,
    type: it.e.type,
    lane,
    approx: it.e.dateApprox,
    span: it.e.span,
  };
}
