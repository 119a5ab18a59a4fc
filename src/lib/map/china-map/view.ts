/**
 * How the maplibre map moves: the national view it opens on, how far it may pan, the gestures it
 * takes (no rotation or tilt; double-click drills down instead of zooming), and how it fits.
 * Pure; types only from maplibre-gl.
 */
import type { FitBoundsOptions, MapOptions } from 'maplibre-gl';
import { NATIONAL_BOUNDS } from '../geo';
import { FIT_PADDING } from '../renderer';

/** The deepest fit: a city fills the map. */
const MAX_FIT_ZOOM = 7;

export const VIEW_OPTIONS = {
  bounds: NATIONAL_BOUNDS,
  fitBoundsOptions: { padding: FIT_PADDING },
  dragRotate: false,
  pitchWithRotate: false,
  touchPitch: false,
  renderWorldCopies: false,
  // Loose enough that a short, wide map can still fit the whole country (a tight box pushes the
  // fitted view down and hides 海南 under the attribution line).
  maxBounds: [
    [30, -25],
    [180, 75],
  ],
  doubleClickZoom: false,
  cooperativeGestures: false,
} satisfies Partial<MapOptions>;

/** `fitOptions(true, false)` → eased over 400 ms; at once when not animated or motion is reduced. */
export function fitOptions(animate: boolean, reduceMotion: boolean): FitBoundsOptions {
  return {
    padding: FIT_PADDING,
    duration: reduceMotion || !animate ? 0 : 400,
    maxZoom: MAX_FIT_ZOOM,
  };
}
