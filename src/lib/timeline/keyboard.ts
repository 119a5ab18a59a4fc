/** Keyboard stepping through the timeline's events: what a key does, given the events in time order. */

export type KeyAction =
  | { kind: 'focus'; id: string }
  | { kind: 'select'; id: string }
  | { kind: 'clear' }
  | { kind: 'zoom'; factor: number }
  | null;

/**
 * ←/→ previous/next event in time order, Home/End first/last, Enter selects the focused event,
 * Esc clears, +/− zoom. With nothing focused, ← and → start at `start` (the first event in view). `keyAction('ArrowRight', ['a', 'b'], 'a')` → { kind: 'focus', id: 'b' }.
 */
export function keyAction(
  key: string,
  ids: readonly string[],
  current: string | null,
  start = 0,
): KeyAction {
  switch (key) {
    case '+':
    case '=':
      return { kind: 'zoom', factor: 2 };
    case '-':
    case '_':
      return { kind: 'zoom', factor: 0.5 };
    case 'Escape':
      return { kind: 'clear' };
  }
  if (!ids.length) return null;
  const at = current === null ? -1 : ids.indexOf(current);
  const from = Math.min(Math.max(0, start), ids.length - 1);
  switch (key) {
    case 'ArrowRight':
      return { kind: 'focus', id: ids[at === -1 ? from : Math.min(ids.length - 1, at + 1)]! };
    case 'ArrowLeft':
      return { kind: 'focus', id: ids[at === -1 ? from : Math.max(0, at - 1)]! };
    case 'Home':
      return { kind: 'focus', id: ids[0]! };
    case 'End':
      return { kind: 'focus', id: ids[ids.length - 1]! };
    case 'Enter':
      return at === -1 ? null : { kind: 'select', id: ids[at]! };
  }
  return null;
}
