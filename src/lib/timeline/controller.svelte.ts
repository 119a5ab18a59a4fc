/**
 * What the timeline does with input: zoom and pan (through zoom.ts), pointing and picking marks or
 * clusters, keyboard stepping, the tooltip and the cluster list. It calls the timeline's callback
 * props; local view state lives in the TimelineModel.
 */
import { formatDateRange, formatEventDate } from '../data/dates';
import type { ReformEvent } from '../data/types';
import type { Lang, MessageKey } from '../i18n';
import { keyAction } from './keyboard';
import { anchorTime, eventExtent, hitTest, type Cluster, type Hit } from './layout';
import type { TimelineModel } from './model.svelte';
import { IDENTITY, centreOn, fitRange, viewFor, zoomAround } from './scales';
import type { Zoomer } from './zoom';

/**
 * d3-zoom (with d3-selection and d3-transition) in a chunk of its own, asked for as this module
 * loads: it arrives beside the data, outside the first chunk, and is there when the plot mounts.
 */
let zoomModule: Promise<typeof import('./zoom')> | null = null;
const loadZoom = () => (zoomModule ??= import('./zoom'));
if (typeof window !== 'undefined') void loadZoom().catch(() => (zoomModule = null));

export interface ControllerInput {
  lang: Lang;
  activeIds: ReadonlySet<string>;
  selectedId: string | null;
  window: readonly [number, number] | null;
  titleOf: (e: ReformEvent) => string;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  onselect: (id: string | null) => void;
  onhover: (id: string | null) => void;
  /** Enter on an event: its details are wanted (focus moves there). */
  onopen?: (id: string) => void;
}

export class TimelineController {
  tip = $state.raw<{ x: number; y: number; text: string } | null>(null);
  list = $state.raw<Cluster | null>(null);
  /** The opened cluster's bubble in viewport coordinates (the list is placed beside it). */
  listAnchor = $state.raw<{ x: number; y: number; w: number; h: number }>({
    x: 0,
    y: 0,
    w: 0,
    h: 0,
  });
  zoomer = $state.raw<Zoomer | null>(null);
  plot: HTMLElement | null = null;
  #hoverId: string | null = null;
  /** The filtered-in set the view was last fitted to: a user's zoom stays until it changes. */
  #fitted: ReadonlySet<string> | null = null;
  #m: TimelineModel;
  #in: () => ControllerInput;

  constructor(m: TimelineModel, input: () => ControllerInput) {
    this.#m = m;
    this.#in = input;
  }

  dateOf = (e: ReformEvent) => formatEventDate(e, this.#in().lang);
  rangeOf = (t0: number, t1: number) =>
    formatDateRange(
      new Date(t0).toISOString().slice(0, 7),
      new Date(t1 - 1).toISOString().slice(0, 7),
      this.#in().lang,
    );

  /** The selected event's position (on its mark, or its lane when it sits in a cluster). */
  selected = $derived.by(() => {
    const id = this.#in().selectedId;
    const e = id ? this.#m.byId.get(id) : undefined;
    const at = e && this.#m.pointOf(e.id);
    return e && at ? { id: e.id, type: e.type, x: at.x, y: at.y } : null;
  });
  cursorPoint = $derived.by(() => (this.#m.cursor ? this.#m.pointOf(this.#m.cursor) : null));
  /** What the screen reader hears when ←/→ reach an event. */
  focusText = $derived.by(() => {
    const m = this.#m;
    const e = m.cursor ? m.byId.get(m.cursor) : undefined;
    const index = e ? m.steps.indexOf(e.id) : -1;
    // An event the filters have since hidden is no step: say nothing rather than "0 of n".
    if (!e || index < 0) return '';
    return this.#in().t('timeline.focus', {
      date: this.dateOf(e),
      type: m.typeName.get(e.type) ?? e.type,
      title: this.#in().titleOf(e),
      index: index + 1,
      total: m.steps.length,
    });
  });

  /**
   * Attachment for the plot: d3-zoom on it for as long as it exists (once its chunk is in; the
   * marks draw without waiting for it).
   */
  zoomable = (node: HTMLElement) => {
    const m = this.#m;
    this.plot = node;
    let gone = false;
    void loadZoom().then(({ createZoomer }) => {
      if (gone) return;
      this.zoomer = createZoomer(node, (v) => (m.view = v));
    });
    $effect(() => this.zoomer?.configure({ height: m.h, range: [m.left, m.right], kMax: m.kMax }));
    return () => {
      gone = true;
      this.zoomer?.destroy();
      this.zoomer = null;
    };
  };

  /** Pan (smoothly) so an off-screen event comes to the middle. */
  reveal(id: string) {
    const m = this.#m;
    const e = m.byId.get(id);
    const x = e ? m.scale(anchorTime(e)) : NaN;
    if (e && this.zoomer && !(x >= m.left + 16 && x <= m.right - 16))
      this.zoomer.to(centreOn(m.base, m.view, anchorTime(e), m.kMax));
  }

  /**
   * When the filters (or the time window) change, zoom to where the filtered-in events are, with a
   * small margin, in the same update (Timeline.svelte calls it before the DOM is updated): one
   * layout of the timeline for a filter change. A 300 ms tween here laid the timeline out again on
   * every frame (2–4 layouts inside the bench's filter → painted, counted by layoutLabelled
   * calls), and on an office PC each of those frames took ~40 ms. The user's own zoom is kept until
   * the next change; the zoom buttons, reset and bringing an event into view still ease.
   */
  fit(ids: ReadonlySet<string>) {
    const m = this.#m;
    if (ids === this.#fitted || !this.zoomer) return;
    this.#fitted = ids;
    const events = [...ids].map((id) => m.byId.get(id)).filter((e) => !!e);
    const extent = eventExtent(events, this.#in().window);
    if (!extent) return;
    const [t0, t1] = fitRange(extent);
    // The geometry may be newer than the zoom's (the first layout): hand it over first.
    this.zoomer.configure({ height: m.h, range: [m.left, m.right], kMax: m.kMax });
    this.zoomer.to(viewFor(m.base, t0, t1, m.kMax), false);
  }

  /** Zoom around the focused event when it is in view, else around the middle. */
  zoomBy = (factor: number) => {
    const m = this.#m;
    const at = this.cursorPoint?.x ?? NaN;
    const px = at >= m.left && at <= m.right ? at : (m.left + m.right) / 2;
    this.zoomer?.to(zoomAround(m.base, m.view, factor, px, m.kMax));
  };
  reset = () => this.zoomer?.to(IDENTITY);
  zoomToList = () => {
    const c = this.list;
    if (c) this.zoomer?.to(viewFor(this.#m.base, c.t0, c.t1, this.#m.kMax));
    this.list = null;
  };
  /** Close the list and give focus back to the bubble that opened it (or the plot). */
  closeList = () => {
    const key = this.list?.key;
    this.list = null;
    const bubble = key
      ? this.plot?.querySelector<SVGElement>(`.cluster[data-key="${CSS.escape(key)}"]`)
      : null;
    (bubble ?? this.plot)?.focus();
  };
  pickFromList = (id: string) => {
    this.list = null;
    this.#in().onselect(id);
  };

  #hover(id: string | null) {
    if (id !== this.#hoverId) this.#in().onhover((this.#hoverId = id));
  }
  #local(ev: PointerEvent) {
    const r = this.plot!.getBoundingClientRect();
    return { x: ev.clientX - r.left, y: ev.clientY - r.top };
  }

  /** The pointer is over a mark, a cluster or nothing: preview it on the map, show a tooltip. */
  point = (hit: Hit, ev: PointerEvent) => {
    // While a drag pans the plot, nothing under the pointer is being pointed at.
    if (ev.buttons) hit = null;
    this.#hover(hit?.kind === 'mark' ? hit.id : null);
    this.tip = hit && this.plot ? { ...this.#local(ev), text: this.#tipText(hit) } : null;
  };
  pick = (hit: Hit) => {
    this.tip = null;
    if (hit?.kind === 'mark') this.#in().onselect(hit.id);
    else if (hit) this.openList(hit.cluster);
  };
  openList(c: Cluster) {
    const r = this.plot?.getBoundingClientRect();
    this.listAnchor = { x: (r?.left ?? 0) + c.x, y: (r?.top ?? 0) + c.y - 8, w: c.w, h: 16 };
    this.list = c;
  }

  /** Canvas mode: find what is under the pointer by geometry. */
  canvasHit(ev: PointerEvent): Hit {
    if (this.#m.dom || !this.plot) return null;
    const at = this.#local(ev);
    return hitTest(this.#m.layout, at.x, at.y);
  }

  #tipText(hit: NonNullable<Hit>): string {
    const { t, titleOf, activeIds } = this.#in();
    if (hit.kind === 'mark') {
      const e = this.#m.byId.get(hit.id)!;
      return `${this.dateOf(e)} · ${titleOf(e)}`;
    }
    const c = hit.cluster;
    const active = c.ids.filter((id) => activeIds.has(id)).length;
    const range = this.rangeOf(c.t0, c.t1);
    const text =
      active < c.ids.length
        ? t('timeline.clusterActive', { count: c.ids.length, active, range })
        : t('timeline.cluster', { count: c.ids.length, range });
    return `${text} · ${t('timeline.clusterHint')}`;
  }

  keydown = (ev: KeyboardEvent) => {
    const m = this.#m;
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const current = m.cursor && m.steps.includes(m.cursor) ? m.cursor : null;
    const a = keyAction(ev.key, m.steps, current, m.firstInView());
    if (!a) return;
    ev.preventDefault();
    if (a.kind === 'focus') {
      m.cursor = a.id;
      this.#hover(a.id);
      this.reveal(a.id);
    } else if (a.kind === 'select') {
      this.#in().onselect(a.id);
      this.#in().onopen?.(a.id);
    } else if (a.kind === 'zoom') this.zoomBy(a.factor);
    else {
      m.cursor = null;
      this.#hover(null);
      this.#in().onselect(null);
    }
  };
  blur = () => this.#hover(null);

  /** Focus back on the timeline, at an event (Esc from its details). */
  focusEvent(id: string | null) {
    const m = this.#m;
    if (id && m.steps.includes(id)) {
      m.cursor = id;
      this.reveal(id);
    }
    this.plot?.focus();
  }
}
