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

/**
 * More filtered-in events than this in view: marks only (layoutMarks), labelled where there happens
 * to be room. Dimmed (filtered-out) events do not count: a region filter over a busy period still
 * names its few events.
 */
export const LABEL_LIMIT = 150;
/** More events of any kind than this in view: marks only (each dimmed mark is still an element). */
export const TOTAL_LIMIT = 500;

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
  /** Filtered-in events in view beyond which this gives up (LABEL_LIMIT). */
  limit?: number;
  /** Events of any kind in view beyond which this gives up (TOTAL_LIMIT). */
  totalLimit?: number;
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
 * Lanes, marks, clusters and labels for the events in view, or null when more than `limit`
 * filtered-in events (or `totalLimit` events in all) are in view: then the plain mark layout applies. Two events at the same time in a lane of three rows →
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
  let shown = 0;
  for (let i = 0; i < data.events.length; i++) {
    const e = data.events[i]!;
    const items = byLane.get(compact ? ALL_LANE : e.type);
    if (!items) continue;
    const ax = a + b * data.anchor[i]!;
    const x0 = e.span ? ax : ax - radius;
    const x1 = e.span ? Math.max(ax + 2, a + b * data.end[i]!) : ax + radius;
    if (x1 < c0 - bin || x0 > c1 + bin) continue;
    const active = o.active.has(e.id);
    if (++count > (o.totalLimit ?? TOTAL_LIMIT)) return null;
    if (active && ++shown > (o.limit ?? LABEL_LIMIT)) return null;
    const inView = e.span ? x1 >= c0 && x0 <= c1 : ax >= c0 && ax <= c1;
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

/** A cluster while packing: its members and the pill's screen extent. */
interface Pill {
  members: Item[];
  x: number;
  /** Only the events that found no row, beside those that did (else the whole cell). */
  partial: boolean;
}

/**
 * Pack a lane. Where labelled events find no row, they become one count pill just left of them,
 * so the rows the lane has still name as many events as they can; where even that pill finds no
 * row, every event of the cell becomes one cluster in the cell's place. Each time, the lane is
 * packed again.
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
  const pills = new Map<number, Pill>();
  let loose = items;
  let pack!: LanePack;
  for (let pass = 0; pass < 5; pass++) {
    const pillItems: RowItem[] = [...pills].map(([n, p]) => ({
      id: `cluster:${n}`,
      x0: p.x + 1,
      x1: p.x + bin - 1,
      text: '',
      active: true,
      priority: 3,
    }));
    pack = packLane([...pillItems, ...loose], rows, clip, opts);
    const over = new Set(pack.overflow);
    const stuck = loose.filter((it) => over.has(it.id) && it.active);
    const stuckPills = [...pills.keys()].filter((n) => over.has(`cluster:${n}`));
    if (!stuck.length && !stuckPills.length) break;
    const byCell = new Map<number, Item[]>();
    for (const it of stuck) {
      const n = cellOf(it.ax);
      if (!byCell.has(n)) byCell.set(n, []);
      byCell.get(n)!.push(it);
    }
    const whole = new Set<number>(stuckPills);
    for (const [n, group] of byCell) {
      if (pills.has(n) || pass >= 2) whole.add(n);
      else if (group.length === 1 && loose.filter((it) => cellOf(it.ax) === n).length === 1)
        // A crowded cell holding a single event keeps it as a mark, laid over the others.
        loose = loose.map((it) => (it === group[0] ? { ...it, active: false, text: '' } : it));
      else {
        const x = minOf(group.map((it) => it.x0)) - bin - 2;
        pills.set(n, { members: group, x, partial: true });
        loose = loose.filter((it) => !group.includes(it));
      }
    }
    for (const n of whole) {
      const inCell = loose.filter((it) => cellOf(it.ax) === n);
      const members = [...(pills.get(n)?.members ?? []), ...inCell];
      pills.set(n, { members, x: a + n * bin, partial: false });
      loose = loose.filter((it) => !inCell.includes(it));
    }
  }
  const clusters = new Map<string, Cluster>();
  for (const [n, p] of pills)
    clusters.set(`cluster:${n}`, { ...toCluster(p.members, n, a, bin), x: p.x });
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
    if (p.label) {
      const { x, w, text, cut, side } = p.label;
      out.labels.push({ id: p.id, x, y: y(p.row), w, text, cut, inside: side === 'inside' });
    }
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
