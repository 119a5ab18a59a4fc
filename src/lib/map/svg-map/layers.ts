/**
 * The SVG map's shapes, in maplibre's layer order: province fills, prefecture fills, selection
 * outlines, group outlines, boundary lines and the 南海 dash line, city-seat markers. `draw` writes a
 * frame's feature-states (states.ts) as attributes, touching only what changed. Browser-only.
 */
import type { GeoPath, GeoProjection } from 'd3-geo';
import type { Feature } from 'geojson';
import type { CityProps } from '../geo';
import { PALETTE } from '../layers';
import type { ChinaMapData } from '../renderer';
import {
  cityFill,
  provinceFill,
  sameState,
  type CityState,
  type MapFrame,
  type ProvinceState,
} from '../states';
import { el } from './el';

type CityFeature = ChinaMapData['cities']['features'][number];

export interface SvgLayers {
  /** Draw the shapes anew (after a resize or a boundary swap); prefectures wait until shown. */
  build(data: ChinaMapData, path: GeoPath, projection: GeoProjection): void;
  /** Push a frame (`prev`: the last one drawn, null to draw everything); `k` is the zoom scale. */
  draw(f: MapFrame, prev: MapFrame | null, k: number): void;
  /** Keep the city-seat markers the same size on screen at zoom scale `k`. */
  rescale(f: MapFrame | null, k: number): void;
}

export function createSvgLayers(parent: SVGGElement): SvgLayers {
  const g = (name: string, hit = true) => {
    const e = el('g', { class: name }, parent);
    if (!hit) e.style.pointerEvents = 'none';
    return e;
  };
  // A thematic map's "no record": the same hatching as the maplibre map's pattern.
  const defs = el('defs', {}, parent);
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
  const gOutline = g('outlines', false);
  const gGroup = g('groups', false);
  const gLines = g('lines', false);
  const gMarks = g('markers', false);

  const provPaths = new Map<string, SVGPathElement>();
  const provOutlines = new Map<string, SVGPathElement>();
  const cityPaths = new Map<string, SVGPathElement>();
  const groupPaths = new Map<string, SVGPathElement>();
  const markers = new Map<string, SVGCircleElement>();
  let cityFeatures = new Map<string, CityFeature>();
  let cityPath: (code: string) => SVGPathElement | undefined = () => undefined;
  let groupFeatures = new Map<string, Feature>();
  let groupPath: (id: string) => SVGPathElement | undefined = () => undefined;

  const stroke = (e: SVGElement) => e.setAttribute('vector-effect', 'non-scaling-stroke');
  /** Set an attribute only when it changes (a region redrawn for its fill keeps its stroke). */
  const attr = (e: SVGElement, name: string, value: string) => {
    if (e.getAttribute(name) !== value) e.setAttribute(name, value);
  };

  function build(data: ChinaMapData, path: GeoPath, projection: GeoProjection) {
    for (const e of [gProv, gCity, gOutline, gGroup, gLines, gMarks]) e.replaceChildren();
    for (const m of [provPaths, provOutlines, cityPaths, groupPaths, markers]) m.clear();
    for (const f of data.geo.provinces.features) {
      const code = f.properties.adcode;
      const d = path(f) ?? '';
      provPaths.set(code, el('path', { d, 'data-adcode': code, stroke: PALETTE.border }, gProv));
      provOutlines.set(code, el('path', { d, fill: 'none', 'stroke-width': 0 }, gOutline));
    }
    // Prefecture shapes are drawn when first needed (a drill-down, a named or filtered city): most
    // sessions never show most of the 394.
    cityFeatures = new Map(data.cities.features.map((f) => [f.properties.adcode, f]));
    cityPath = (code) => {
      const f = cityFeatures.get(code);
      if (!f) return undefined;
      const p: CityProps = f.properties;
      const attrs = { d: path(f) ?? '', 'data-adcode': p.adcode, 'data-province': p.province };
      const e = el('path', { ...attrs, stroke: PALETTE.cityBorder }, gCity);
      stroke(e);
      cityPaths.set(code, e);
      return e;
    };
    // A group's outline (merged from its members, see groupShapes) is drawn when first selected.
    groupFeatures = new Map(
      (data.groups.features as Feature[]).map((f) => [String(f.properties?.id), f]),
    );
    groupPath = (id) => {
      const f = groupFeatures.get(id);
      if (!f) return undefined;
      const attrs = { d: path(f) ?? '', fill: 'none', stroke: PALETTE.accentDark };
      const e = el('path', { ...attrs, 'stroke-dasharray': '7 3.5' }, gGroup);
      stroke(e);
      groupPaths.set(id, e);
      return e;
    };
    for (const f of data.geo.lines.features)
      el('path', { d: path(f) ?? '', fill: 'none', stroke: PALETTE.outline }, gLines);
    for (const f of data.geo.dash.features)
      el('path', { d: path(f) ?? '', fill: 'none', stroke: PALETTE.dash, class: 'dash' }, gLines);
    for (const r of data.regions) {
      if (r.level !== 'city') continue;
      const [cx, cy] = projection(r.center) ?? [0, 0];
      const attrs = { cx, cy, fill: PALETTE.accent, stroke: PALETTE.markerRing };
      markers.set(r.adcode, el('circle', { ...attrs, 'stroke-width': 1.5 }, gMarks));
    }
    for (const e of parent.querySelectorAll<SVGElement>('path, circle')) stroke(e);
  }

  function drawProvince(code: string, s: ProvinceState, breaks: readonly number[]) {
    const p = provPaths.get(code);
    const o = provOutlines.get(code);
    if (!p || !o) return;
    const hatched = s.hatch && !s.open && !s.muted;
    attr(p, 'fill', hatched ? 'url(#atlas-hatch)' : provinceFill(s, breaks));
    attr(p, 'fill-opacity', s.dim ? '0.45' : '1');
    const colour = s.selected ? PALETTE.accentDark : s.first ? PALETTE.first : PALETTE.filter;
    attr(o, 'stroke', colour);
    attr(o, 'stroke-width', s.selected ? '2.5' : s.first ? '3' : s.filtered ? '2' : '0');
  }

  function drawCity(code: string, s: CityState, f: MapFrame, k: number) {
    const shown = !!f.view && cityFeatures.get(code)?.properties.province === f.view;
    // A thematic map's city (a city family) is drawn in the national view too.
    const visible = shown || s.named || s.filtered || s.fill !== '' || s.first;
    const p = cityPaths.get(code) ?? (visible ? cityPath(code) : undefined);
    if (!p) return;
    const display = visible ? '' : 'none';
    if (p.style.display !== display) p.style.display = display;
    const named = s.named && !s.themed;
    attr(p, 'fill', shown ? cityFill(s, f.breaks) : named ? PALETTE.accent : s.fill || 'none');
    attr(p, 'fill-opacity', shown && s.dim ? '0.45' : '1');
    const ring = s.named || s.filtered || s.first;
    const colour = s.named ? PALETTE.accentDark : s.first ? PALETTE.first : PALETTE.filter;
    attr(p, 'stroke', ring ? colour : PALETTE.cityBorder);
    attr(p, 'stroke-width', s.first && !s.named ? '2.5' : ring ? '1.8' : '0.8');
    const marker = markers.get(code);
    if (marker) attr(marker, 'r', s.seat && !f.view ? String(5 / k) : '0');
  }

  const sameBreaks = (prev: MapFrame | null, f: MapFrame) =>
    !!prev && (prev.breaks === f.breaks || prev.breaks.join() === f.breaks.join());

  return {
    build,
    draw(f, prev, k) {
      // Redraw everything when the classes or the view change, else what changed.
      const same = sameBreaks(prev, f) && prev?.view === f.view;
      for (const [code, s] of f.provinces) {
        // Each frame's states are new objects: redraw only the regions whose values changed.
        if (!same || !sameState(prev?.provinces.get(code), s))
          drawProvince(code, s, f.view ? [1] : f.breaks);
      }
      for (const [code, s] of f.cities) {
        if (!same || !sameState(prev?.cities.get(code), s)) drawCity(code, s, f, k);
      }
      for (const [id, s] of f.groups) {
        const p = groupPaths.get(id) ?? (s.selected ? groupPath(id) : undefined);
        p?.setAttribute('stroke-width', s.selected ? '3.5' : '0');
      }
    },
    rescale(f, k) {
      if (f) for (const [code, s] of f.cities) if (s.seat) drawCity(code, s, f, k);
    },
  };
}
