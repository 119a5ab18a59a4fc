/**
 * Presentation mode arrives after the first frame (shell/boot.ts): on a slow PC, a second after
 * the timeline shows. A presenter who presses P (or the clicker key that means it) in that time
 * is not ignored: the key is held from boot, and presentation opens as soon as the mode is in.
 * `holdEnterKey()` at boot, then `heldEnterKey()` → true once if P was pressed meanwhile.
 */
import { keyAction, targetKind } from './keys';

let held = false;

function hold(e: KeyboardEvent) {
  const action = keyAction(e, { active: false, target: targetKind(e.target), typing: false });
  if (action?.kind === 'enter') held = true;
}

export function holdEnterKey(): void {
  held = false;
  addEventListener('keydown', hold);
}

/** Stop holding; true when P was pressed since `holdEnterKey()`. */
export function heldEnterKey(): boolean {
  removeEventListener('keydown', hold);
  const pressed = held;
  held = false;
  return pressed;
}
