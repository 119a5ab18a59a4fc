// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstChoice } from '../../../src/lib/map/renderer-choice';

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
  vi.resetModules();
});

const canvases = () => {
  const make = vi.spyOn(document, 'createElement');
  return () => make.mock.calls.filter(([tag]) => tag === 'canvas').length;
};

describe('firstChoice: the first screen never waits for a probe it can do without', () => {
  it.each([
    ['nothing known: the SVG map until the probe', null, null, false, 'svg', 'unprobed'],
    ['a chosen SVG map', 'svg', null, false, 'svg', 'chosen'],
    ['a remembered graphics card: maplibre', null, 'gpu', false, 'webgl', 'gpu'],
    ['remembered WebGL on the CPU: the SVG map', null, 'software', false, 'svg', 'software'],
    ['remembered no WebGL', null, 'none', false, 'svg', 'none'],
    ['a chosen WebGL map, remembered to work', 'webgl', 'software', false, 'webgl', 'chosen'],
    ['a chosen WebGL map, nothing known: probed at once', 'webgl', null, true, 'webgl', 'chosen'],
  ] as const)('%s', (_, chosen, known, probes, kind, reason) => {
    const probe = vi.fn(() => 'software' as const);
    expect(firstChoice(chosen, known, probe)).toEqual({ kind, reason });
    expect(probe).toHaveBeenCalledTimes(probes ? 1 : 0);
  });
});

it('a kept SVG choice draws the SVG map and never probes WebGL', async () => {
  localStorage.setItem('reform-atlas.map', 'svg');
  const count = canvases();
  const { mapChoice, probedMapChoice } = await import('../../../src/lib/map/renderer-choice');
  expect(mapChoice()).toEqual({ kind: 'svg', reason: 'chosen' });
  expect(probedMapChoice()).toEqual({ kind: 'svg', reason: 'chosen' });
  expect(count()).toBe(0);
});

it('a first visit draws the SVG map unprobed, then probes once and remembers the answer', async () => {
  const count = canvases();
  const { mapChoice, probedMapChoice } = await import('../../../src/lib/map/renderer-choice');
  expect(mapChoice()).toEqual({ kind: 'svg', reason: 'unprobed' });
  expect(count()).toBe(0);
  // jsdom has no WebGL: the SVG map, saying why.
  expect(probedMapChoice()).toEqual({ kind: 'svg', reason: 'none' });
  const probes = count();
  expect(probes).toBeGreaterThan(0);
  expect(probedMapChoice()).toEqual({ kind: 'svg', reason: 'none' });
  expect(count()).toBe(probes);
  expect(localStorage.getItem('reform-atlas.gl')).toBe('none');
  // A map view created from now on starts with the probe's answer.
  expect(mapChoice()).toEqual({ kind: 'svg', reason: 'none' });
});

it('the next visit draws what the last probe found, without probing first', async () => {
  localStorage.setItem('reform-atlas.gl', 'software');
  const count = canvases();
  const { mapChoice } = await import('../../../src/lib/map/renderer-choice');
  expect(mapChoice()).toEqual({ kind: 'svg', reason: 'software' });
  expect(count()).toBe(0);
});

it('a remembered answer that no longer holds is corrected by the probe', async () => {
  localStorage.setItem('reform-atlas.gl', 'gpu');
  const { mapChoice, probedMapChoice } = await import('../../../src/lib/map/renderer-choice');
  expect(mapChoice().kind).toBe('webgl');
  expect(probedMapChoice()).toEqual({ kind: 'svg', reason: 'none' });
  expect(localStorage.getItem('reform-atlas.gl')).toBe('none');
});

it('an unknown remembered value is ignored', async () => {
  localStorage.setItem('reform-atlas.gl', 'quantum');
  const { mapChoice } = await import('../../../src/lib/map/renderer-choice');
  expect(mapChoice()).toEqual({ kind: 'svg', reason: 'unprobed' });
});

describe('probeAfterFirstMap', () => {
  it('probes in an idle moment after the first map is drawn, once', async () => {
    vi.useFakeTimers();
    const { probeAfterFirstMap } = await import('../../../src/lib/map/renderer-choice');
    const apply = vi.fn();
    const p = probeAfterFirstMap(apply);
    expect(apply).not.toHaveBeenCalled();
    p.drawn();
    p.drawn();
    await vi.runAllTimersAsync();
    expect(apply).toHaveBeenCalledTimes(1);
    expect(apply).toHaveBeenCalledWith({ kind: 'svg', reason: 'none' });
    vi.useRealTimers();
  });

  it('probes after 3 s when the map never says it is drawn, and never after cancel', async () => {
    vi.useFakeTimers();
    const { probeAfterFirstMap } = await import('../../../src/lib/map/renderer-choice');
    const apply = vi.fn();
    probeAfterFirstMap(apply);
    await vi.advanceTimersByTimeAsync(2900);
    expect(apply).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1200);
    expect(apply).toHaveBeenCalledTimes(1);
    const gone = vi.fn();
    probeAfterFirstMap(gone).cancel();
    await vi.runAllTimersAsync();
    expect(gone).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
