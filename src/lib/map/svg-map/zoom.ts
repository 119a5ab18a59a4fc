/**
 * The one module touching d3-zoom for the SVG map. The wheel (and a trackpad pinch, which sends
 * ctrl+wheel) zooms about the pointer, a drag pans, two fingers pinch; the click that ends a drag
 * selects nothing (d3-zoom swallows it past `clickDistance`). The middle of the view stays over the
 * map's frame, so a zoomed map pans to any edge but never out of reach. Fits go through here too,
 * eased by a CSS transition on the zoomed layer. Double-click is left to the map (it drills down).
 */
import { select } from 'd3-selection';
import {
  zoom,
  zoomIdentity,
  type D3ZoomEvent,
  type ZoomTransform,
  type ZoomBehavior,
} from 'd3-zoom';
import type { Transform } from '../geo';

/** From the national view (k = 1) to a city filling the map. */
export const MAX_SCALE = 12;
const DURATION = 400;
type Extent = [[number, number], [number, number]];

/**
 * d3-zoom's `constrain`: move the transform so the middle of the view (`extent`) lies over
 * `translateExtent`. With both [[0, 0], [400, 300]]: translate(500, 0) → translate(200, 0), and
 * translate(0, -1000).scale(3) → translate(0, -750).scale(3).
 */
export function centreInside(t: ZoomTransform, extent: Extent, translateExtent: Extent) {
  const [[x0, y0], [x1, y1]] = extent;
  const [[a0, b0], [a1, b1]] = translateExtent;
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  const bx = clamp(t.invertX(cx), a0, a1);
  const by = clamp(t.invertY(cy), b0, b1);
  return zoomIdentity.translate(cx - bx * t.k, cy - by * t.k).scale(t.k);
}

export interface SvgZoom {
  /** The view is w × h pixels; the map's frame is the same box at k = 1. */
  resize(w: number, h: number): void;
  /** Go to a transform: eased over 400 ms unless `animate` is false or motion is reduced. */
  to(t: Transform, animate: boolean): void;
  /** True while an eased move runs. */
  moving(): boolean;
  destroy(): void;
}

/** Zoom `svg` by moving `layer`; `onzoom` hears every new transform (user's or `to`'s). */
export function createSvgZoom(
  svg: SVGSVGElement,
  layer: SVGGElement,
  onzoom: (t: Transform) => void,
): SvgZoom {
  const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const sel = select(svg);
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let easing = false;
  // The layer starts untransformed: the national view.
  let shown = 'translate(0px, 0px) scale(1)';

  function show({ k, x, y }: Transform) {
    const transform = `translate(${x}px, ${y}px) scale(${k})`;
    // Easing to where the layer already is moves nothing: no transition runs, so nothing is moving
    // (a first fit to the national view used to leave the map "moving" for 450 ms after drawing).
    const eases = easing && !reduceMotion && transform !== shown;
    if (eases) {
      const timer = setTimeout(() => timers.delete(timer), DURATION + 50);
      timers.add(timer);
    }
    layer.style.transition = eases ? `transform ${DURATION}ms ease-out` : 'none';
    layer.style.transform = shown = transform;
    onzoom({ k, x, y });
  }

  type Ev = D3ZoomEvent<SVGSVGElement, unknown>;
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, MAX_SCALE])
    .clickDistance(4)
    .constrain(centreInside)
    .on('zoom', (e: Ev) => {
      if (e.sourceEvent?.type === 'mousemove') svg.style.cursor = 'grabbing';
      show(e.transform);
    })
    .on('end', (e: Ev) => {
      if (e.sourceEvent?.type === 'mouseup') svg.style.cursor = '';
    });
  sel.call(behaviour).on('dblclick.zoom', null);
  // At the scale limits d3-zoom lets a wheel through: it must not scroll or zoom the page instead.
  const keepWheel = (e: WheelEvent) => e.preventDefault();
  svg.addEventListener('wheel', keepWheel, { passive: false });

  return {
    resize(w, h) {
      const box: Extent = [
        [0, 0],
        [w, h],
      ];
      behaviour.extent(box).translateExtent(box);
    },
    to({ k, x, y }, animate) {
      easing = animate;
      try {
        behaviour.transform(sel, zoomIdentity.translate(x, y).scale(k));
      } finally {
        easing = false;
      }
    },
    moving: () => timers.size > 0,
    destroy() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      svg.removeEventListener('wheel', keepWheel);
      sel.on('.zoom', null);
    },
  };
}
