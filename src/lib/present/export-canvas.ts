/**
 * What every exported picture (the presentation's and the diffusion view's) shares: the 1920×1080
 * canvas, the palette from the design tokens, the title bar, the map's box, the footer line and the
 * PNG. Each export draws its own parts between them.
 * `containRect(200, 100, { x: 0, y: 0, w: 100, h: 100 })` → `{ x: 0, y: 25, w: 100, h: 50 }`.
 */
import { TOKENS } from '../../styles/tokens';

export const EXPORT_W = 1920;
export const EXPORT_H = 1080;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Palette {
  font: string;
  bg: string;
  surface: string;
  text: string;
  muted: string;
  border: string;
  accent: string;
  accentDark: string;
  sea: string;
  axis: string;
  past: string;
}

/** A canvas font at a size and weight: `fontOf(p)(44, 700)` → `700 44px <the palette's font>`. */
export type FontFn = (size: number, weight?: number) => string;
export const fontOf =
  (p: Palette): FontFn =>
  (size, weight = 400) =>
    `${weight} ${size}px ${p.font}`;

/** Colours and font from the design tokens, so the image matches the screen. */
export function readPalette(root: Element = document.documentElement): Palette {
  const css = getComputedStyle(root);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    font: v('--font-sans', TOKENS.fontSans),
    bg: v('--bg', TOKENS.bg),
    surface: v('--surface', TOKENS.surface),
    text: v('--text', TOKENS.text),
    muted: v('--text-muted', TOKENS.textMuted),
    border: v('--border', TOKENS.border),
    accent: v('--accent', TOKENS.accent),
    accentDark: v('--accent-dark', TOKENS.accentDark),
    sea: v('--map-sea', TOKENS.mapSea),
    axis: v('--axis', TOKENS.axis),
    past: v('--present-past', TOKENS.presentPast),
  };
}

/** Largest rectangle of the source's aspect that fits in `box`, centred (CSS object-fit: contain). */
export function containRect(srcW: number, srcH: number, box: Rect): Rect {
  if (srcW <= 0 || srcH <= 0) return box;
  const s = Math.min(box.w / srcW, box.h / srcH);
  const w = srcW * s;
  const h = srcH * s;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

/**
 * The page and its title bar: the background, a band with the accent rule under it, and the title
 * (the app's name) at its left. Returns the title's width: what follows it starts after it.
 */
export function drawTitleBar(
  ctx: CanvasRenderingContext2D,
  header: Rect,
  title: string,
  p: Palette,
): number {
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = p.bg;
  ctx.fillRect(0, 0, EXPORT_W, EXPORT_H);
  ctx.fillStyle = p.surface;
  ctx.fillRect(header.x, header.y, header.w, header.h);
  ctx.fillStyle = p.accent;
  ctx.fillRect(0, header.h - 5, EXPORT_W, 5);
  ctx.fillStyle = p.accentDark;
  ctx.font = fontOf(p)(44, 700);
  ctx.fillText(title, 48, 64);
  return ctx.measureText(title).width;
}

/** The map's box: the sea, and the map's snapshot fitted inside, or without one a line saying so. */
export function drawMapBox(
  ctx: CanvasRenderingContext2D,
  map: HTMLCanvasElement | null,
  box: Rect,
  unavailable: string,
  p: Palette,
) {
  ctx.fillStyle = p.sea;
  ctx.fillRect(box.x, box.y, box.w, box.h);
  if (map && map.width > 0 && map.height > 0) {
    const r = containRect(map.width, map.height, box);
    ctx.drawImage(map, r.x, r.y, r.w, r.h);
  } else {
    ctx.fillStyle = p.muted;
    ctx.font = fontOf(p)(28);
    ctx.textAlign = 'center';
    ctx.fillText(unavailable, box.x + box.w / 2, box.y + box.h / 2);
    ctx.textAlign = 'left';
  }
}

/** The footer: the map's attribution at the left (required wherever the map appears), `right` at the right. */
export function drawFooter(
  ctx: CanvasRenderingContext2D,
  footer: Rect,
  attribution: string,
  right: string,
  p: Palette,
) {
  ctx.fillStyle = p.surface;
  ctx.fillRect(footer.x, footer.y, footer.w, footer.h);
  ctx.fillStyle = p.muted;
  ctx.font = fontOf(p)(18);
  ctx.fillText(attribution, 48, footer.y + 31);
  ctx.textAlign = 'right';
  ctx.fillText(right, EXPORT_W - 48, footer.y + 31);
  ctx.textAlign = 'left';
}

/** A fresh EXPORT_W × EXPORT_H canvas, drawn by `draw`, as a PNG blob. */
export async function canvasPng(draw: (ctx: CanvasRenderingContext2D) => void): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = EXPORT_W;
  canvas.height = EXPORT_H;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  draw(ctx);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('canvas.toBlob returned nothing');
  return blob;
}
