import { describe, expect, it } from 'vitest';
import { placePopup, popupKey } from '../../../src/lib/timeline/popup';

const view = { w: 1280, h: 720 };
const size = { w: 400, h: 300 };

describe('placePopup', () => {
  it.each([
    [
      'above the anchor when it fits',
      { x: 500, y: 700, w: 24, h: 16 },
      size,
      { x: 312, y: 394, maxH: 686, side: 'above' },
    ],
    [
      'below when there is no room above',
      { x: 500, y: 100, w: 24, h: 16 },
      size,
      { x: 312, y: 122, maxH: 590, side: 'below' },
    ],
    [
      'shifted right to stay inside the left edge',
      { x: 0, y: 700, w: 24, h: 16 },
      size,
      { x: 8, y: 394, maxH: 686, side: 'above' },
    ],
    [
      'shifted left to stay inside the right edge',
      { x: 1270, y: 700, w: 24, h: 16 },
      size,
      { x: 872, y: 394, maxH: 686, side: 'above' },
    ],
    [
      'capped to the larger side when it fits neither',
      { x: 500, y: 400, w: 24, h: 16 },
      { w: 400, h: 600 },
      { x: 312, y: 8, maxH: 386, side: 'above' },
    ],
    [
      'narrower than the viewport when it is wider',
      { x: 100, y: 700, w: 24, h: 16 },
      { w: 2000, h: 100 },
      { x: 8, y: 594, maxH: 686, side: 'above' },
    ],
  ])('%s', (_, anchor, s, out) => {
    expect(placePopup(anchor, s, view)).toEqual(out);
  });

  it('is always inside the viewport', () => {
    for (const y of [0, 50, 200, 360, 500, 719]) {
      for (const x of [-40, 0, 640, 1279, 1400]) {
        const p = placePopup({ x, y, w: 24, h: 16 }, { w: 420, h: 500 }, view);
        const h = Math.min(500, p.maxH);
        expect(p.x).toBeGreaterThanOrEqual(8);
        expect(p.x + 420).toBeLessThanOrEqual(1272);
        expect(p.y).toBeGreaterThanOrEqual(8);
        expect(p.y + h).toBeLessThanOrEqual(720);
      }
    }
  });
});

describe('popupKey', () => {
  it.each([
    ['Esc closes', 'Escape', false, 2, 'close'],
    ['↓ steps to the next button', 'ArrowDown', false, 1, 2],
    ['↓ on the last wraps to the first', 'ArrowDown', false, 4, 0],
    ['↓ with nothing focused goes to the first', 'ArrowDown', false, -1, 0],
    ['↑ steps to the previous button', 'ArrowUp', false, 2, 1],
    ['↑ on the first wraps to the last', 'ArrowUp', false, 0, 4],
    ['Home goes to the first', 'Home', false, 3, 0],
    ['End goes to the last', 'End', false, 1, 4],
    ['Tab on the last cycles to the first', 'Tab', false, 4, 0],
    ['Shift+Tab on the first cycles to the last', 'Tab', true, 0, 4],
    ['Shift+Tab with nothing focused goes to the last', 'Tab', true, -1, 4],
    ['Tab inside the list is left to the browser', 'Tab', false, 1, null],
    ['Shift+Tab inside the list is left to the browser', 'Tab', true, 3, null],
    ['another key is left alone', 'a', false, 1, null],
  ] as const)('%s', (_, key, shift, index, result) => {
    expect(popupKey(key, shift, index, 5)).toBe(result);
  });
});
