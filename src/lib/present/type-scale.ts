/**
 * Type sizes that follow the presentation's scale (tokens.css sets the card's; this one is needed
 * in script, by the map's labels and legend). Pure.
 */

/** The map's label size outside presentation mode. */
export const MAP_LABEL_PX = 13;

/**
 * Map labels and legend while presenting: a little above the strip's axis type (about 2 % of the
 * screen's height), so they are ≥ 18 px at 1080p even in the PNG, where the map is drawn at ~86 %.
 * Never smaller than outside presentation. `mapLabelPx(1920, 1080)` → 22; `mapLabelPx(1280, 720)` → 15.
 */
export function mapLabelPx(width: number, height: number): number {
  return Math.max(MAP_LABEL_PX, Math.round(Math.min(height * 0.0205, width * 0.0115)));
}
