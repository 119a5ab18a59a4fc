import { describe, expect, it } from 'vitest';
import {
  drawExport,
  exportLayout,
  type ExportContent,
  layoutCardText,
} from '../../../src/lib/present/export';
import { EXPORT_H, EXPORT_W, containRect } from '../../../src/lib/present/export-canvas';

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

const PALETTE = {
  font: 'sans-serif',
  bg: '#fff',
  surface: '#fff',
  text: '#000',
  muted: '#666',
  border: '#ccc',
  accent: '#b3261e',
  accentDark: '#7a1410',
  sea: '#eef',
  axis: '#888',
  past: '#567',
};

describe('drawExport', () => {
  /** A 2D context that records the text drawn and where (nothing else is needed here). */
  function createRecordingContext() {
    const texts: { text: string; x: number; y: number; align: string }[] = [];
    const ctx = new Proxy(
      {
        textAlign: 'left',
        fillText(text: string, x: number, y: number) {
          texts.push({ text, x, y, align: ctx.textAlign });
        },
        measureText: (s: string) => ({ width: s.length * 10 }),
      } as Record<string, unknown> & { textAlign: string },
      { get: (t, k: string) => (k in t ? t[k] : () => undefined) },
    );
    return { ctx: ctx as unknown as CanvasRenderingContext2D, texts };
  }
  const content: ExportContent = {
    title: '科改图谱',
    subtitle: '',
    stepLabel: '第 1 / 2 步',
    card: null,
    emptyText: '',
    times: [],
    step: 0,
    year: '2020年',
    reached: '',
    attribution: '边界数据',
    edition: 'v1.2.3 · 数据截至 2026年3月 · 300 项事件',
    exportedAt: '导出于 2026-11-03',
    mapUnavailable: '',
  };

  it('writes the edition beside the export date in the footer, right-aligned', () => {
    const { ctx, texts } = createRecordingContext();
    drawExport(ctx, content, null, PALETTE);
    const footer = exportLayout().footer;
    const line = texts.find((t) => t.text.includes(content.edition))!;
    expect(line.text).toBe(`${content.edition} · ${content.exportedAt}`);
    expect(line.align).toBe('right');
    expect(line.y).toBeGreaterThan(footer.y);
    expect(line.y).toBeLessThan(footer.y + footer.h);
  });
});

describe('layoutCardText (the PNG card)', () => {
  // Every character one em wide: sizes and line counts are predictable.
  const at = (px: number) => (s: string) => [...s].length * px;
  const card = (title: string, body: string) => ({
    typeLabel: '试点示范',
    typeColour: '#EE7733',
    title,
    date: '2015年11月',
    regions: '四川省',
    body,
  });
  const W = 624;
  const ROOM = 600;

  it('keeps the full size when it fits', () => {
    const t = layoutCardText(
      card('四川率先探索职务科技成果权属改革', '四川和西南交大率先。'),
      W,
      ROOM,
      at,
    );
    expect(t.scale).toBe(1);
    expect(t.body).toEqual(['四川和西南交大率先。']);
  });

  it('scales the type down to fit a long body, to a 24 px body at the least', () => {
    const t = layoutCardText(card('标题', '改革试点，'.repeat(40)), W, ROOM, at);
    expect(t.scale).toBeLessThan(1);
    expect(t.scale * 30).toBeGreaterThanOrEqual(24 - 1e-9);
    expect(t.height).toBeLessThanOrEqual(ROOM);
    expect(t.body.join('')).toBe('改革试点，'.repeat(40));
  });

  it('past the smallest type, cuts the body after a clause, never inside one', () => {
    const long = '改革试点，'.repeat(200);
    const t = layoutCardText(card('标题', long), W, ROOM, at);
    expect(t.scale * 30).toBeCloseTo(24);
    expect(t.height).toBeLessThanOrEqual(ROOM);
    const shown = t.body.join('');
    expect(shown).toMatch(/^(改革试点，)*改革试点…$/);
  });

  it('balances the title: no lone character on its last line', () => {
    const t = layoutCardText(card('中共中央关于科学技术体制改革的决定书', ''), W, ROOM, at);
    expect(t.title.length).toBeGreaterThan(1);
    expect([...t.title.at(-1)!].length).toBeGreaterThan(1);
  });
});
