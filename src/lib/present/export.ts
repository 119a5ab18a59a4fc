/**
 * The PNG export: the current presentation view redrawn at 1920×1080 on one canvas — title bar,
 * map (from the map view's snapshot), event card, progress strip and the boundary attribution —
 * to paste into slides. The layout is pure; drawing needs a 2D canvas (the parts shared with the
 * diffusion view's picture are in export-canvas.ts).
 * `exportLayout(1920, 1080).map` → `{ x: 0, y: 96, w: 1200, h: 788 }`.
 */
import type { StepCard } from './card';
import {
  EXPORT_H,
  EXPORT_W,
  canvasPng,
  drawFooter,
  drawMapBox,
  drawTitleBar,
  fontOf,
  readPalette,
  type FontFn,
  type Palette,
  type Rect,
} from './export-canvas';
import { stripLayout } from './strip';
import { fitHead, fitScale } from './fit';
import { balanceLines, wrapText } from './text-wrap';

export interface ExportLayout {
  header: Rect;
  map: Rect;
  card: Rect;
  strip: Rect;
  footer: Rect;
}

/** Regions of the exported image: header on top, map left, card right, strip and footer below. */
export function exportLayout(w = EXPORT_W, h = EXPORT_H): ExportLayout {
  const headerH = Math.round(h * 0.089);
  const footerH = Math.round(h * 0.044);
  const stripH = Math.round(h * 0.15);
  const cardW = Math.round(w * 0.375);
  const bodyH = h - headerH - stripH - footerH;
  return {
    header: { x: 0, y: 0, w, h: headerH },
    map: { x: 0, y: headerH, w: w - cardW, h: bodyH },
    card: { x: w - cardW, y: headerH, w: cardW, h: bodyH },
    strip: { x: 0, y: headerH + bodyH, w, h: stripH },
    footer: { x: 0, y: h - footerH, w, h: footerH },
  };
}

export interface ExportContent {
  title: string;
  subtitle: string;
  stepLabel: string;
  card: StepCard | null;
  emptyText: string;
  /** Instants of the steps, in step order, and the current step. */
  times: readonly number[];
  step: number;
  year: string;
  reached: string;
  attribution: string;
  /** The app's version and data edition, beside the export date. */
  edition: string;
  exportedAt: string;
  mapUnavailable: string;
}

/** Draw the whole export onto a 2D context of EXPORT_W × EXPORT_H. */
export function drawExport(
  ctx: CanvasRenderingContext2D,
  c: ExportContent,
  map: HTMLCanvasElement | null,
  p: Palette,
) {
  const L = exportLayout();
  const font = fontOf(p);

  // Header: app title in the accent, then the tour or subtitle, step on the right.
  const titleW = drawTitleBar(ctx, L.header, c.title, p);
  ctx.fillStyle = p.muted;
  ctx.font = font(30);
  const sub = wrapText(c.subtitle, EXPORT_W - titleW - 480, (s) => ctx.measureText(s).width, 1);
  ctx.fillText(sub[0] ?? '', 48 + titleW + 32, 62);
  ctx.textAlign = 'right';
  ctx.fillStyle = p.text;
  ctx.font = font(30, 600);
  ctx.fillText(c.stepLabel, EXPORT_W - 48, 62);
  ctx.textAlign = 'left';

  drawMapBox(ctx, map, L.map, c.mapUnavailable, p);
  if (c.reached) {
    ctx.font = font(28, 600);
    const w = ctx.measureText(c.reached).width + 32;
    ctx.fillStyle = 'rgb(255 255 255 / 0.85)';
    ctx.fillRect(L.map.x + 24, L.map.y + 24, w, 52);
    ctx.fillStyle = p.text;
    ctx.fillText(c.reached, L.map.x + 40, L.map.y + 60);
  }

  drawCard(ctx, c, L.card, p, font);
  drawStrip(ctx, c, L.strip, p, font);

  drawFooter(ctx, L.footer, c.attribution, `${c.edition} · ${c.exportedAt}`, p);
}

/** The card's type at full size in the PNG (px): type label, title, date, regions, body, and their line steps. */
const CARD = {
  label: 26,
  title: 48,
  titleLine: 62,
  date: 30,
  dateGap: 56,
  regions: 28,
  regionsLine: 42,
};
const BODY = { size: 30, line: 46 };

export interface CardText {
  scale: number;
  title: string[];
  regions: string[];
  body: string[];
  /** Height of it all, from the type label's baseline to the body's last. */
  height: number;
}

/**
 * The card's lines at the largest scale that fits `room` px of height (down to a 24 px body),
 * titles balanced; past that, the body is cut after a clause or word (never inside one).
 * `measureAt(px, weight)` measures text at a size. `layoutCardText(card, 624, 600, at).scale` → 1.
 */
export function layoutCardText(
  card: StepCard,
  width: number,
  room: number,
  measureAt: (px: number, weight: number) => (s: string) => number,
): CardText {
  const lay = (s: number, body = card.body): CardText => {
    const title = balanceLines(card.title, width, measureAt(CARD.title * s, 700));
    const regions = wrapText(card.regions, width, measureAt(CARD.regions * s, 400));
    const lines = body ? wrapText(body, width, measureAt(BODY.size * s, 400)) : [];
    const height =
      24 +
      s * (title.length * CARD.titleLine + CARD.dateGap + regions.length * CARD.regionsLine) +
      24 +
      s * lines.length * BODY.line;
    return { scale: s, title, regions, body: lines, height };
  };
  const scale = fitScale((s) => lay(s).height <= room, 24 / BODY.size);
  const body = fitHead(card.body, (b) => lay(scale, b).height <= room);
  return lay(scale, body);
}

function drawCard(
  ctx: CanvasRenderingContext2D,
  c: ExportContent,
  r: Rect,
  p: Palette,
  font: FontFn,
) {
  ctx.fillStyle = p.surface;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.fillStyle = p.border;
  ctx.fillRect(r.x, r.y, 2, r.h);
  const x = r.x + 48;
  const w = r.w - 96;
  const measure = (s: string) => ctx.measureText(s).width;
  let y = r.y + 64;
  if (!c.card) {
    ctx.fillStyle = p.muted;
    ctx.font = font(30);
    for (const line of wrapText(c.emptyText, w, measure, 6)) {
      ctx.fillText(line, x, y);
      y += 44;
    }
    return;
  }
  const at = (px: number, weight: number) => {
    ctx.font = font(px, weight);
    return measure;
  };
  const t = layoutCardText(c.card, w, r.y + r.h - 32 - y, at);
  const s = t.scale;
  ctx.font = font(CARD.label, 600);
  ctx.fillStyle = c.card.typeColour;
  ctx.fillRect(x, y - 30, 8, 40);
  ctx.fillStyle = p.text;
  ctx.fillText(c.card.typeLabel, x + 20, y);
  y += 24;
  ctx.font = font(CARD.title * s, 700);
  for (const line of t.title) {
    y += CARD.titleLine * s;
    ctx.fillText(line, x, y);
  }
  y += CARD.dateGap * s;
  ctx.fillStyle = p.accentDark;
  ctx.font = font(CARD.date * s, 600);
  ctx.fillText(c.card.date, x, y);
  ctx.fillStyle = p.muted;
  ctx.font = font(CARD.regions * s);
  for (const line of t.regions) {
    y += CARD.regionsLine * s;
    ctx.fillText(line, x, y);
  }
  y += 24;
  ctx.fillStyle = p.text;
  ctx.font = font(BODY.size * s);
  for (const line of t.body) {
    y += BODY.line * s;
    ctx.fillText(line, x, y);
  }
}

function drawStrip(
  ctx: CanvasRenderingContext2D,
  c: ExportContent,
  r: Rect,
  p: Palette,
  font: FontFn,
) {
  ctx.fillStyle = p.surface;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.fillStyle = p.border;
  ctx.fillRect(r.x, r.y, r.w, 2);
  // Year counter on the left, the axis to its right.
  ctx.fillStyle = p.accentDark;
  ctx.font = font(56, 700);
  ctx.fillText(c.year, 48, r.y + r.h / 2 + 20);
  const left = 300;
  const width = r.w - left - 48;
  const radius = 9;
  const L = stripLayout(c.times, width, { radius, tickGap: 90, maxRows: 3 });
  const axisY = r.y + r.h - 44;
  ctx.strokeStyle = p.axis;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(left, axisY);
  ctx.lineTo(left + width, axisY);
  ctx.stroke();
  ctx.fillStyle = p.muted;
  ctx.font = font(20);
  ctx.textAlign = 'center';
  for (const t of L.ticks) {
    ctx.fillRect(left + t.x - 1, axisY, 2, 8);
    ctx.fillText(String(t.year), left + t.x, axisY + 32);
  }
  ctx.textAlign = 'left';
  for (const m of L.marks) {
    const cx = left + m.x;
    const cy = axisY - 18 - m.row * (radius * 2 + 4);
    const current = m.step === c.step;
    ctx.beginPath();
    ctx.arc(cx, cy, current ? radius + 4 : radius, 0, Math.PI * 2);
    ctx.fillStyle = current ? p.accent : m.step < c.step ? p.past : p.surface;
    ctx.fill();
    ctx.strokeStyle = current ? p.accentDark : p.past;
    ctx.lineWidth = 2;
    ctx.stroke();
  }
}

/** Render the export and return it as a PNG blob. */
export async function renderExportPng(
  content: ExportContent,
  map: HTMLCanvasElement | null,
): Promise<Blob> {
  return canvasPng((ctx) => drawExport(ctx, content, map, readPalette()));
}
