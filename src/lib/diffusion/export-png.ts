/**
 * The diffusion view as one 1920×1080 picture for a slide: title bar (family, year, how many
 * adopted), the map (the map view's own snapshot, with its inset and legend), the figures, the
 * adoption curve across the bottom, and the map's attribution line, printed once in the footer. Its
 * canvas, palette, title bar, map box and footer are the presentation export's (export-canvas.ts).
 * `exportLayout().curve` → { x: 0, y: 724, w: 1920, h: 308 }.
 */
import { TOKENS } from '../../styles/tokens';
import { mapSnapshot } from '../map/snapshot';
import { isoDay } from '../data/dates';
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
} from '../present/export-canvas';
import { wrapText } from '../present/text-wrap';
import type { AppState } from '../state/app-state.svelte';
import { download, exportFileName } from '../ui/download';
import type { CurvePoint } from './curve';
import { curveBands, curveLayout, curveRules, drawStep, eraLabelOnTop } from './curve-layout';
import type { Family, ReformEvent } from '../data/types';
import type { PresentView } from '../present/view';

/** What the picture is drawn from (the diffusion view's model, as shown). */
export interface DiffusionSource {
  family: Family | null;
  year: number | null;
  domain: readonly [number, number] | null;
  points: CurvePoint[];
  anchors: ReformEvent[];
  presentView: PresentView;
  countText: string;
  figureLines: [string, string][];
  name: (f: Family) => string;
}

export interface DiffusionExport {
  title: string;
  subtitle: string;
  /** '8 / 31 个省份' on the right of the title bar. */
  count: string;
  /** Figure lines: [label, value]. */
  figures: [string, string][];
  /** The year's card: its title and who was new. */
  yearTitle: string;
  yearAdded: string;
  curve: {
    points: CurvePoint[];
    domain: readonly [number, number];
    year: number;
    label: string;
    anchors: { id: string; t0: number; label: string }[];
    eras: { id: string; t0: number; t1: number; label: string }[];
  } | null;
  attribution: string;
  exportedAt: string;
  mapUnavailable: string;
}

export function exportLayout(w = EXPORT_W, h = EXPORT_H) {
  const header: Rect = { x: 0, y: 0, w, h: 96 };
  const footer: Rect = { x: 0, y: h - 48, w, h: 48 };
  const curve: Rect = { x: 0, y: h - 48 - 308, w, h: 308 };
  const side = 700;
  const bodyH = curve.y - header.h;
  return {
    header,
    map: { x: 0, y: header.h, w: w - side, h: bodyH } as Rect,
    side: { x: w - side, y: header.h, w: side, h: bodyH } as Rect,
    curve,
    footer,
  };
}

export function drawDiffusionExport(
  ctx: CanvasRenderingContext2D,
  c: DiffusionExport,
  map: HTMLCanvasElement | null,
  p: Palette,
) {
  const L = exportLayout();
  const font = fontOf(p);
  const measure = (s: string) => ctx.measureText(s).width;

  // Title bar: the app, the family and year, and how many adopted (on the right).
  const titleW = drawTitleBar(ctx, L.header, c.title, p);
  ctx.font = font(40, 700);
  ctx.textAlign = 'right';
  ctx.fillStyle = p.text;
  ctx.fillText(c.count, EXPORT_W - 48, 64);
  const countW = measure(c.count);
  ctx.textAlign = 'left';
  ctx.font = font(34, 600);
  const sub = wrapText(c.subtitle, EXPORT_W - titleW - countW - 170, measure, 1)[0] ?? '';
  ctx.fillText(sub, 48 + titleW + 36, 63);

  drawMapBox(ctx, map, L.map, c.mapUnavailable, p);
  drawSide(ctx, c, L.side, p, font);
  if (c.curve) drawCurve(ctx, c.curve, L.curve, p, font);

  drawFooter(ctx, L.footer, c.attribution, c.exportedAt, p);
}

function drawSide(
  ctx: CanvasRenderingContext2D,
  c: DiffusionExport,
  r: Rect,
  p: Palette,
  font: FontFn,
) {
  const measure = (s: string) => ctx.measureText(s).width;
  ctx.fillStyle = p.surface;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.fillStyle = p.border;
  ctx.fillRect(r.x, r.y, 2, r.h);
  const x = r.x + 44;
  const w = r.w - 88;
  let y = r.y + 64;
  ctx.fillStyle = p.accentDark;
  ctx.font = font(44, 700);
  for (const line of wrapText(c.yearTitle, w, measure, 2)) {
    ctx.fillText(line, x, y);
    y += 56;
  }
  ctx.fillStyle = p.text;
  ctx.font = font(30);
  for (const line of wrapText(c.yearAdded, w, measure, 3)) {
    ctx.fillText(line, x, y);
    y += 42;
  }
  y += 18;
  for (const [label, value] of c.figures) {
    if (y > r.y + r.h - 40) break;
    ctx.fillStyle = p.muted;
    ctx.font = font(24);
    ctx.fillText(label, x, y);
    y += 36;
    ctx.fillStyle = p.text;
    ctx.font = font(28, 600);
    for (const line of wrapText(value, w, measure, 2)) {
      ctx.fillText(line, x, y);
      y += 38;
    }
    y += 12;
  }
}

function drawCurve(
  ctx: CanvasRenderingContext2D,
  c: NonNullable<DiffusionExport['curve']>,
  r: Rect,
  p: Palette,
  font: FontFn,
) {
  ctx.fillStyle = p.surface;
  ctx.fillRect(r.x, r.y, r.w, r.h);
  ctx.fillStyle = p.border;
  ctx.fillRect(r.x, r.y, r.w, 2);
  const max = Math.max(1, c.points.at(-1)?.total ?? 0);
  const L = curveLayout(c.points, c.domain, max, {
    width: r.w,
    height: r.h,
    margin: { top: 74, right: 64, bottom: 52, left: 120 },
  });
  ctx.save();
  ctx.translate(r.x, r.y);
  // An era named at the top goes under the anchors' label rows (they are drawn inside the plot).
  const rows = Math.min(2, curveRules(c.anchors, L, c.domain).length);
  for (const b of curveBands(c.eras, L, c.domain)) {
    ctx.fillStyle = b.alt ? TOKENS.eraFillAlt : TOKENS.eraFill;
    ctx.globalAlpha = 0.6;
    ctx.fillRect(b.x0, L.top, b.x1 - b.x0, L.bottom - L.top);
    ctx.globalAlpha = 1;
    ctx.fillStyle = p.muted;
    ctx.font = font(18);
    const label = wrapText(
      b.label,
      Math.max(0, b.x1 - b.x0 - 12),
      (s) => ctx.measureText(s).width,
      1,
    );
    const text = label[0] ?? '';
    const top = eraLabelOnTop(L, c.domain, c.points, max, b.x0, ctx.measureText(text).width + 12);
    ctx.fillText(text, b.x0 + 6, top ? L.top + 24 + rows * 26 : L.bottom - 8);
  }
  // Axes.
  ctx.strokeStyle = p.axis;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(L.left, L.bottom);
  ctx.lineTo(L.right, L.bottom);
  ctx.stroke();
  ctx.fillStyle = p.muted;
  ctx.font = font(20);
  ctx.textAlign = 'center';
  for (const yr of L.xTicks) ctx.fillText(String(yr), L.x(yr + 0.5), L.bottom + 30);
  ctx.textAlign = 'right';
  for (const n of L.yTicks) ctx.fillText(String(n), L.left - 14, L.y(n) + 7);
  ctx.textAlign = 'left';
  ctx.font = font(22, 600);
  ctx.fillStyle = p.text;
  ctx.fillText(c.label, 48, 40);
  // The year shown.
  ctx.fillStyle = p.accent;
  ctx.globalAlpha = 0.12;
  ctx.fillRect(L.x(c.year), L.top, L.x(c.year + 1) - L.x(c.year), L.bottom - L.top);
  ctx.globalAlpha = 1;
  // Anchors.
  for (const rule of curveRules(c.anchors, L, c.domain)) {
    ctx.strokeStyle = p.text;
    ctx.setLineDash([6, 5]);
    ctx.beginPath();
    ctx.moveTo(rule.x, L.top - 4);
    ctx.lineTo(rule.x, L.bottom);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = p.text;
    ctx.font = font(20, 600);
    const label = wrapText(rule.label, 520, (s) => ctx.measureText(s).width, 1)[0] ?? '';
    const right = rule.x + 8 + ctx.measureText(label).width > L.right;
    ctx.textAlign = right ? 'right' : 'left';
    ctx.fillText(label, rule.x + (right ? -8 : 8), L.top + 14 + rule.row * 26);
    ctx.textAlign = 'left';
  }
  ctx.strokeStyle = TOKENS.year1;
  ctx.lineWidth = 4;
  drawStep(ctx, c.points, L);
  ctx.restore();
}

/** Render and download; a failure is reported (by default as a notice). Resolves to the file name, or null. */
export async function exportDiffusionPng(
  app: AppState,
  view: DiffusionSource,
  report: (text: string) => void = (text) => app.notify('error', text),
): Promise<string | null> {
  try {
    const now = new Date();
    const map = await mapSnapshot().catch(() => null);
    const content = exportContent(app, view, now);
    const blob = await canvasPng((ctx) => drawDiffusionExport(ctx, content, map, readPalette()));
    const file = exportFileName(
      `diffusion-${view.family?.id ?? ''}-${view.year ?? ''}`,
      now,
      'png',
    );
    download(blob, file);
    return file;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    report(app.t('diffusion.exportFailed', { message }));
    return null;
  }
}

/** The picture's words and series, from the view as shown. */
export function exportContent(app: AppState, view: DiffusionSource, now: Date): DiffusionExport {
  const family = view.family;
  const year = view.year;
  const card = view.presentView.card;
  return {
    title: app.t('app.title'),
    subtitle: family
      ? app.t('diffusion.exportTitle', { family: view.name(family), year: String(year ?? '') })
      : '',
    count: view.countText,
    figures: view.figureLines,
    yearTitle: card?.title ?? '',
    yearAdded: card?.regions ?? '',
    curve:
      view.domain && year !== null
        ? {
            points: view.points,
            domain: view.domain,
            year,
            label: app.t('diffusion.curve'),
            anchors: view.anchors.map((e) => ({ id: e.id, t0: e.t0, label: app.titleOf(e) })),
            eras: (app.data?.eras ?? []).map((e) => ({
              id: e.id,
              t0: e.t0,
              t1: e.t1,
              label: app.text(e.nameZh, e.nameEn),
            })),
          }
        : null,
    // The map's credit line as shown: an agency's boundary file brings its own.
    attribution: app.attribution,
    exportedAt: app.t('present.exportedAt', { date: isoDay(now) }),
    mapUnavailable: app.t('present.mapUnavailable'),
  };
}
