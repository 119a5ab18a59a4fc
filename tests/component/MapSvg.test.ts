/** The SVG fallback map in jsdom (no WebGL there, just like the meeting-room PCs it serves). */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Topology } from 'topojson-specification';
import { createRegionIndex } from '../../src/lib/data/regions';
import type { RegionInfo } from '../../src/lib/data/types';
import { chinaFromTopology, citiesFromTopology, groupShapes } from '../../src/lib/map/geo';
import { PALETTE } from '../../src/lib/map/layers';
import type { MapRenderer } from '../../src/lib/map/renderer';
import { buildFrame, litRegions, NOTHING_LIT, type MapModel } from '../../src/lib/map/states';
import { createSvgMap } from '../../src/lib/map/svg-map';
import { readGeoFile } from '../helpers';

const regions = readGeoFile<RegionInfo[]>('regions.json');
const citiesTopo = readGeoFile<Topology>('cities.topo.json');
const groups = [
  {
    id: 'jjj',
    nameZh: '京津冀',
    nameEn: 'JJJ',
    members: ['110000', '120000', '130000'],
    source: '',
  },
];
const index = createRegionIndex(regions, groups);
const data = {
  geo: chinaFromTopology(readGeoFile<Topology>('china.topo.json')),
  cities: citiesFromTopology(citiesTopo),
  groups: groupShapes(citiesTopo, groups),
  regions,
};

const model = (over: Partial<MapModel> = {}): MapModel => ({
  counts: new Map([
    ['510000', 5],
    ['370000', 1],
    ['510100', 2],
  ]),
  lit: NOTHING_LIT,
  filtered: [],
  reached: [],
  view: null,
  ...over,
});
const frame = (m: MapModel) => buildFrame(m, regions, ['jjj'], index, 'zh');

// One map for all tests (building 428 paths in jsdom takes a while); each test sets its own frame.
const handlers = { onregion: vi.fn(), ondrill: vi.fn(), onhover: vi.fn(), onidle: vi.fn() };
let el: HTMLElement;
let map: MapRenderer;
beforeAll(() => {
  el = document.createElement('div');
  document.body.append(el);
  map = createSvgMap(el, data, handlers);
});
beforeEach(() => {
  vi.clearAllMocks();
  map.fitTo(null, false);
});
afterAll(() => {
  map.destroy();
  el.remove();
});
const setup = () => ({ el, handlers, map });
const path = (el: HTMLElement, code: string) =>
  el.querySelector<SVGPathElement>(`path[data-adcode="${code}"]`)!;

describe('SVG map', () => {
  it('draws 34 provinces, the dash line and labels; prefectures when first shown', () => {
    const { el, map } = setup();
    map.update(frame(model()));
    expect(el.querySelectorAll('.provinces path')).toHaveLength(34);
    // The 394 prefecture shapes are drawn when a drill-down or a city event first needs them.
    expect(el.querySelectorAll('.cities path')).toHaveLength(0);
    // A group's outline is merged and drawn when one of its events is first selected.
    expect(el.querySelectorAll('.groups path')).toHaveLength(0);
    expect(el.querySelectorAll('path.dash')).toHaveLength(1);
    const shown = [...el.querySelectorAll<SVGTextElement>('.labels text')].filter(
      (t) => t.style.display !== 'none',
    );
    expect(shown.map((t) => t.textContent)).toContain('四川');
    // Prefecture labels wait for a drill-down.
    expect(shown.map((t) => t.textContent)).not.toContain('成都');
  });

  it('shades by count and lights the selection, dimming the rest', () => {
    const { el, map } = setup();
    const f = frame(model());
    map.update(f);
    expect(path(el, '510000').getAttribute('fill')).toBe(PALETTE.ramp[f.breaks.length - 1]);
    expect(path(el, '130000').getAttribute('fill')).toBe(PALETTE.land);
    map.update(frame(model({ lit: litRegions(['jjj'], index) })));
    expect(path(el, '130000').getAttribute('fill')).toBe(PALETTE.accent);
    expect(path(el, '510000').getAttribute('fill-opacity')).toBe('0.45');
    expect(map.featureState('jjj')).toEqual({ selected: true });
    expect(map.featureState('110000')).toMatchObject({ selected: true, dim: false });
    const outline = el.querySelectorAll<SVGPathElement>('.groups path')[0]!;
    expect(outline.getAttribute('stroke-width')).toBe('3.5');
    expect(outline.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+/);
    map.update(frame(model()));
    expect(el.querySelectorAll('.groups path')).toHaveLength(1);
    expect(outline.getAttribute('stroke-width')).toBe('0');
  });

  it('a city event lights its prefecture inside a lightly lit province', () => {
    const { el, map } = setup();
    map.update(frame(model({ lit: litRegions(['510100'], index) })));
    expect(path(el, '510000').getAttribute('fill')).toBe(PALETTE.partial);
    const city = el.querySelector<SVGPathElement>('.cities path[data-adcode="510100"]')!;
    expect(city.style.display).toBe('');
    expect(city.getAttribute('fill')).toBe(PALETTE.accent);
    expect(map.featureState('510100')).toMatchObject({ named: true, seat: true });
  });

  it('click filters, double-click drills, hover reports the region', () => {
    const { el, map, handlers } = setup();
    map.update(frame(model()));
    path(el, '510000').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(handlers.onregion).toHaveBeenCalledWith('510000');
    path(el, '510000').dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    expect(handlers.ondrill).toHaveBeenCalledWith('510000');
    path(el, '370000').dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
    expect(handlers.onhover).toHaveBeenLastCalledWith(
      expect.objectContaining({ adcode: '370000' }),
    );
  });

  it('drilled in: the province shows its cities, the others muted, cities click as cities', () => {
    const { el, map, handlers } = setup();
    map.update(frame(model({ view: '510000' })));
    const chengdu = el.querySelector<SVGPathElement>('.cities path[data-adcode="510100"]')!;
    expect(chengdu.style.display).toBe('');
    const sichuan = regions.filter((r) => r.parent === '510000').map((r) => r.adcode);
    const drawn = [...el.querySelectorAll<SVGPathElement>('.cities path')];
    expect(drawn.map((p) => p.dataset.adcode).sort()).toEqual([...sichuan].sort());
    expect(path(el, '370000').getAttribute('fill')).toBe(PALETTE.muted);
    chengdu.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(handlers.onregion).toHaveBeenCalledWith('510100');
    // Double-clicking inside the drilled province does not drill again.
    chengdu.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    expect(handlers.ondrill).not.toHaveBeenCalled();
    // Drilling elsewhere shows that province's cities and hides Sichuan's.
    map.update(frame(model({ view: '370000' })));
    expect(chengdu.style.display).toBe('none');
    expect(
      el.querySelector<SVGPathElement>('.cities path[data-adcode="370100"]')!.style.display,
    ).toBe('');
  });

  it('fitting to a province zooms the projection the tests click through', () => {
    const { map } = setup();
    map.update(frame(model()));
    const a = map.project([104, 30.7]);
    const b = map.project([105, 30.7]);
    map.fitTo([
      [97.35, 26.05],
      [108.55, 34.32],
    ]);
    const c = map.project([104, 30.7]);
    const d = map.project([105, 30.7]);
    expect(d.x - c.x).toBeGreaterThan(2 * (b.x - a.x));
    map.fitTo(null);
    expect(map.project([104, 30.7])).toEqual(a);
  });

  it('is removed with its listeners on destroy', () => {
    const other = document.createElement('div');
    const own = { onregion: vi.fn(), ondrill: vi.fn(), onhover: vi.fn(), onidle: vi.fn() };
    const m = createSvgMap(other, data, own);
    const svg = other.querySelector('svg')!;
    m.destroy();
    expect(other.querySelector('svg')).toBeNull();
    svg
      .querySelector('path[data-adcode]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(own.onregion).not.toHaveBeenCalled();
    const before = m.project([104, 30.7]);
    svg.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: -500 }));
    expect(m.project([104, 30.7])).toEqual(before);
  });

  describe('zoom and pan (d3-zoom)', () => {
    const CHENGDU: [number, number] = [104.07, 30.67];
    const BEIJING: [number, number] = [116.4, 39.9];
    /** A mouse event as a browser sends it, with its window (d3-zoom listens there during a drag). */
    const mouse = <E extends MouseEvent>(
      make: (init: MouseEventInit) => E,
      x: number,
      y: number,
    ) => {
      const ev = make({ bubbles: true, cancelable: true, clientX: x, clientY: y });
      // vitest's jsdom refuses its own window as `view` in the constructor.
      Object.defineProperty(ev, 'view', { value: document.defaultView });
      path(el, '510000').dispatchEvent(ev);
      return ev;
    };
    const wheel = (x: number, y: number, deltaY: number, ctrlKey = false) =>
      mouse((i) => new WheelEvent('wheel', { ...i, deltaY, ctrlKey }), x, y);
    const on = (type: string) => (i: MouseEventInit) => new MouseEvent(type, i);
    /** Press on Sichuan at (x, y), move by (dx, dy), let go, and the click the browser sends. */
    const drag = (x: number, y: number, dx: number, dy: number) => {
      mouse(on('mousedown'), x, y);
      mouse(on('mousemove'), x + dx / 2, y + dy / 2);
      mouse(on('mousemove'), x + dx, y + dy);
      mouse(on('mouseup'), x + dx, y + dy);
      mouse(on('click'), x + dx, y + dy);
    };

    it('the wheel zooms about the pointer', () => {
      map.update(frame(model()));
      const c0 = map.project(CHENGDU);
      const b0 = map.project(BEIJING);
      expect(wheel(c0.x, c0.y, -500).defaultPrevented).toBe(true);
      const c1 = map.project(CHENGDU);
      const b1 = map.project(BEIJING);
      expect(c1.x).toBeCloseTo(c0.x);
      expect(c1.y).toBeCloseTo(c0.y);
      expect((b1.x - c1.x) / (b0.x - c0.x)).toBeCloseTo(2);
    });

    it('a trackpad pinch (ctrl+wheel) zooms too', () => {
      map.update(frame(model()));
      const c0 = map.project(CHENGDU);
      const b0 = map.project(BEIJING);
      wheel(c0.x, c0.y, -50, true);
      expect((map.project(BEIJING).x - c0.x) / (b0.x - c0.x)).toBeCloseTo(2);
    });

    it('does not zoom out past the national view, nor let the page scroll instead', () => {
      map.update(frame(model()));
      const c0 = map.project(CHENGDU);
      expect(wheel(c0.x, c0.y, 500).defaultPrevented).toBe(true);
      expect(map.project(CHENGDU)).toEqual(c0);
    });

    it('a drag pans, and the click that ends it selects nothing', () => {
      map.update(frame(model()));
      const c0 = map.project(CHENGDU);
      drag(c0.x, c0.y, 40, 20);
      const c1 = map.project(CHENGDU);
      expect(c1.x - c0.x).toBeCloseTo(40);
      expect(c1.y - c0.y).toBeCloseTo(20);
      expect(handlers.onregion).not.toHaveBeenCalled();
    });

    it('a click with a wobble under 4 px still selects', async () => {
      // d3-zoom swallows clicks for one task after a drag (the one before, in the test above).
      await new Promise((r) => setTimeout(r, 0));
      map.update(frame(model()));
      const c0 = map.project(CHENGDU);
      drag(c0.x, c0.y, 2, 1);
      expect(handlers.onregion).toHaveBeenCalledWith('510000');
    });

    it('a long drag stops with the middle of the view over the edge of the map', () => {
      map.update(frame(model()));
      const c0 = map.project(CHENGDU);
      drag(c0.x, c0.y, 5000, 5000);
      // The 800 × 600 view's middle shows the map's top-left corner: everything moved by (400, 300).
      const c1 = map.project(CHENGDU);
      expect(c1.x - c0.x).toBeCloseTo(400);
      expect(c1.y - c0.y).toBeCloseTo(300);
    });

    it('a double-click drills down and leaves the zoom alone', () => {
      map.update(frame(model()));
      const c0 = map.project(CHENGDU);
      mouse(on('dblclick'), c0.x, c0.y);
      expect(handlers.ondrill).toHaveBeenCalledWith('510000');
      expect(map.project(CHENGDU)).toEqual(c0);
    });

    it('a fit is eased: the map is busy for its 400 ms, idle after', async () => {
      await vi.waitFor(() => expect(map.idle()).toBe(true));
      vi.useFakeTimers();
      try {
        map.update(frame(model()));
        map.fitTo([
          [97.35, 26.05],
          [108.55, 34.32],
        ]);
        expect(map.idle()).toBe(false);
        vi.advanceTimersByTime(500);
        expect(map.idle()).toBe(true);
      } finally {
        vi.useRealTimers();
      }
    });
  });
});

describe('idle', () => {
  it('is reported once the map is drawn, even when it is resized before that (a view opening beside it)', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    const width = vi.spyOn(box, 'clientWidth', 'get').mockReturnValue(800);
    vi.spyOn(box, 'clientHeight', 'get').mockReturnValue(600);
    const onidle = vi.fn();
    const m = createSvgMap(box, data, { ...handlers, onidle });
    // The diffusion view's strip takes room from the map before the first report is out.
    width.mockReturnValue(640);
    m.resize();
    await new Promise((r) => setTimeout(r, 10));
    expect(onidle).toHaveBeenCalledTimes(1);
    m.destroy();
    box.remove();
  });
});
