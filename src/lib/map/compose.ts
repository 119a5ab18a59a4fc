/**
 * The exported picture of the map: the renderer's frame with the 南海诸岛 inset and the legend drawn
 * on it. The attribution a standard map must carry is printed by whoever shows the picture (the
 * PNGs' footer, the handout's caption: `app.attribution`), once. Browser-only (canvas, Image).
 */
import { TOKENS } from '../../styles/tokens';
import type { MapRenderer } from './renderer';

/** An SVG element as an image (its styles must be attributes: page CSS does not apply). */
export async function svgImage(svg: SVGSVGElement): Promise<HTMLImageElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const text = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function composeSnapshot(
  renderer: MapRenderer,
  section: HTMLElement | undefined,
): Promise<HTMLCanvasElement | null> {
  const canvas = await renderer.snapshot();
  if (!canvas || !section) return canvas;
  const ctx = canvas.getContext('2d');
  const box = section.getBoundingClientRect();
  if (!ctx || !box.width) return canvas;
  const k = canvas.width / box.width;
  ctx.save();
  ctx.scale(k, k);
  const inset = section.querySelector<SVGSVGElement>('[data-testid="nanhai-inset"] svg');
  if (inset) {
    const r = inset.getBoundingClientRect();
    const img = await svgImage(inset);
    ctx.drawImage(img, r.left - box.left, r.top - box.top, r.width, r.height);
    ctx.strokeStyle = TOKENS.borderStrong;
    ctx.strokeRect(r.left - box.left + 0.5, r.top - box.top + 0.5, r.width - 1, r.height - 1);
  }
  drawLegend(ctx, section, box);
  // No attribution here: the PNG and the handout each print it once under the picture.
  ctx.restore();
  return canvas;
}

/** The legend, redrawn from its DOM boxes: its frame, swatches and texts at their places. */
function drawLegend(ctx: CanvasRenderingContext2D, section: HTMLElement, box: DOMRect) {
  const legend = section.querySelector<HTMLElement>('[data-testid="map-legend"]');
  if (!legend) return;
  const at = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { x: r.left - box.left, y: r.top - box.top, w: r.width, h: r.height };
  };
  const frame = at(legend);
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(frame.x, frame.y, frame.w, frame.h);
  ctx.strokeStyle = TOKENS.border;
  ctx.strokeRect(frame.x + 0.5, frame.y + 0.5, frame.w - 1, frame.h - 1);
  ctx.textBaseline = 'middle';
  for (const el of legend.querySelectorAll<HTMLElement>('[data-swatch], [data-text]')) {
    const r = at(el);
    const style = getComputedStyle(el);
    if (el.dataset.swatch !== undefined) {
      ctx.fillStyle = style.backgroundColor;
      ctx.fillRect(r.x, r.y, r.w, r.h);
      if (el.dataset.hatch !== undefined) hatch(ctx, r);
      ctx.strokeStyle = style.borderTopColor;
      ctx.lineWidth = parseFloat(style.borderTopWidth) || 1;
      ctx.strokeRect(r.x + 0.5, r.y + 0.5, r.w - 1, r.h - 1);
      ctx.lineWidth = 1;
    } else {
      ctx.fillStyle = style.color;
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      ctx.fillText(el.textContent ?? '', r.x, r.y + r.h / 2);
    }
  }
}

/** Diagonal hatching in a box (a legend's "no record" swatch). */
function hatch(ctx: CanvasRenderingContext2D, r: { x: number; y: number; w: number; h: number }) {
  ctx.save();
  ctx.beginPath();
  ctx.rect(r.x, r.y, r.w, r.h);
  ctx.clip();
  ctx.strokeStyle = TOKENS.mapHatch;
  ctx.lineWidth = 2;
  for (let d = -r.h; d < r.w; d += 6) {
    ctx.beginPath();
    ctx.moveTo(r.x + d, r.y + r.h);
    ctx.lineTo(r.x + d + r.h, r.y);
    ctx.stroke();
  }
  ctx.restore();
}
