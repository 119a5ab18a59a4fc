/**
 * The map without WebGL: the same layers drawn as SVG with d3-geo from the same TopoJSON, the same
 * feature-states (states.ts) as attributes, the same clicks, hover, drill-down, fitting, wheel zoom
 * and drag. It keeps the MapRenderer contract, so MapView, exports and tests treat it like the
 * maplibre map.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature } from 'geojson';
import {
  NATIONAL_BOUNDS,
  boundsContain,
  clampPan,
  fitTransform,
  zoomAbout,
  type Bounds,
  type Transform,
} from './geo';
import { declutter, labelWidth } from './declutter';
import { FONT_STACK, PALETTE } from './layers';
import { FIT_PADDING, type ChinaMapData, type MapHandlers, type MapRenderer } from './renderer';
import type { MapFrame } from './states';
import type { RegionInfo } from '../data/types';
import { cityFill, provinceFill, type CityState, type ProvinceState } from './states';

const NS = 'http://www.w3.org/2000/svg';
const PAD = FIT_PADDING;
const DURATION = 400;
const LABEL_PX = 13;

function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number> = {},
  parent?: Element,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.appendChild(e);
  return e;
}

export function createSvgMap(
  container: HTMLElement,
  data: ChinaMapData,
  handlers: MapHandlers,
): MapRenderer {
  const reduceMotion = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const svg = el('svg', { class: 'svg-map', role: 'presentation' }, container);
  svg.style.cssText = 'position:absolute;inset:0;width:100%;height:100%;display:block';
  const zoom = el('g', {}, svg);
  zoom.style.transition = reduceMotion ? '' : `transform ${DURATION}ms ease-out`;
  const g = (name: string) => el('g', { class: name }, zoom);
  // A thematic map's "no record": the same hatching as the maplibre map's pattern.
  const defs = el('defs', {}, svg);
  const hatch = el(
    'pattern',
    { id: 'atlas-hatch', width: 8, height: 8, patternUnits: 'userSpaceOnUse' },
    defs,
  );
  hatch.setAttribute('patternTransform', 'rotate(-45)');
  el('rect', { width: 8, height: 8, fill: PALETTE.land }, hatch);
  el('rect', { width: 2, height: 8, fill: PALETTE.hatch }, hatch);
  const gProv = g('provinces');
  const gCity = g('cities');
  const gOutline = g('outlines');
  const gGroup = g('groups');
  const gLines = g('lines');
  const gMarks = g('markers');
  const gLabels = g('labels');
  gLabels.setAttribute('fill', PALETTE.label);
  gLabels.setAttribute('stroke', PALETTE.halo);
  gLabels.setAttribute('paint-order', 'stroke');
  gLabels.setAttribute('font-family', FONT_STACK);
  gLabels.style.pointerEvents = 'none';
  gMarks.style.pointerEvents = 'none';
  gOutline.style.pointerEvents = 'none';
  gGroup.style.pointerEvents = 'none';
  gLines.style.pointerEvents = 'none';

  let frame: MapFrame | null = null;
  let drawnLabels = '';
  let t: Transform = { k: 1, x: 0, y: 0 };
  let projection: GeoProjection = geoMercator();
  let moving = 0;
  let size = { w: 0, h: 0 };
  const provPaths = new Map<string, SVGPathElement>();
  const provOutlines = new Map<string, SVGPathElement>();
  const cityPaths = new Map<string, SVGPathElement>();
  let cityFeatures = new Map<string, (typeof data.cities.features)[number]>();
  let cityPath: (code: string) => SVGPathElement | undefined = () => undefined;
  const groupPaths = new Map<string, SVGPathElement>();
  const markers = new Map<string, SVGCircleElement>();
  const labels: { el: SVGTextElement; r: RegionInfo }[] = [];

  function build() {
    size = { w: container.clientWidth || 800, h: container.clientHeight || 600 };
    svg.setAttribute('viewBox', `0 0 ${size.w} ${size.h}`);
    const [[w, s], [e, n]] = NATIONAL_BOUNDS;
    projection = geoMercator().fitExtent(
      [
        [PAD.left, PAD.top],
        [size.w - PAD.right, size.h - PAD.bottom],
      ],
      {
        type: 'MultiPoint',
        coordinates: [
          [w, s],
          [e, n],
        ],
      },
    );
    // No adaptive resampling: at this scale it adds no points, only half the drawing time.
    projection.precision(0);
    const path = geoPath(projection).digits(2);
    cityPath = (code) => {
      const f = cityFeatures.get(code);
      if (!f) return undefined;
      const p = f.properties;
      const attrs = { d: path(f) ?? '', 'data-adcode': p.adcode, 'data-province': p.province };
      const e = el('path', { ...attrs, stroke: PALETTE.cityBorder }, gCity);
      e.setAttribute('vector-effect', 'non-scaling-stroke');
      cityPaths.set(code, e);
      return e;
    };
    for (const gEl of [gProv, gCity, gOutline, gGroup, gLines, gMarks, gLabels])
      gEl.replaceChildren();
    drawnLabels = '';
    for (const m of [provPaths, provOutlines, cityPaths, groupPaths, markers]) m.clear();
    labels.length = 0;
    for (const f of data.geo.provinces.features) {
      const code = f.properties.adcode;
      const d = path(f) ?? '';
      provPaths.set(code, el('path', { d, 'data-adcode': code, stroke: PALETTE.border }, gProv));
      provOutlines.set(code, el('path', { d, fill: 'none', 'stroke-width': 0 }, gOutline));
    }
    // Prefecture shapes are drawn when first needed (a drill-down, a named or filtered city): most
    // sessions never show most of the 394.
    cityFeatures = new Map(data.cities.features.map((f) => [f.properties.adcode, f]));
    for (const f of data.groups.features as Feature[]) {
      const id = String(f.properties?.id);
      const attrs = { d: path(f) ?? '', fill: 'none', stroke: PALETTE.accentDark };
      groupPaths.set(id, el('path', { ...attrs, 'stroke-dasharray': '7 3.5' }, gGroup));
    }
    for (const f of data.geo.lines.features)
      el('path', { d: path(f) ?? '', fill: 'none', stroke: PALETTE.outline }, gLines);
    for (const f of data.geo.dash.features)
      el('path', { d: path(f) ?? '', fill: 'none', stroke: PALETTE.dash, class: 'dash' }, gLines);
    for (const r of data.regions) {
      const [x, y] = projection(r.center) ?? [0, 0];
      if (r.level === 'city') {
        markers.set(
          r.adcode,
          el(
            'circle',
            { cx: x, cy: y, fill: PALETTE.accent, stroke: '#ffffff', 'stroke-width': 1.5 },
            gMarks,
          ),
        );
      }
      const text = el(
        'text',
        { x, y, 'text-anchor': 'middle', 'dominant-baseline': 'middle' },
        gLabels,
      );
      labels.push({ el: text, r });
    }
    for (const e of zoom.querySelectorAll('path, circle'))
      e.setAttribute('vector-effect', 'non-scaling-stroke');
    if (frame) draw(frame, null);
    transform(t, false);
  }

  function drawProvince(code: string, s: ProvinceState, breaks: readonly number[]) {
    const p = provPaths.get(code);
    const o = provOutlines.get(code);
    if (!p || !o) return;
    const hatched = s.hatch && !s.open && !s.muted;
    p.setAttribute('fill', hatched ? 'url(#atlas-hatch)' : provinceFill(s, breaks));
    p.setAttribute('fill-opacity', s.dim ? '0.45' : '1');
    o.setAttribute(
      'stroke',
      s.selected ? PALETTE.accentDark : s.first ? PALETTE.first : PALETTE.filter,
    );
    o.setAttribute('stroke-width', s.selected ? '2.5' : s.first ? '3' : s.filtered ? '2' : '0');
  }

  function drawCity(code: string, s: CityState, f: MapFrame) {
    const shown = !!f.view && cityFeatures.get(code)?.properties.province === f.view;
    const visible = shown || s.named || s.filtered || s.fill !== '' || s.first;
    const p = cityPaths.get(code) ?? (visible ? cityPath(code) : undefined);
    if (!p) return;
    p.style.display = visible ? '' : 'none';
    const named = s.named && !s.themed;
    p.setAttribute(
      'fill',
      shown ? cityFill(s, f.breaks) : named ? PALETTE.accent : s.fill || 'none',
    );
    p.setAttribute('fill-opacity', shown && s.dim ? '0.45' : '1');
    const ring = s.named || s.filtered || s.first;
    p.setAttribute(
      'stroke',
      ring
        ? s.named
          ? PALETTE.accentDark
          : s.first
            ? PALETTE.first
            : PALETTE.filter
        : PALETTE.cityBorder,
    );
    p.setAttribute('stroke-width', s.first && !s.named ? '2.5' : ring ? '1.8' : '0.8');
    const m = markers.get(code);
    if (m) m.setAttribute('r', s.seat && !f.view ? String(5 / t.k) : '0');
  }

  function draw(f: MapFrame, prev: MapFrame | null) {
    for (const [code, s] of f.provinces) {
      if (prev?.provinces.get(code) !== s || prev.breaks !== f.breaks)
        drawProvince(code, s, f.view ? [1] : f.breaks);
    }
    for (const [code, s] of f.cities) {
      if (prev?.cities.get(code) !== s || prev.view !== f.view || prev.breaks !== f.breaks)
        drawCity(code, s, f);
    }
    for (const [id, s] of f.groups) {
      groupPaths.get(id)?.setAttribute('stroke-width', s.selected ? '3.5' : '0');
    }
    const labelsKey = [...f.labels].join();
    if (!prev || prev.lang !== f.lang || labelsKey !== drawnLabels) {
      drawnLabels = labelsKey;
      for (const { el: text, r } of labels) {
        const own = f.labels.get(r.adcode);
        text.textContent = own ?? (f.lang === 'en' ? r.en : r.short);
        text.setAttribute('font-weight', own ? '700' : '400');
      }
    }
    styleLabels();
  }

  /** Show the labels of what is in view that fit without overlapping: drilled cities first. */
  function placeLabels() {
    const view = frame?.view ?? null;
    const own = frame?.labels ?? new Map<string, string>();
    const wanted = labels.filter(({ r }) =>
      r.parent === null ? r.adcode !== view : r.parent === view || own.has(r.adcode),
    );
    // A thematic map's own labels (first movers) first, then drilled cities, then provinces.
    const rank = (r: RegionInfo) => (own.has(r.adcode) ? 0 : r.parent === null ? 2 : 1);
    wanted.sort((a, b) => rank(a.r) - rank(b.r));
    const boxes = wanted.map(({ el: text, r }) => {
      const [x, y] = projection(r.center) ?? [0, 0];
      const sx = x * t.k + t.x;
      const sy = y * t.k + t.y;
      if (sx < 0 || sy < 0 || sx > size.w || sy > size.h) return null;
      return { x: sx, y: sy, w: labelWidth(text.textContent ?? '', LABEL_PX) + 4, h: LABEL_PX + 4 };
    });
    const keep = declutter(boxes);
    for (const l of labels) l.el.style.display = 'none';
    wanted.forEach((l, i) => (l.el.style.display = keep[i] ? '' : 'none'));
  }

  function styleLabels() {
    gLabels.setAttribute('font-size', String(LABEL_PX / t.k));
    gLabels.setAttribute('stroke-width', String(3 / t.k));
    placeLabels();
  }

  function transform(next: Transform, animate: boolean) {
    t = next;
    if (animate && !reduceMotion) {
      moving++;
      setTimeout(() => moving--, DURATION + 50);
    } else zoom.style.transition = 'none';
    zoom.style.transform = `translate(${t.x}px, ${t.y}px) scale(${t.k})`;
    if (!animate || reduceMotion) {
      void zoom.getBoundingClientRect();
      zoom.style.transition = reduceMotion ? '' : `transform ${DURATION}ms ease-out`;
    }
    styleLabels();
    if (frame) for (const [code, s] of frame.cities) if (s.seat) drawCity(code, s, frame);
  }

  /** Projected pixel box of lon/lat bounds (Mercator: north is up). */
  function box(b: Bounds): Bounds {
    const [x0, y1] = projection([b[0][0], b[0][1]]) ?? [0, 0];
    const [x1, y0] = projection([b[1][0], b[1][1]]) ?? [0, 0];
    return [
      [x0, y0],
      [x1, y1],
    ];
  }
  const fit = (b: Bounds | null, animate = true) => {
    if (!b) return transform({ k: 1, x: 0, y: 0 }, animate);
    const next = fitTransform(box(b), size.w, size.h, 48);
    transform({ ...next, k: Math.min(next.k, 12) }, animate);
  };

  const regionOf = (ev: Event) => (ev.target as Element).closest<SVGPathElement>('[data-adcode]');
  const onClick = (ev: MouseEvent) => {
    const p = regionOf(ev);
    if (p) handlers.onregion(p.dataset.adcode!);
  };
  const onDbl = (ev: MouseEvent) => {
    const p = regionOf(ev);
    const province = p?.dataset.province ?? p?.dataset.adcode;
    if (province && province !== frame?.view) handlers.ondrill(province);
  };
  const onMove = (ev: MouseEvent) => {
    const p = regionOf(ev);
    const r = container.getBoundingClientRect();
    svg.style.cursor = p ? 'pointer' : '';
    handlers.onhover(
      p ? { adcode: p.dataset.adcode!, x: ev.clientX - r.left, y: ev.clientY - r.top } : null,
    );
  };
  const onLeave = () => handlers.onhover(null);

  // Free zoom and pan, as on the maplibre map: the wheel zooms about the pointer, a drag pans, and
  // the click that ends a drag selects nothing.
  const local = (ev: MouseEvent) => {
    const r = svg.getBoundingClientRect();
    return [ev.clientX - r.left, ev.clientY - r.top] as const;
  };
  const onWheel = (ev: WheelEvent) => {
    ev.preventDefault();
    const dy = ev.deltaY * (ev.deltaMode === 1 ? 33 : ev.deltaMode === 2 ? 500 : 1);
    const [px, py] = local(ev);
    transform(clampPan(zoomAbout(t, 2 ** (-dy / 500), px, py), size.w, size.h), false);
  };
  let drag: { x: number; y: number; t: Transform; moved: boolean } | null = null;
  let swallowClick = false;
  const onDown = (ev: PointerEvent) => {
    if (ev.button !== 0) return;
    drag = { x: ev.clientX, y: ev.clientY, t, moved: false };
    swallowClick = false;
  };
  const onDrag = (ev: PointerEvent) => {
    if (!drag || !(ev.buttons & 1)) return;
    const dx = ev.clientX - drag.x;
    const dy = ev.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) svg.setPointerCapture?.(ev.pointerId);
    drag.moved = true;
    svg.style.cursor = 'grabbing';
    transform(clampPan({ ...drag.t, x: drag.t.x + dx, y: drag.t.y + dy }, size.w, size.h), false);
  };
  const onUp = () => {
    swallowClick = drag?.moved ?? false;
    if (swallowClick) svg.style.cursor = '';
    drag = null;
  };
  const onClickCapture = (ev: MouseEvent) => {
    if (!swallowClick) return;
    swallowClick = false;
    ev.stopPropagation();
  };
  svg.addEventListener('wheel', onWheel, { passive: false });
  svg.addEventListener('pointerdown', onDown);
  svg.addEventListener('pointermove', onDrag);
  svg.addEventListener('pointerup', onUp);
  svg.addEventListener('pointercancel', onUp);
  svg.addEventListener('click', onClickCapture, true);
  svg.addEventListener('click', onClick);
  svg.addEventListener('dblclick', onDbl);
  svg.addEventListener('mousemove', onMove);
  svg.addEventListener('mouseleave', onLeave);

  build();
  let idleTimer = setTimeout(handlers.onidle, 0);

  return {
    kind: 'svg',
    update(f) {
      const prev = frame;
      frame = f;
      draw(f, prev);
    },
    setGeo(geo) {
      data = { ...data, geo };
      build();
    },
    fitTo: fit,
    ensureVisible(b) {
      const [[x0, y0], [x1, y1]] = box(b);
      const inv = (x: number, y: number): [number, number] => [(x - t.x) / t.k, (y - t.y) / t.k];
      const seen: Bounds = [inv(0, 0), inv(size.w, size.h)];
      if (
        boundsContain(seen, [
          [x0, y0],
          [x1, y1],
        ])
      )
        return;
      const u: Bounds = [
        [Math.min(x0, seen[0][0]), Math.min(y0, seen[0][1])],
        [Math.max(x1, seen[1][0]), Math.max(y1, seen[1][1])],
      ];
      transform(fitTransform(u, size.w, size.h, 40), true);
    },
    featureState(adcode) {
      const s =
        frame?.provinces.get(adcode) ?? frame?.cities.get(adcode) ?? frame?.groups.get(adcode);
      return s ? { ...s } : {};
    },
    project(lngLat) {
      const [x, y] = projection(lngLat) ?? [0, 0];
      return { x: x * t.k + t.x, y: y * t.k + t.y };
    },
    idle() {
      return frame !== null && moving === 0;
    },
    resize() {
      if (container.clientWidth === size.w && container.clientHeight === size.h) return;
      clearTimeout(idleTimer);
      build();
      idleTimer = setTimeout(() => undefined, 0);
    },
    async snapshot() {
      const clone = svg.cloneNode(true) as SVGSVGElement;
      clone.setAttribute('xmlns', NS);
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
    },
    destroy() {
      clearTimeout(idleTimer);
      svg.removeEventListener('wheel', onWheel);
      svg.removeEventListener('pointerdown', onDown);
      svg.removeEventListener('pointermove', onDrag);
      svg.removeEventListener('pointerup', onUp);
      svg.removeEventListener('pointercancel', onUp);
      svg.removeEventListener('click', onClickCapture, true);
      svg.removeEventListener('click', onClick);
      svg.removeEventListener('dblclick', onDbl);
      svg.removeEventListener('mousemove', onMove);
      svg.removeEventListener('mouseleave', onLeave);
      svg.remove();
    },
  };
}
