/**
 * The one module touching d3-zoom: wheel and drag pan, ctrl+wheel / pinch / double-click zoom,
 * bounded to the data, plus animated programmatic moves. Reports an immutable {k, x} view.
 */
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import { constrainView, tweenView, type View } from './scales';

export interface ZoomGeometry {
  height: number;
  /** Screen range of the plot (the base scale's range). */
  range: readonly [number, number];
  kMax: number;
}

export interface Zoomer {
  configure(g: ZoomGeometry): void;
  /**
   * Go to a view (bounded), easing over ~300 ms unless the user prefers reduced motion; with
   * `animate` false it is reported at once (within the caller's update, not a frame later).
   */
  to(v: View, animate?: boolean): void;
  destroy(): void;
}

const ease = (t: number) => 1 - Math.pow(1 - t, 3);

export function createZoomer(el: HTMLElement, onzoom: (v: View) => void): Zoomer {
  const sel: Selection<HTMLElement, unknown, null, undefined> = select(el);
  let geo: ZoomGeometry = { height: 1, range: [0, 1], kMax: 1 };
  let frame = 0;
  const stopTween = () => {
    cancelAnimationFrame(frame);
    frame = 0;
  };
  const behaviour: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    // A plain wheel pans (below); ctrl+wheel and trackpad pinch (which sends ctrl) zoom.
    .filter((e: Event & { ctrlKey?: boolean; button?: number }) =>
      e.type === 'wheel' ? !!e.ctrlKey : !e.ctrlKey && !e.button,
    )
    .wheelDelta(
      (e: WheelEvent) => -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * 3,
    )
    .clickDistance(4)
    .on('start', (e: D3ZoomEvent<HTMLElement, unknown>) => {
      if (e.sourceEvent) stopTween();
    })
    .on('zoom', (e: D3ZoomEvent<HTMLElement, unknown>) =>
      report({ k: e.transform.k, x: e.transform.x }),
    );
  // Input can arrive several times per frame: hand on only the latest view, once per frame.
  let pending: View | null = null;
  let raf = 0;
  function report(v: View) {
    pending = v;
    raf ||= requestAnimationFrame(() => {
      raf = 0;
      if (pending) onzoom(pending);
      pending = null;
    });
  }
  sel.call(behaviour);

  const apply = (v: View) => behaviour.transform(sel, zoomIdentity.translate(v.x, 0).scale(v.k));

  const onWheel = (e: WheelEvent) => {
    if (e.ctrlKey) return;
    e.preventDefault();
    stopTween();
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? geo.range[1] - geo.range[0] : 1;
    const d = (Math.abs(e.deltaX) > Math.abs(e.deltaY) ? e.deltaX : e.deltaY) * unit;
    const t = (el as HTMLElement & { __zoom?: { k: number; x: number } }).__zoom ?? zoomIdentity;
    apply(constrainView({ k: t.k, x: t.x - d }, geo.range, geo.kMax));
  };
  el.addEventListener('wheel', onWheel, { passive: false });

  return {
    configure(g) {
      geo = g;
      const [r0, r1] = g.range;
      behaviour
        .extent([
          [r0, 0],
          [r1, g.height],
        ])
        .translateExtent([
          [r0, 0],
          [r1, g.height],
        ])
        .scaleExtent([1, g.kMax]);
      const t = (el as HTMLElement & { __zoom?: { k: number; x: number } }).__zoom ?? zoomIdentity;
      const next = constrainView(t, g.range, g.kMax);
      if (next.k !== t.k || next.x !== t.x) apply(next);
    },
    to(target, animate = true) {
      stopTween();
      const goal = constrainView(target, geo.range, geo.kMax);
      const reduced = matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      const from = (el as HTMLElement & { __zoom?: View }).__zoom ?? zoomIdentity;
      // Already there (a filter whose events span what is shown): no tween of identical frames,
      // each of which would lay the timeline out again.
      if (Math.abs(goal.k - from.k) < 1e-9 && Math.abs(goal.x - from.x) < 0.5) return;
      if (!animate || reduced) {
        apply(goal);
        // Reported now: a jump drawn a frame later would lay the timeline out twice.
        cancelAnimationFrame(raf);
        raf = 0;
        pending = null;
        return onzoom(goal);
      }
      const start = { k: from.k, x: from.x };
      // Time is counted from the first frame's own timestamp: a frame's timestamp is when it began,
      // which on a busy page can be long before this call (elapsed time would be negative).
      let t0 = NaN;
      const step = (now: number) => {
        if (Number.isNaN(t0)) t0 = now;
        const p = ease(Math.min(1, Math.max(0, (now - t0) / 300)));
        apply(tweenView(start, goal, (geo.range[0] + geo.range[1]) / 2, p));
        frame = p < 1 ? requestAnimationFrame(step) : 0;
      };
      frame = requestAnimationFrame(step);
    },
    destroy() {
      stopTween();
      cancelAnimationFrame(raf);
      el.removeEventListener('wheel', onWheel);
      sel.on('.zoom', null);
    },
  };
}
