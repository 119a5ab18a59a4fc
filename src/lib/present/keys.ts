/**
 * Presentation keyboard: what a key (from a keyboard or a wireless clicker) asks for. Pure, so the
 * whole table is unit-tested; PresentMode only performs the action.
 * `keyAction({ key: 'PageDown' }, { active: true, target: 'other', typing: false })`
 *   → `{ kind: 'move', move: 'next' }`.
 */
import type { StepMove } from './steps';

export type PresentAction =
  | { kind: 'enter' }
  | { kind: 'exit' }
  | { kind: 'fullscreen' }
  | { kind: 'move'; move: StepMove }
  | { kind: 'play' }
  | { kind: 'cumulative' }
  /** Show the faded controls and key hints again. */
  | { kind: 'controls' }
  | { kind: 'digit'; digit: string }
  | { kind: 'jump' }
  | { kind: 'erase' }
  | { kind: 'cancel' }
  | { kind: 'print' };

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

export interface KeyContext {
  /** Presentation mode is on. */
  active: boolean;
  /** Where the key went: a text field (never intercepted), a button (keeps Space/Enter), else other. */
  target: 'text' | 'button' | 'other';
  /** Digits have been typed for a jump. */
  typing: boolean;
}

const MOVES: Record<string, StepMove> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
};

export function keyAction(e: KeyLike, ctx: KeyContext): PresentAction | null {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  // Ctrl/⌘+P prints the app's handout, which then carries the map's picture (the browser's own
  // print cannot draw it); other browser and system shortcuts and typing are never taken over.
  if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && key === 'p') return { kind: 'print' };
  if (e.ctrlKey || e.metaKey || e.altKey || ctx.target === 'text') return null;
  if (!ctx.active) {
    if (key === 'p') return { kind: 'enter' };
    if (key === 'f') return { kind: 'fullscreen' };
    return null;
  }
  if (key in MOVES) return { kind: 'move', move: MOVES[key]! };
  if (/^[0-9]$/.test(key)) return { kind: 'digit', digit: key };
  switch (key) {
    case 'Enter':
      if (ctx.typing) return { kind: 'jump' };
      return null;
    case ' ':
      return ctx.target === 'button' ? null : { kind: 'play' };
    case 'Backspace':
      return ctx.typing ? { kind: 'erase' } : null;
    case 'Escape':
      return ctx.typing ? { kind: 'cancel' } : { kind: 'exit' };
    case 'f':
      return { kind: 'fullscreen' };
    case 'c':
      return { kind: 'cumulative' };
    case '?':
      return { kind: 'controls' };
    default:
      return null;
  }
}

/** Classify an event target for `KeyContext.target`. */
export function targetKind(t: EventTarget | null): KeyContext['target'] {
  if (!(t instanceof HTMLElement)) return 'other';
  // Inside a dialog (import, boundary file …) keys belong to the dialog.
  if (t.closest('dialog, [role="dialog"], [role="alertdialog"]')) return 'text';
  if (t.isContentEditable || /^(TEXTAREA|SELECT)$/.test(t.tagName)) return 'text';
  if (t instanceof HTMLInputElement)
    return /^(checkbox|radio|button|submit|reset)$/.test(t.type) ? 'button' : 'text';
  if (t.tagName === 'BUTTON' || t.tagName === 'A' || t.getAttribute('role') === 'button')
    return 'button';
  return 'other';
}
