/** Event labels: which marks get a title beside them, so that no two labels (or a label and a mark) overlap. */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelCandidate {
  id: string;
  /** Left edge of the label (just right of its mark). */
  x: number;
  /** Vertical centre. */
  y: number;
  text: string;
  /** Higher goes first (the selected event, the focused one). */
  priority: number;
}

export interface Label {
  id: string;
  x: number;
  y: number;
  w: number;
  text: string;
  /** Shortened with … for want of room. */
  cut?: boolean;
}

const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/** Estimated width of text: Han and full-width characters 1 em, others ~0.58 em. `textWidth('改革a', 12)` ≈ 31. */
export function textWidth(text: string, size = 12): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? size : size * 0.58;
  return w;
}

/** The longest prefix (with `…`) that fits in `max` px; '' when not even `min` characters fit. */
export function fitText(text: string, max: number, size = 12, min = 4): string {
  if (textWidth(text, size) <= max) return text;
  const chars = [...text];
  let out = '';
  let w = textWidth('…', size);
  for (const ch of chars) {
    const cw = textWidth(ch, size);
    if (w + cw > max) break;
    out += ch;
    w += cw;
  }
  return [...out].length >= min ? `${out.trimEnd()}…` : '';
}

const intersects = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Greedy placement by priority, then left to right: each label takes the room to its right up to
 * the next obstacle or placed label (at most `maxWidth`), shortened with `…`, or is left out when
 * that room is too small or anything overlaps. Obstacles are the mark boxes (a label may touch its
 * own mark, which is left of `x`).
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly Box[],
  right: number,
  { size = 12, maxWidth = 180, pad = 4 } = {},
): Label[] {
  const h = size + 2;
  const order = [...candidates].sort((a, b) => b.priority - a.priority || a.x - b.x);
  const placed: Label[] = [];
  const taken: Box[] = [];
  for (const c of order) {
    const top = c.y - h / 2;
    let room = Math.min(maxWidth, right - c.x);
    const fence = (b: Box) => {
      if (b.y < top + h && top < b.y + b.h && b.x + b.w > c.x) {
        if (b.x <= c.x) room = -1;
        else room = Math.min(room, b.x - c.x - pad);
      }
    };
    for (const b of obstacles) fence(b);
    for (const b of taken) fence(b);
    if (room <= 0) continue;
    const text = fitText(c.text, room, size);
    if (!text) continue;
    const box = { x: c.x, y: top, w: textWidth(text, size), h };
    if (taken.some((b) => intersects(b, box))) continue;
    taken.push(box);
    placed.push({ id: c.id, x: c.x, y: c.y, w: box.w, text, cut: text !== c.text || undefined });
  }
  return placed;
}
