// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { View } from '../../../src/lib/timeline/scales';
import { createZoomer } from '../../../src/lib/timeline/zoom';

/**
 * Frames run by hand: `flush(ts)` runs the callbacks queued so far with timestamp `ts` (a frame's
 * timestamp is when the frame began, which can be before the code that queued the callback ran).
 */
let queue = new Map<number, FrameRequestCallback>();
let lastId = 0;
function flush(ts: number) {
  const now = queue;
  queue = new Map();
  for (const cb of now.values()) cb(ts);
}

beforeEach(() => {
  queue = new Map();
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    queue.set(++lastId, cb);
    return lastId;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => queue.delete(id));
  vi.stubGlobal('matchMedia', () => ({ matches: false }));
});
afterEach(() => vi.unstubAllGlobals());

function zoomer() {
  const el = document.createElement('div');
  const views: View[] = [];
  const z = createZoomer(el, (v) => views.push(v));
  z.configure({ height: 300, range: [100, 1000], kMax: 100 });
  return { z, views };
}

describe('createZoomer().to (animated)', () => {
  it('does nothing when the goal is where it already is: no frame, no view reported', () => {
    const { z, views } = zoomer();
    z.to({ k: 1, x: 0 });
    expect(queue.size).toBe(0);
    flush(performance.now());
    expect(views).toEqual([]);
  });

  it('ends on the goal', () => {
    const { z, views } = zoomer();
    const t = performance.now();
    z.to({ k: 20, x: -2000 });
    for (const ts of [t, t + 100, t + 200, t + 400, t + 500]) flush(ts);
    expect(views.at(-1)).toEqual({ k: 20, x: -2000 });
  });

  it('moves only forward from the start when a frame is stamped before the call (a busy page)', () => {
    const { z, views } = zoomer();
    const t = performance.now();
    z.to({ k: 20, x: -2000 });
    // The first frame began 1.5 s before `to` was called (the main thread was busy meanwhile).
    for (const ts of [t - 1500, t - 1400, t + 100, t + 400, t + 800]) flush(ts);
    expect(views.length).toBeGreaterThan(1);
    for (const v of views) {
      expect(v.k).toBeGreaterThanOrEqual(1);
      expect(v.k).toBeLessThanOrEqual(20);
      expect(Number.isFinite(v.x)).toBe(true);
    }
    expect(views.at(-1)).toEqual({ k: 20, x: -2000 });
  });
});

describe('createZoomer().to (a jump)', () => {
  it('reports the goal at once, with no frame to wait for', () => {
    const { z, views } = zoomer();
    z.to({ k: 20, x: -2000 }, false);
    expect(views).toEqual([{ k: 20, x: -2000 }]);
    flush(performance.now());
    expect(views).toEqual([{ k: 20, x: -2000 }]);
  });

  it('cuts a tween short: its frames stop, and its pending view is never reported after the jump', () => {
    const { z, views } = zoomer();
    const t = performance.now();
    z.to({ k: 20, x: -2000 });
    flush(t);
    flush(t + 50);
    z.to({ k: 2, x: -100 }, false);
    for (const ts of [t + 100, t + 200, t + 400]) flush(ts);
    expect(views.at(-1)).toEqual({ k: 2, x: -100 });
  });
});
