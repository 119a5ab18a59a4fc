import { describe, expect, it } from 'vitest';
import { keyAction } from '../../../src/lib/timeline/keyboard';

const ids = ['a', 'b', 'c', 'd'];

describe('keyAction', () => {
  it.each([
    [
      '→ from nothing starts at the first event in view',
      'ArrowRight',
      null,
      2,
      { kind: 'focus', id: 'c' },
    ],
    ['← from nothing starts there too', 'ArrowLeft', null, 2, { kind: 'focus', id: 'c' }],
    ['→ steps to the next', 'ArrowRight', 'b', 0, { kind: 'focus', id: 'c' }],
    ['← steps to the previous', 'ArrowLeft', 'b', 0, { kind: 'focus', id: 'a' }],
    ['→ stays on the last', 'ArrowRight', 'd', 0, { kind: 'focus', id: 'd' }],
    ['← stays on the first', 'ArrowLeft', 'a', 0, { kind: 'focus', id: 'a' }],
    ['Home goes to the first', 'Home', 'c', 0, { kind: 'focus', id: 'a' }],
    ['End goes to the last', 'End', null, 0, { kind: 'focus', id: 'd' }],
    ['Enter selects the focused event', 'Enter', 'b', 0, { kind: 'select', id: 'b' }],
    ['Enter with nothing focused does nothing', 'Enter', null, 0, null],
    ['Esc clears', 'Escape', 'b', 0, { kind: 'clear' }],
    ['+ zooms in', '+', null, 0, { kind: 'zoom', factor: 2 }],
    ['= (unshifted +) zooms in', '=', null, 0, { kind: 'zoom', factor: 2 }],
    ['− zooms out', '-', null, 0, { kind: 'zoom', factor: 0.5 }],
    [
      'a focused event no longer listed restarts from the view',
      'ArrowRight',
      'zz',
      1,
      { kind: 'focus', id: 'b' },
    ],
    ['a start past the end is clamped', 'ArrowRight', null, 9, { kind: 'focus', id: 'd' }],
    ['other keys do nothing', 'x', 'b', 0, null],
  ])('%s', (_, key, current, start, expected) => {
    expect(keyAction(key, ids, current, start)).toEqual(expected);
  });

  it.each(['ArrowRight', 'ArrowLeft', 'Home', 'End', 'Enter'])(
    '%s with no events does nothing',
    (key) => {
      expect(keyAction(key, [], null)).toBeNull();
    },
  );
});
