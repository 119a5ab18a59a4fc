// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { heldEnterKey, holdEnterKey } from '../../../src/lib/present/early-key';

const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));

describe('a P pressed before presentation mode has loaded', () => {
  afterEach(() => void heldEnterKey());

  it.each([
    ['P on the page', () => press('p'), true],
    ['capital P (Shift or Caps Lock)', () => press('P', { shiftKey: true }), true],
    ['no key', () => {}, false],
    ['another key', () => press('ArrowRight'), false],
    ['Ctrl+P (the print shortcut)', () => press('p', { ctrlKey: true }), false],
    [
      'P typed in the search box',
      () => {
        const input = document.body.appendChild(document.createElement('input'));
        press('p', {}, input);
        input.remove();
      },
      false,
    ],
  ])('%s', (_, act, held) => {
    holdEnterKey();
    act();
    expect(heldEnterKey()).toBe(held);
  });

  it('is told once, and not heard after it was taken', () => {
    holdEnterKey();
    press('p');
    expect(heldEnterKey()).toBe(true);
    expect(heldEnterKey()).toBe(false);
    press('p');
    expect(heldEnterKey()).toBe(false);
  });
});
