// @vitest-environment jsdom
import { afterEach, expect, it, vi } from 'vitest';

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
  vi.resetModules();
});

const canvases = () => {
  const make = vi.spyOn(document, 'createElement');
  return () => make.mock.calls.filter(([tag]) => tag === 'canvas').length;
};

it('a kept SVG choice draws the SVG map without probing WebGL', async () => {
  localStorage.setItem('reform-atlas.map', 'svg');
  const count = canvases();
  const { mapChoice } = await import('../../../src/lib/map/renderer-choice');
  expect(mapChoice()).toEqual({ kind: 'svg', reason: 'chosen' });
  expect(count()).toBe(0);
});

it('with no kept choice the graphics are probed (jsdom has no WebGL: the SVG map, saying why)', async () => {
  const count = canvases();
  const { mapChoice } = await import('../../../src/lib/map/renderer-choice');
  expect(mapChoice()).toEqual({ kind: 'svg', reason: 'none' });
  expect(count()).toBeGreaterThan(0);
});
