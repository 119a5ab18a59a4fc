/**
 * The timeline's own view state (size, zoom, lane mode, keyboard cursor) and the geometry derived
 * from it and the props. Local to one Timeline; app state stays in AppState.
 */
import type { Era, ReformEvent, ReformType } from '../data/types';
import type { Lang } from '../i18n';
import { DOM_LIMIT, MARK_R } from './draw';
import { eraRows } from './eras';
import { layoutLabelled } from './labelled';
import { placeLabels, textWidth, type Box, type LabelCandidate } from './labels';
import { measureFor } from './measure';
import {
  ALL_LANE,
  anchorTime,
  laneRoom,
  layoutLanes,
  layoutMarks,
  prepare,
  type Mark,
} from './layout';
import {
  IDENTITY,
  axisTicks,
  createTimeScale,
  maxZoom,
  rescale,
  timeDomain,
  type View,
} from './scales';

export interface ModelInput {
  items: readonly ReformEvent[];
  overview: readonly ReformEvent[];
  activeIds: ReadonlySet<string>;
  types: readonly ReformType[];
  eras: readonly Era[];
  selectedId: string | null;
  lang: Lang;
  titleOf: (e: ReformEvent) => string;
}

export const ERA_ROW = 16;
export const AXIS_H = 22;
const LABEL_SIZE = 12;

export class TimelineModel {
  width = $state(0);
  height = $state(0);
  /** The panel has been measured (0 × 0 where nothing is laid out, e.g. jsdom): draw now. */
  sized = $state(false);
  view = $state.raw<View>(IDENTITY);
  /** The user's choice of one lane for every type (the toolbar's ≡). */
  compact = $state(false);
  collapsed = $state.raw<ReadonlySet<string>>(new Set());
  /** The keyboard cursor: the event ←/→ reached. */
  cursor = $state<string | null>(null);
  #input: () => ModelInput;

  constructor(input: () => ModelInput) {
    this.#input = input;
  }
  get input() {
    return this.#input();
  }

  /**
   * Attachment for the panel: its size, both sides at once, before anything is drawn. With a
   * binding for each side the timeline was laid out three times on load (a guessed size, the
   * width, then the height: a count of layoutLabelled calls), for the one layout that is kept.
   */
  measure = (node: HTMLElement) => {
    const read = () => {
      this.width = node.clientWidth;
      this.height = node.clientHeight;
      this.sized = true;
    };
    read();
    const ro = new ResizeObserver(read);
    ro.observe(node);
    return () => ro.disconnect();
  };

  // jsdom measures nothing: fall back to a plausible size.
  w = $derived(this.width || 960);
  h = $derived(this.height || 260);
  typeName = $derived(
    new Map(this.input.types.map((t) => [t.id, this.input.lang === 'en' ? t.en : t.zh])),
  );
  colourOf = $derived(new Map(this.input.types.map((t) => [t.id, t.colour])));
  left = $derived(
    Math.round(
      Math.min(
        200,
        [...this.typeName.values()].reduce((m, n) => Math.max(m, textWidth(n, 13) + 34), 124),
      ),
    ),
  );
  right = $derived(this.w - 14);
  domain = $derived(
    timeDomain(this.input.overview.length ? this.input.overview : this.input.items),
  );
  kMax = $derived(maxZoom(this.domain));
  base = $derived(createTimeScale(this.domain, [this.left, Math.max(this.left + 10, this.right)]));
  scale = $derived(rescale(this.base, this.view));
  /** Short panels (a 720p projector) stack overlapping eras in one row and thin the overview. */
  tight = $derived(this.h < 300);
  overviewH = $derived(this.tight ? 28 : 34);
  eras = $derived(eraRows(this.input.eras, this.tight));
  top = $derived(4 + ERA_ROW * this.eras.reduce((m, b) => Math.max(m, b.row + 1), 1) + 2);
  plotBottom = $derived(this.h - AXIS_H - this.overviewH);
  ticks = $derived(axisTicks(this.scale, this.input.lang));
  prepared = $derived(prepare(this.input.items));
  ordered = $derived(this.prepared.events);
  present = $derived(new Set(this.input.items.map((e) => e.type)));
  /** Too short for a lane per type (layout.ts, laneRoom): one lane holds every type. */
  cramped = $derived(!laneRoom(this.plotBottom - this.top, this.present.size));
  /** One lane for every type: chosen, or for want of height. */
  oneLane = $derived(this.compact || this.cramped);
  /** Lanes in order: the types with events (or the one lane of compact mode), folded or not. */
  laneList = $derived(
    this.oneLane
      ? this.present.size
        ? [{ id: ALL_LANE, collapsed: false }]
        : []
      : this.input.types
          .filter((t) => this.present.has(t.id))
          .map((t) => ({ id: t.id, collapsed: this.collapsed.has(t.id) })),
  );
  /** Few enough events in view to name each one: lanes sized for their labels. */
  named = $derived(
    layoutLabelled({
      data: this.prepared,
      scale: this.scale,
      lanes: this.laneList,
      top: this.top,
      height: Math.max(20, this.plotBottom - this.top),
      clip: [this.left, this.right],
      active: this.input.activeIds,
      titleOf: this.input.titleOf,
      first: [this.input.selectedId, this.cursor].filter((id): id is string => !!id),
      measure: measureFor(this.input.lang, LABEL_SIZE),
      radius: MARK_R,
    }),
  );
  lanes = $derived(
    this.named?.lanes ??
      layoutLanes(
        this.input.types,
        this.present,
        this.top,
        Math.max(20, this.plotBottom - this.top),
        { collapsed: this.collapsed, compact: this.oneLane },
      ),
  );
  layout = $derived(
    this.named?.layout ??
      layoutMarks(this.prepared, this.scale, this.lanes, {
        clip: [this.left, this.right],
        radius: MARK_R,
      }),
  );
  /** Few enough marks for SVG elements (interactive, labelled); else a canvas. */
  dom = $derived(
    !!this.named || this.layout.marks.length + this.layout.clusters.length <= DOM_LIMIT,
  );
  byId = $derived(new Map(this.input.items.map((e) => [e.id, e])));
  /** Keyboard order: events passing every filter, in time order. */
  steps = $derived(this.ordered.filter((e) => this.input.activeIds.has(e.id)).map((e) => e.id));
  labels = $derived.by(() => {
    if (this.named) return this.named.labels;
    if (!this.dom || this.oneLane) return [];
    const marks = this.layout.marks;
    const obstacles: Box[] = marks.map(markBox);
    for (const c of this.layout.clusters) obstacles.push({ x: c.x, y: c.y - 8, w: c.w, h: 16 });
    const candidates: LabelCandidate[] = marks
      .filter((m) => this.input.activeIds.has(m.id))
      .map((m) => ({
        id: m.id,
        x: (m.span ? m.x + m.w : m.x + MARK_R) + 4,
        y: m.y,
        text: this.input.titleOf(this.byId.get(m.id)!),
        priority: m.id === this.input.selectedId ? 2 : m.id === this.cursor ? 1 : 0,
      }));
    return placeLabels(candidates, obstacles, this.right, { size: LABEL_SIZE });
  });

  /** Screen x of an event's mark, and the lane centre (for events inside a cluster). */
  pointOf(id: string): { x: number; y: number; lane: string } | null {
    const m = this.layout.marks.find((mk) => mk.id === id);
    if (m) return { x: m.span ? m.x : m.x, y: m.y, lane: m.lane };
    const e = this.byId.get(id);
    if (!e) return null;
    const lane = this.lanes.find((l) => l.id === (this.oneLane ? ALL_LANE : e.type));
    if (!lane) return null;
    return { x: this.scale(anchorTime(e)), y: lane.y + lane.height / 2, lane: lane.id };
  }

  /** Index in `steps` of the first event at or right of the plot's left edge. */
  firstInView(): number {
    const t = this.scale.invert(this.left).getTime();
    const i = this.steps.findIndex((id) => anchorTime(this.byId.get(id)!) >= t);
    return i === -1 ? 0 : i;
  }

  toggleLane(id: string) {
    const next = new Set(this.collapsed);
    if (!next.delete(id)) next.add(id);
    this.collapsed = next;
  }
}

function markBox(m: Mark): Box {
  return m.span
    ? { x: m.x, y: m.y - 3, w: m.w, h: 6 }
    : { x: m.x - MARK_R, y: m.y - MARK_R, w: 2 * MARK_R, h: 2 * MARK_R };
}
