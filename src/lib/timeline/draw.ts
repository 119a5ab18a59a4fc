/**
 * Shared mark styling and the canvas painter used when there are too many marks for SVG. The SVG
 * and canvas renderings use the same geometry (layout.ts) and the same numbers here.
 */
import { TOKENS } from '../../styles/tokens';
import type { Cluster, Lane, Layout } from './layout';

export const MARK_R = 4;
export const BAR_H = 6;
/** More marks + clusters than this in view: draw them on a canvas instead of as SVG elements. */
export const DOM_LIMIT = 500;
/** A cluster of several types. */
export const MIXED = TOKENS.textMuted;
export const DIM_ALPHA = 0.18;
export const APPROX_FILL = 0.25;
/** Dash of an approximate point's outline. */
export const APPROX_DASH = [2, 1.5];
const FONT = `600 12px ${TOKENS.fontSans}`;

/** Text colour readable on a fill: dark on light colours, white on dark. `inkOn('#DDAA33')` → dark. */
export function inkOn(hex: string): string {
  const n = parseInt(hex.replace('#', ''), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  }) as [number, number, number];
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return lum > 0.22 ? TOKENS.text : TOKENS.textInverse;
}

/** The count a cluster shows (capped so it fits its cell). */
export const countText = (n: number) => (n > 99 ? '99+' : String(n));

/** Height of a cluster pill in a lane (in one of its rows, when it has rows). */
export const pillHeight = (lane: Lane) =>
  Math.max(6, Math.min(16, (lane.rows ? lane.height / lane.rows : lane.height) - 2));

export interface DrawOptions {
  width: number;
  height: number;
  dpr: number;
  lanes: readonly Lane[];
  colour: (type: string) => string;
  /** Ids passing the region filter; the rest are dimmed. */
  active: ReadonlySet<string>;
  /** Clip the marks to [left, right). */
  clip: readonly [number, number];
}

const activeCount = (c: Cluster, active: ReadonlySet<string>) =>
  c.ids.reduce((n, id) => n + (active.has(id) ? 1 : 0), 0);

export function drawLayout(ctx: CanvasRenderingContext2D, layout: Layout, o: DrawOptions) {
  ctx.setTransform(o.dpr, 0, 0, o.dpr, 0, 0);
  ctx.clearRect(0, 0, o.width, o.height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(o.clip[0], 0, o.clip[1] - o.clip[0], o.height);
  ctx.clip();
  const laneOf = new Map(o.lanes.map((l) => [l.id, l]));
  // Marks grouped by colour and state: one path per group keeps 10,000 marks cheap.
  const groups = new Map<
    string,
    { fill: boolean; dash: boolean; dim: boolean; colour: string; path: Path2D }
  >();
  for (const m of layout.marks) {
    const dim = !o.active.has(m.id);
    const key = `${m.type}|${dim}|${m.approx}|${m.span}`;
    let g = groups.get(key);
    if (!g) {
      const colour = o.colour(m.type);
      g = { fill: !m.approx, dash: m.approx && !m.span, dim, colour, path: new Path2D() };
      groups.set(key, g);
    }
    if (m.span) g.path.roundRect(m.x, m.y - BAR_H / 2, m.w, BAR_H, BAR_H / 2);
    else {
      g.path.moveTo(m.x + MARK_R, m.y);
      g.path.arc(m.x, m.y, MARK_R, 0, 2 * Math.PI);
    }
  }
  ctx.lineWidth = 1.5;
  for (const g of groups.values()) {
    ctx.globalAlpha = g.dim ? DIM_ALPHA : 1;
    ctx.strokeStyle = g.colour;
    ctx.fillStyle = g.colour;
    ctx.setLineDash(g.dash ? APPROX_DASH : []);
    // Approximate dates are open: a pale fill inside an outline (dashed round a point; a bar's
    // outline stays solid, as dashing a bar across the view costs the rasteriser a frame).
    ctx.globalAlpha = (g.dim ? DIM_ALPHA : 1) * (g.fill ? 1 : APPROX_FILL);
    ctx.fill(g.path);
    ctx.globalAlpha = g.dim ? DIM_ALPHA : 1;
    ctx.stroke(g.path);
  }
  ctx.setLineDash([]);
  // Clusters on top: a bar running under one must not hide its count. Pills are batched into one
  // path per colour and counts drawn from cached bitmaps: thousands of them stay cheap.
  const pills = new Map<string, { colour: string; alpha: number; path: Path2D }>();
  const counts: { text: string; ink: string; x: number; y: number; alpha: number }[] = [];
  for (const c of layout.clusters) {
    const lane = laneOf.get(c.lane)!;
    const n = activeCount(c, o.active);
    const fill = c.type ? o.colour(c.type) : MIXED;
    if (lane.collapsed) {
      ctx.globalAlpha = (n ? 1 : DIM_ALPHA) * Math.min(1, 0.3 + 0.12 * c.ids.length);
      ctx.fillStyle = fill;
      ctx.fillRect(c.x + 0.5, lane.y + 1, c.w - 1, lane.height - 2);
      continue;
    }
    const alpha = n ? 1 : DIM_ALPHA;
    const key = `${fill}|${alpha}`;
    let g = pills.get(key);
    if (!g) pills.set(key, (g = { colour: fill, alpha, path: new Path2D() }));
    const h = pillHeight(lane);
    g.path.roundRect(c.x + 1, c.y - h / 2, c.w - 2, h, h / 2);
    if (h >= 12)
      counts.push({
        text: countText(n || c.ids.length),
        ink: inkOn(fill),
        x: c.x + c.w / 2,
        y: c.y,
        alpha,
      });
  }
  ctx.strokeStyle = TOKENS.surface;
  for (const g of pills.values()) {
    ctx.globalAlpha = g.alpha;
    ctx.fillStyle = g.colour;
    ctx.fill(g.path);
    ctx.stroke(g.path);
  }
  for (const c of counts) {
    const img = countSprite(c.text, c.ink, o.dpr);
    ctx.globalAlpha = c.alpha;
    ctx.drawImage(
      img,
      c.x - img.width / o.dpr / 2,
      c.y - img.height / o.dpr / 2,
      img.width / o.dpr,
      img.height / o.dpr,
    );
  }
  ctx.globalAlpha = 1;
  ctx.restore();
}

const sprites = new Map<string, HTMLCanvasElement>();

/** A count rendered once to a small bitmap (text shaping per frame is the slow part of a canvas). */
function countSprite(text: string, ink: string, dpr: number): HTMLCanvasElement {
  const key = `${text}|${ink}|${dpr}`;
  let img = sprites.get(key);
  if (img) return img;
  img = document.createElement('canvas');
  const w = Math.ceil(text.length * 8 + 4);
  img.width = Math.ceil(w * dpr);
  img.height = Math.ceil(16 * dpr);
  const g = img.getContext('2d')!;
  g.scale(dpr, dpr);
  g.font = FONT;
  g.fillStyle = ink;
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  g.fillText(text, w / 2, 8.5);
  sprites.set(key, img);
  return img;
}
