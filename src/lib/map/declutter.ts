/** Label placement for the SVG map (maplibre does its own): drop labels that would overlap. Pure. */

export interface LabelBox {
  /** Centre, in screen pixels. */
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Greedy, in priority order: keep a label when it overlaps none kept before it; null is never kept.
 * `declutter([{ x: 0, y: 0, w: 20, h: 10 }, { x: 5, y: 0, w: 20, h: 10 }])` → [true, false].
 */
export function declutter(boxes: readonly (LabelBox | null)[]): boolean[] {
  const kept: LabelBox[] = [];
  return boxes.map((b) => {
    if (!b) return false;
    const hit = kept.some(
      (k) => Math.abs(k.x - b.x) * 2 < k.w + b.w && Math.abs(k.y - b.y) * 2 < k.h + b.h,
    );
    if (!hit) kept.push(b);
    return !hit;
  });
}

/** Rough width of a label: Han characters 1 em, others 0.6 em. `labelWidth('四川', 12)` → 24. */
export function labelWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? size : size * 0.6;
  return w;
}
