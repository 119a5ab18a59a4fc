import { describe, expect, it } from 'vitest';
import { MAP_LABEL_PX, mapLabelPx } from '../../../src/lib/present/type-scale';
import { exportLayout } from '../../../src/lib/present/export';
import { containRect } from '../../../src/lib/present/export-canvas';

describe('mapLabelPx', () => {
  it.each<[string, number, number, number]>([
    ['1080p projector', 1920, 1080, 22],
    ['720p projector', 1280, 720, 15],
    ['1366×768 laptop', 1366, 768, 16],
    ['4K', 3840, 2160, 44],
    ['a tall narrow window follows the width', 1400, 1080, 16],
    ['a small window keeps the normal size', 800, 500, MAP_LABEL_PX],
  ])('%s: %i×%i → %i px', (_, w, h, px) => {
    expect(mapLabelPx(w, h)).toBe(px);
  });

  it('is ≥ 18 px at 1080p on screen and in the 1920×1080 PNG', () => {
    const px = mapLabelPx(1920, 1080);
    expect(px).toBeGreaterThanOrEqual(18);
    // The presentation map at 1080p: the viewport less the card (36vw) and the strip (15vh).
    const map = { w: 1920 - 0.36 * 1920, h: 1080 - 0.15 * 1080 };
    const drawn = containRect(map.w, map.h, exportLayout().map);
    expect(px * (drawn.w / map.w)).toBeGreaterThanOrEqual(18);
  });
});
