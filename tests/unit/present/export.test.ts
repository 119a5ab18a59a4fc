import { describe, expect, it } from 'vitest';
import {
  EXPORT_H,
  EXPORT_W,
  containRect,
  drawExport,
  exportFileName,
  exportLayout,
  type ExportContent,
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
