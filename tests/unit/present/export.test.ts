import { describe, expect, it } from 'vitest';
import {
  EXPORT_H,
  EXPORT_W,
  containRect,
  exportFileName,
  exportLayout,
} from '../../../src/lib/present/export';

describe('exportLayout', () => {
  const L = exportLayout();

  it('is 1920×1080 for slides', () => {
    expect([EXPORT_W, EXPORT_H]).toEqual([1920, 1080]);
  });

  it('tiles the image: header, map beside card, strip, footer, no overlap, no gap', () => {
    expect(L.header.y).toBe(0);
    expect(L.map.y).toBe(L.header.h);
    expect(L.card.y).toBe(L.map.y);
    expect(L.map.x + L.map.w).toBe(L.card.x);
    expect(L.card.x + L.card.w).toBe(EXPORT_W);
    expect(L.strip.y).toBe(L.map.y + L.map.h);
    expect(L.footer.y).toBe(L.strip.y + L.strip.h);
    expect(L.footer.y + L.footer.h).toBe(EXPORT_H);
  });

  it('gives the map the largest area', () => {
    const area = (r: { w: number; h: number }) => r.w * r.h;
    expect(area(L.map)).toBeGreaterThan(area(L.card));
    expect(area(L.map)).toBeGreaterThan(EXPORT_W * EXPORT_H * 0.4);
  });
});

describe('containRect', () => {
  const box = { x: 10, y: 20, w: 200, h: 100 };
  it.each([
    [400, 100, { x: 10, y: 45, w: 200, h: 50 }],
    [100, 100, { x: 60, y: 20, w: 100, h: 100 }],
    [200, 100, { x: 10, y: 20, w: 200, h: 100 }],
    [0, 100, box],
  ])('%s×%s in 200×100 → %j', (w, h, out) => {
    expect(containRect(w, h, box)).toEqual(out);
  });
});

describe('exportFileName', () => {
  const day = new Date(Date.UTC(2026, 10, 3, 12));
  it.each<[string | null, string]>([
    ['sichuan-ownership-reform', 'reform-atlas-sichuan-ownership-reform-2026-11-03.png'],
    [null, 'reform-atlas-view-2026-11-03.png'],
    ['a/b c', 'reform-atlas-a-b-c-2026-11-03.png'],
  ])('%j → %s', (id, out) => {
    expect(exportFileName(id, day)).toBe(out);
  });
});
