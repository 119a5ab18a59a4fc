// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { centreInside, createSvgZoom } from '../../../src/lib/map/svg-map/zoom';

type Box = [[number, number], [number, number]];
const view: Box = [
  [0, 0],
  [400, 300],
];
const t = (k: number, x: number, y: number) => zoomIdentity.translate(x, y).scale(k);

describe('centreInside (the SVG map keeps the middle of the view over the map)', () => {
  it.each([
    ['leaves a view in reach alone', t(2, -100, -50), t(2, -100, -50)],
    ['stops the drawing leaving to the right', t(1, 500, 0), t(1, 200, 0)],
    ['stops the drawing leaving to the left', t(1, -500, 0), t(1, -200, 0)],
    ['stops it leaving at the bottom, zoomed in', t(3, 0, -1000), t(3, 0, -750)],
    ['stops it leaving at the top', t(1, 0, 400), t(1, 0, 150)],
  ])('%s', (_, from, expected) => {
    const out = centreInside(from, view, view);
    expect([out.k, out.x, out.y]).toEqual([expected.k, expected.x, expected.y]);
  });

  it('lets the middle of the view reach every edge of the map, zoomed in', () => {
    const out = centreInside(t(4, -2000, -2000), view, view);
    // The view's middle (200, 150) shows the map's lower right corner (400, 300).
    expect([out.invertX(200), out.invertY(150)]).toEqual([400, 300]);
  });

  it('does not change the transform it is given', () => {
    const from = t(1, 500, 0);
    centreInside(from, view, view);
    expect([from.k, from.x, from.y]).toEqual([1, 500, 0]);
  });
});

describe('createSvgZoom: an eased fit is "moving" only when it moves', () => {
  function setup() {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    const layer = document.createElementNS('http://www.w3.org/2000/svg', 'g');
    svg.append(layer);
    document.body.append(svg);
    const seen: number[] = [];
    const z = createSvgZoom(svg, layer, (tr) => seen.push(tr.k));
    z.resize(400, 300);
    return { z, layer, seen };
  }

  it.each([
    ['to where it is (the first national fit)', { k: 1, x: 0, y: 0 }, false, 'none'],
    ['to a province', { k: 2, x: -100, y: -50 }, true, 'transform 400ms ease-out'],
  ])('eased %s', (_, to, moving, transition) => {
    const { z, layer, seen } = setup();
    z.to(to, true);
    expect(z.moving()).toBe(moving);
    expect(layer.style.transition).toBe(transition);
    expect(seen).toEqual([to.k]);
    z.destroy();
  });

  it('a second fit to the same place moves nothing more', () => {
    const { z } = setup();
    z.to({ k: 2, x: -100, y: -50 }, false);
    z.to({ k: 2, x: -100, y: -50 }, true);
    expect(z.moving()).toBe(false);
    z.destroy();
  });
});
