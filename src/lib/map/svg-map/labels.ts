/**
 * The SVG map's region names: one text per province and prefecture, shown where they fit without
 * overlapping (declutter.ts), at a constant screen size whatever the zoom. Browser-only.
 */
import type { GeoProjection } from 'd3-geo';
import type { RegionInfo } from '../../data/types';
import { declutter, labelWidth } from '../declutter';
import type { Transform } from '../geo';
import { FONT_STACK, PALETTE } from '../layers';
import { el } from './el';

const LABEL_PX = 13;

export interface SvgLabels {
  /** One text per region at its projected centre (after a resize or a boundary swap). */
  build(regions: readonly RegionInfo[], projection: GeoProjection): void;
  setLang(lang: 'zh' | 'en'): void;
  /** Show what is in the view at this zoom: a drilled province's cities, else the provinces. */
  place(view: string | null, t: Transform, size: { w: number; h: number }): void;
}

export function createSvgLabels(parent: SVGGElement): SvgLabels {
  const g = el(
    'g',
    {
      class: 'labels',
      fill: PALETTE.label,
      stroke: PALETTE.halo,
      'paint-order': 'stroke',
      'font-family': FONT_STACK,
    },
    parent,
  );
  g.style.pointerEvents = 'none';
  let labels: { text: SVGTextElement; r: RegionInfo; x: number; y: number }[] = [];

  return {
    build(regions, projection) {
      g.replaceChildren();
      labels = regions.map((r) => {
        const [x, y] = projection(r.center) ?? [0, 0];
        const attrs = { x, y, 'text-anchor': 'middle', 'dominant-baseline': 'middle' };
        return { text: el('text', attrs, g), r, x, y };
      });
    },
    setLang(lang) {
      for (const { text, r } of labels) text.textContent = lang === 'en' ? r.en : r.short;
    },
    place(view, t, size) {
      g.setAttribute('font-size', String(LABEL_PX / t.k));
      g.setAttribute('stroke-width', String(3 / t.k));
      const wanted = labels.filter(({ r }) =>
        r.parent === null ? r.adcode !== view : r.parent === view,
      );
      // Drilled-in cities first: they win over the provinces around.
      wanted.sort((a, b) => Number(a.r.parent === null) - Number(b.r.parent === null));
      const boxes = wanted.map(({ text, x, y }) => {
        const sx = x * t.k + t.x;
        const sy = y * t.k + t.y;
        if (sx < 0 || sy < 0 || sx > size.w || sy > size.h) return null;
        const w = labelWidth(text.textContent ?? '', LABEL_PX) + 4;
        return { x: sx, y: sy, w, h: LABEL_PX + 4 };
      });
      const keep = declutter(boxes);
      for (const l of labels) l.text.style.display = 'none';
      wanted.forEach((l, i) => (l.text.style.display = keep[i] ? '' : 'none'));
    },
  };
}
