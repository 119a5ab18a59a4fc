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
  /** Names in a language; `own` replaces some (a thematic map's first movers, drawn bold). */
  setLang(lang: 'zh' | 'en', own?: ReadonlyMap<string, string>): void;
  /**
   * Show what is in the view at this zoom: a drilled province's cities, else the provinces; the
   * replaced labels first, even for cities in the national view. `px` is the label size on screen
   * (larger when presenting).
   */
  place(view: string | null, t: Transform, size: { w: number; h: number }, px?: number): void;
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
  /** Each label with what it shows now (`content`, `bold`), so a change is found without reading the DOM. */
  let labels: {
    text: SVGTextElement;
    r: RegionInfo;
    x: number;
    y: number;
    content: string | null;
    bold: boolean | null;
  }[] = [];
  let own: ReadonlyMap<string, string> = new Map();
  /** What the shown labels were placed for; a frame that changes none of it (a year) keeps them. */
  let placed = '';

  return {
    build(regions, projection) {
      g.replaceChildren();
      placed = '';
      labels = regions.map((r) => {
        const [x, y] = projection(r.center) ?? [0, 0];
        const attrs = { x, y, 'text-anchor': 'middle', 'dominant-baseline': 'middle' };
        return { text: el('text', attrs, g), r, x, y, content: null, bold: null };
      });
    },
    setLang(lang, replaced = new Map()) {
      own = replaced;
      placed = '';
      // Only the labels that change: a family switch replaces a few first movers' names.
      for (const l of labels) {
        const label = own.get(l.r.adcode);
        const content = label ?? (lang === 'en' ? l.r.en : l.r.short);
        if (l.content !== content) l.text.textContent = l.content = content;
        if (l.bold !== !!label) {
          l.bold = !!label;
          l.text.setAttribute('font-weight', label ? '700' : '400');
        }
      }
    },
    place(view, t, size, px = LABEL_PX) {
      const key = [view, t.k, t.x, t.y, size.w, size.h, px].join();
      if (key === placed) return;
      placed = key;
      g.setAttribute('font-size', String(px / t.k));
      g.setAttribute('stroke-width', String((3 * px) / LABEL_PX / t.k));
      const wanted = labels.filter(({ r }) =>
        r.parent === null ? r.adcode !== view : r.parent === view || own.has(r.adcode),
      );
      // Replaced labels first, then drilled-in cities: they win over the provinces around.
      const rank = (r: RegionInfo) => (own.has(r.adcode) ? 0 : r.parent === null ? 2 : 1);
      wanted.sort((a, b) => rank(a.r) - rank(b.r));
      const boxes = wanted.map(({ content, x, y }) => {
        const sx = x * t.k + t.x;
        const sy = y * t.k + t.y;
        if (sx < 0 || sy < 0 || sx > size.w || sy > size.h) return null;
        const w = labelWidth(content ?? '', px) + 4;
        return { x: sx, y: sy, w, h: px + 4 };
      });
      const keep = declutter(boxes);
      const shown = new Set(wanted.filter((_, i) => keep[i]));
      // Touch only the labels that appear or disappear (a style write on each of ~400 would not).
      for (const l of labels) {
        const display = shown.has(l) ? '' : 'none';
        if (l.text.style.display !== display) l.text.style.display = display;
      }
    },
  };
}
