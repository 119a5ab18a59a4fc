/** The SVG map's picture for the exports: the drawing as it is on screen. Browser-only. */
import { PALETTE } from '../layers';
import { SVG_NS } from './el';

/** The map as a canvas at the screen's pixel ratio, on the sea colour. */
export async function snapshot(svg: SVGSVGElement, size: { w: number; h: number }) {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('width', String(size.w));
  clone.setAttribute('height', String(size.h));
  clone.style.background = PALETTE.background;
  const url = URL.createObjectURL(
    new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }),
  );
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const out = document.createElement('canvas');
    out.width = size.w * devicePixelRatio;
    out.height = size.h * devicePixelRatio;
    const ctx = out.getContext('2d');
    ctx?.scale(devicePixelRatio, devicePixelRatio);
    if (ctx) {
      ctx.fillStyle = PALETTE.background;
      ctx.fillRect(0, 0, size.w, size.h);
      ctx.drawImage(img, 0, 0, size.w, size.h);
    }
    return out;
  } finally {
    URL.revokeObjectURL(url);
  }
}
