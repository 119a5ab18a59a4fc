/** Where a popup (the cluster list) goes beside what opened it, always inside the viewport. */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Placement {
  x: number;
  y: number;
  /** The popup's height is capped to this (it scrolls inside). */
  maxH: number;
  side: 'above' | 'below';
}

/**
 * Above the anchor when the popup fits there, else below, else on the side with more room (its
 * height capped to that room); centred on the anchor, shifted sideways to stay `margin` px inside.
 * `placePopup({ x: 500, y: 700, w: 24, h: 16 }, { w: 400, h: 300 }, { w: 1280, h: 720 })` →
 * { x: 312, y: 394, maxH: 686, side: 'above' }.
 */
export function placePopup(
  anchor: Rect,
  size: { w: number; h: number },
  view: { w: number; h: number },
  margin = 8,
  gap = 6,
): Placement {
  const w = Math.min(size.w, view.w - 2 * margin);
  const x = Math.min(view.w - margin - w, Math.max(margin, anchor.x + anchor.w / 2 - w / 2));
  const above = anchor.y - gap - margin;
  const below = view.h - (anchor.y + anchor.h + gap) - margin;
  const side = size.h <= above || (size.h > below && above >= below) ? 'above' : 'below';
  const room = Math.max(0, side === 'above' ? above : below);
  const h = Math.min(size.h, room);
  const y = side === 'above' ? anchor.y - gap - h : anchor.y + anchor.h + gap;
  return { x, y, maxH: room, side };
}

/**
 * The popup's keys, over its `count` buttons with `index` focused (-1: none): ↑/↓ step and wrap,
 * Home/End go to the ends, Tab and Shift+Tab cycle inside, Esc closes; null leaves a key alone.
 * `popupKey('ArrowDown', false, 4, 5)` → `0`; `popupKey('Tab', false, 1, 5)` → `null`.
 */
export function popupKey(
  key: string,
  shift: boolean,
  index: number,
  count: number,
): number | 'close' | null {
  const go = (j: number) => (j + count) % count;
  if (key === 'Escape') return 'close';
  if (key === 'ArrowDown') return go(index + 1);
  if (key === 'ArrowUp') return go(index - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  if (key === 'Tab' && (shift ? index <= 0 : index === count - 1)) return shift ? count - 1 : 0;
  return null;
}
