/**
 * Stepping through a presentation: pure arithmetic on a step index over `count` steps.
 * The steps themselves are `AppState.presentSteps` (a tour's events, else the visible events in
 * time order); these helpers only move, clamp and parse.
 */

export type StepMove = 'next' | 'prev' | 'first' | 'last';

/** `clampStep(12, 5)` → 4; `clampStep(-1, 5)` → 0; `clampStep(3, 0)` → 0. */
export function clampStep(step: number, count: number): number {
  if (count <= 0 || !Number.isFinite(step)) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(step)));
}

/** `moveStep(0, 5, 'next')` → 1; `moveStep(4, 5, 'next')` → 4 (stays on the last step). */
export function moveStep(step: number, count: number, move: StepMove): number {
  const s = clampStep(step, count);
  switch (move) {
    case 'next':
      return clampStep(s + 1, count);
    case 'prev':
      return clampStep(s - 1, count);
    case 'first':
      return 0;
    case 'last':
      return clampStep(count - 1, count);
  }
}

/**
 * The 0-based step a typed number names (people count from 1): `jumpTarget('12', 87)` → 11;
 * beyond the end goes to the last step; `''`, `'0'` or non-digits → null.
 */
export function jumpTarget(typed: string, count: number): number | null {
  if (!/^\d{1,6}$/.test(typed) || count <= 0) return null;
  const n = Number(typed);
  return n >= 1 ? clampStep(n - 1, count) : null;
}

/**
 * Where a presentation starts: at the selected event when it is one of the steps, else the first.
 * `startStep(['a', 'b', 'c'], 'b')` → 1.
 */
export function startStep(steps: readonly string[], selectedId: string | null): number {
  const i = selectedId ? steps.indexOf(selectedId) : -1;
  return i >= 0 ? i : 0;
}

/** Autoplay speeds: seconds each step stays on screen. The default is the middle one. */
export const AUTOPLAY_SPEEDS = [8, 5, 3] as const;
export const DEFAULT_SPEED = 5;

/**
 * After an autoplay tick: the next step, or null to stop (the last step has been shown).
 * `autoplayNext(3, 5)` → 4; `autoplayNext(4, 5)` → null.
 */
export function autoplayNext(step: number, count: number): number | null {
  return step + 1 < count ? step + 1 : null;
}
