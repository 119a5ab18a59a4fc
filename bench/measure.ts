/**
 * The measurements, written once for our app and the peer pages. Each page exposes the same small
 * adapter, `window.__peer` (the peers define it; for our app `OURS_ADAPTER` builds it from stable
 * hooks: `.mark[data-id]`, `window.__atlasMap` and the URL), so every figure is taken the same way:
 * t0 just before the action, then frame by frame until the adapter says the result is on screen,
 * t1 after that frame was painted (rAF → setTimeout 0).
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { summarize, type Summary } from './stats';

export type Subject = 'ours' | 'echarts' | 'vis';

/** Marks each page sets: the app's User Timing milestones, or the peers' equivalents. */
export const MARKS: Record<Subject, { timeline: string; map: string | null }> = {
  ours: { timeline: 'atlas:timeline-interactive', map: 'atlas:map-idle' },
  echarts: { timeline: 'peer:timeline-interactive', map: 'peer:map-idle' },
  vis: { timeline: 'peer:timeline-interactive', map: null },
};

/**
 * Injected before any page script. `__bench.afterPaint()` resolves once the next frame has been
 * painted; a per-frame probe marks 'bench:first-mark' when the first timeline mark is in the DOM, a
 * fallback for builds that do not mark 'atlas:timeline-interactive' yet.
 */
export const INIT_SCRIPT = `(() => {
  // tsx (esbuild keepNames) wraps named functions in evaluated code with __name().
  globalThis.__name = globalThis.__name || ((f) => f);
  const afterPaint = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  let deltas = null;
  let last = 0;
  const tick = (t) => {
    if (!deltas) return;
    if (last) deltas.push(t - last);
    last = t;
    requestAnimationFrame(tick);
  };
  window.__bench = {
    afterPaint,
    startFrames() { deltas = []; last = 0; requestAnimationFrame(tick); },
    stopFrames() { const d = deltas || []; deltas = null; return d; },
  };
  const probe = () => {
    if (document.querySelector('.timeline .mark, .peer-ready')) {
      afterPaint().then(() => performance.mark('bench:first-mark'));
    } else requestAnimationFrame(probe);
  };
  requestAnimationFrame(probe);
})();`;

/**
 * The adapter for our app, from hooks that survive refactors. Selection clicks the timeline mark
 * (or, when marks are not in the DOM, goes through the URL like a shared link); filters go through
 * the URL and popstate, which the app re-applies.
 */
export const OURS_ADAPTER = `(() => {
  if (window.__peer) return;
  const esc = (s) => CSS.escape(s);
  const map = () => window.__atlasMap;
  const go = (mutate) => {
    const u = new URL(location.href);
    for (const k of ['types', 'levels', 'regions', 'sel', 'present', 'step', 'tour', 'view']) u.searchParams.delete(k);
    mutate(u.searchParams);
    history.pushState(null, '', u);
    dispatchEvent(new PopStateEvent('popstate'));
  };
  const signature = () => {
    const marks = document.querySelectorAll('.timeline .mark:not(.dim)').length;
    const m = map();
    const counts = m ? ['110000', '310000', '440000', '510000'].map((c) => m.featureState(c).count).join() : '';
    return marks + '|' + counts;
  };
  let before = '';
  window.__peer = {
    zoomTarget: '.timeline',
    // The timeline zooms on ctrl+wheel (a plain wheel pans), like a trackpad pinch.
    zoomModifier: 'Control',
    select(id) {
      const el = document.querySelector('.mark[data-id="' + esc(id) + '"]');
      if (el) el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
      else go((p) => p.set('sel', id));
    },
    selectDone(id, province) {
      // A mark drawn for the event must show it selected; an event inside a cluster or on the
      // canvas layer (large sets) has no element of its own, and the map is the check.
      const el = document.querySelector('.timeline .mark[data-id="' + esc(id) + '"]');
      const markOk = !el || el.classList.contains('selected');
      const m = map();
      const mapOk = !m || !province || m.featureState(province).selected === true;
      return markOk && mapOk;
    },
    filter(types) {
      before = signature();
      go((p) => { if (types.length) p.set('types', types.join(',')); });
    },
    filterDone() { return signature() !== before; },
    step(k) { go((p) => { p.set('present', '1'); p.set('step', String(k + 1)); }); },
    viewSignature() {
      // Axis labels and the first mark's position change with any zoom (marks may be on a canvas).
      const t = document.querySelector('.timeline');
      const el = document.querySelector('.timeline .mark');
      const r = el && el.getBoundingClientRect();
      return (t ? t.textContent.slice(0, 400) : '') + (r ? Math.round(r.x) : '');
    },
  };
})();`;

interface PeerApi {
  select(id: string, province: string): void;
  selectDone(id: string, province: string): boolean;
  filter(types: string[]): void;
  filterDone(types: string[]): boolean;
  step?(k: number): void;
  viewSignature(): string;
  zoomTarget: string;
  zoomModifier?: string;
}
interface BenchApi {
  afterPaint(): Promise<void>;
  startFrames(): void;
  stopFrames(): number[];
}
type W = { __peer: PeerApi; __bench: BenchApi };

/**
 * Open a page with the probes installed (the adapter for our app is added after load);
 * `cpuSlowdown` 4 emulates an office PC (Emulation.setCPUThrottlingRate).
 */
export async function openPage(
  browser: Browser,
  url: string,
  subject: Subject,
  timeout = 90_000,
  cpuSlowdown = 1,
  /** Wait for the map's idle mark too (every run does; a page without a map can say no). */
  needMap = true,
) {
  const context = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  // An office PC: DevTools' CPU throttling slows the page's main thread `cpuSlowdown` times.
  if (cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  }
  await page.addInitScript(INIT_SCRIPT);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  const load = await waitForLoad(page, subject, timeout, needMap).catch(async (e: unknown) => {
    await context.close();
    throw e;
  });
  if (subject === 'ours') await page.evaluate(OURS_ADAPTER);
  await page.waitForFunction(() => !!(window as unknown as W).__peer);
  // The page's first idle moment, as before a person's first click: work a page leaves for idle
  // time once it is drawn (ours: the graphics probe) is not counted in the first gesture.
  await page.evaluate(
    () => new Promise<void>((r) => requestIdleCallback(() => r(), { timeout: 3000 })),
  );
  return { page, context, load, errors };
}

export interface LoadTimes {
  /** navigation → timeline interactive (ms), and which mark it came from. */
  timeline: number;
  timelineMark: string;
  /** navigation → map idle (ms); NaN when the page has no map. */
  map: number;
}

/** Wait for a page's milestones and read them (ms since navigation start). */
export async function waitForLoad(page: Page, subject: Subject, timeout = 90_000, needMap = true) {
  const marks = needMap ? MARKS[subject] : { ...MARKS[subject], map: null };
  const names = [marks.timeline, 'bench:first-mark', ...(marks.map ? [marks.map] : [])];
  await page.waitForFunction(
    ({ timeline, map }) => {
      const has = (n: string) => performance.getEntriesByName(n).length > 0;
      return (has(timeline) || has('bench:first-mark')) && (!map || has(map));
    },
    marks,
    { timeout, polling: 50 },
  );
  // Give the real milestone a moment when only the fallback probe has fired.
  await page
    .waitForFunction((n) => performance.getEntriesByName(n).length > 0, marks.timeline, {
      timeout: 2_000,
    })
    .catch(() => {});
  const t = await page.evaluate(
    (ns) => ns.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? NaN),
    names,
  );
  const [real, fallback, map] = t as [number, number, number | undefined];
  return {
    timeline: Number.isFinite(real) ? real : fallback,
    timelineMark: Number.isFinite(real) ? marks.timeline : 'bench:first-mark (fallback)',
    map: map ?? NaN,
  } satisfies LoadTimes;
}

export interface Timed {
  ms: number[];
  /** How many runs reached the expected state on screen (the rest hit the frame limit). */
  ok: number;
}

/** select → highlight painted, over `ids` (cycled to `reps`). */
export async function measureSelect(
  page: Page,
  ids: readonly { id: string; province: string }[],
  reps: number,
): Promise<Timed> {
  return page.evaluate(
    async ({ ids, reps }) => {
      const { __peer: a, __bench: b } = window as unknown as W;
      const ms: number[] = [];
      let ok = 0;
      for (let i = 0; i < reps; i++) {
        const { id, province } = ids[i % ids.length]!;
        await b.afterPaint();
        const t0 = performance.now();
        a.select(id, province);
        let frames = 0;
        do {
          await b.afterPaint();
        } while (!a.selectDone(id, province) && ++frames < 120);
        ms.push(performance.now() - t0);
        if (a.selectDone(id, province)) ok++;
      }
      return { ms, ok };
    },
    { ids: [...ids], reps },
  );
}

/** filter change → both views painted, cycling through `filters`. */
export async function measureFilter(
  page: Page,
  filters: readonly string[][],
  reps: number,
): Promise<Timed> {
  return page.evaluate(
    async ({ filters, reps }) => {
      const { __peer: a, __bench: b } = window as unknown as W;
      const ms: number[] = [];
      let ok = 0;
      for (let i = 0; i < reps; i++) {
        const types = filters[i % filters.length]!;
        await b.afterPaint();
        const t0 = performance.now();
        a.filter(types);
        let frames = 0;
        do {
          await b.afterPaint();
        } while (!a.filterDone(types) && ++frames < 120);
        ms.push(performance.now() - t0);
        if (a.filterDone(types)) ok++;
      }
      return { ms, ok };
    },
    { filters: filters.map((f) => [...f]), reps },
  );
}

export interface Frames {
  deltas: number[];
  /** Whether the scripted zoom visibly changed the timeline (false: nothing to zoom yet). */
  changed: boolean;
}

/** Frame times (rAF deltas) during a scripted wheel zoom in, drag pan and zoom out. */
export async function measureFrames(page: Page, scale = 1): Promise<Frames> {
  const { target, modifier } = await page.evaluate(() => {
    const a = (window as unknown as W).__peer;
    return { target: a.zoomTarget, modifier: a.zoomModifier ?? null };
  });
  const box = await page.locator(target).first().boundingBox();
  if (!box) return { deltas: [], changed: false };
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const before = await page.evaluate(() => (window as unknown as W).__peer.viewSignature());
  await page.mouse.move(cx, cy);
  await page.evaluate(() => (window as unknown as W).__bench.startFrames());
  const steps = Math.max(3, Math.round(12 * scale));
  const wheel = async (dy: number) => {
    if (modifier) await page.keyboard.down(modifier);
    for (let i = 0; i < steps; i++) {
      await page.mouse.wheel(0, dy);
      await page.waitForTimeout(30);
    }
    if (modifier) await page.keyboard.up(modifier);
  };
  await wheel(-120);
  const zoomed = await page.evaluate(() => (window as unknown as W).__peer.viewSignature());
  await page.mouse.down();
  for (let i = 0; i < steps * 2; i++) {
    await page.mouse.move(cx - i * 12, cy, { steps: 1 });
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await wheel(120);
  await page.waitForTimeout(200);
  const deltas = await page.evaluate(() => (window as unknown as W).__bench.stopFrames());
  return { deltas, changed: zoomed !== before };
}

/** Used JS heap after a full garbage collection, in MB. */
export async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 2 ** 20;
}

const STEP = '[data-testid="present-step"]';
const PLAY = '[data-testid="present-play"]';

/** The presentation's current step (1-based), read from its step label "第 12 / 600 步". */
function currentStep(page: Page): Promise<number> {
  return page.evaluate((sel) => {
    const t = document.querySelector(sel)?.textContent ?? '';
    return Number(/(\d+)\s*\//.exec(t)?.[1] ?? 0);
  }, STEP);
}

/**
 * Heap growth over `steps` presentation steps. Uses the app's own autoplay (the play button, sped
 * up through `window.__atlasPresent.setStepMs`) when present; otherwise drives the steps through the
 * URL. The page must have been opened with `present=1` and hold more than `steps + 20` steps.
 */
export async function measureAutoplay(page: Page, steps: number) {
  const cdp = await page.context().newCDPSession(page);
  const t0 = Date.now();
  let before: number;
  let mode: 'autoplay' | 'url';
  const hook = await page.evaluate(
    (play) =>
      !!(window as unknown as { __atlasPresent?: unknown }).__atlasPresent &&
      !!document.querySelector(play),
    PLAY,
  );
  const reach = (n: number) =>
    page.waitForFunction(
      ({ sel, n }) =>
        Number(/(\d+)\s*\//.exec(document.querySelector(sel)?.textContent ?? '')?.[1] ?? 0) >= n,
      { sel: STEP, n },
      { timeout: 600_000, polling: 100 },
    );
  if (hook) {
    mode = 'autoplay';
    await page.evaluate(() =>
      (
        window as unknown as { __atlasPresent: { setStepMs(ms: number): void } }
      ).__atlasPresent.setStepMs(40),
    );
    await page.locator(PLAY).click();
    await reach(20); // warm up: first-time allocations are not growth
    before = await heapMB(cdp);
    const from = await currentStep(page);
    await reach(from + steps);
    await page.locator(PLAY).click();
  } else {
    mode = 'url';
    const run = (from: number, n: number) =>
      page.evaluate(
        async ({ from, n }) => {
          const { __peer: a, __bench: b } = window as unknown as W;
          for (let i = from; i < from + n; i++) {
            a.step!(i);
            await b.afterPaint();
          }
        },
        { from, n },
      );
    await run(0, 20);
    before = await heapMB(cdp);
    await run(20, steps);
  }
  const seconds = (Date.now() - t0) / 1000;
  const after = await heapMB(cdp);
  await cdp.detach();
  return { mode, steps, beforeMB: before, afterMB: after, growthMB: after - before, seconds };
}

/**
 * The diffusion view (our app only): family switch → map, curve and picker repainted, and one
 * year scrubbed with the arrow keys → the curve and (when the count changed) the map repainted.
 * The page must be open with `?family=`. `provinces` are the adcodes whose map paint is compared.
 */
export async function measureDiffusion(
  page: Page,
  families: readonly string[],
  provinces: readonly string[],
  o: { switchReps: number; scrubReps: number },
): Promise<{ switch: Timed; scrub: Timed }> {
  return page.evaluate(
    async ({ families, provinces, o }) => {
      const { __bench: b } = window as unknown as W;
      const m = () =>
        (window as unknown as { __atlasMap?: { featureState(c: string): { fill?: unknown } } })
          .__atlasMap;
      const mapSig = () => provinces.map((c) => String(m()?.featureState(c).fill ?? '')).join();
      const curve = () => document.querySelector('[data-testid="diffusion-curve"]');
      const curveSig = () => curve()?.querySelector('path.step')?.getAttribute('d') ?? '';
      const picked = () =>
        (document.querySelector('[data-testid="family-picker"]') as HTMLSelectElement | null)
          ?.value ?? '';
      const count = () =>
        document.querySelector('[data-testid="diffusion-strip"] .count')?.textContent ?? '';
      const go = (id: string) => {
        const u = new URL(location.href);
        u.searchParams.set('family', id);
        u.searchParams.delete('year');
        history.pushState(null, '', u);
        dispatchEvent(new PopStateEvent('popstate'));
      };
      const run = async (act: () => () => boolean) => {
        await b.afterPaint();
        const t0 = performance.now();
        const done = act();
        let frames = 0;
        do {
          await b.afterPaint();
        } while (!done() && ++frames < 120);
        return { ms: performance.now() - t0, ok: done() };
      };
      const sw: Timed = { ms: [], ok: 0 };
      for (let i = 0; i < o.switchReps; i++) {
        const id = families[i % families.length]!;
        if (id === picked()) continue;
        const r = await run(() => {
          const [c0, m0] = [curveSig(), mapSig()];
          go(id);
          return () => picked() === id && curveSig() !== c0 && mapSig() !== m0;
        });
        sw.ms.push(r.ms);
        if (r.ok) sw.ok++;
      }
      const sc: Timed = { ms: [], ok: 0 };
      // Walk the years to one end and back, like a presenter dragging the scrubber.
      let dir = 1;
      for (let i = 0; i < o.scrubReps; i++) {
        const el = curve() as SVGElement | null;
        if (!el) break;
        const min = Number(el.getAttribute('aria-valuemin'));
        const max = Number(el.getAttribute('aria-valuemax'));
        const now = Number(el.getAttribute('aria-valuenow'));
        if (now >= max) dir = -1;
        if (now <= min) dir = 1;
        const key = dir > 0 ? 'ArrowRight' : 'ArrowLeft';
        const target = now + dir;
        const r = await run(() => {
          const [c0, m0] = [count(), mapSig()];
          el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
          return () =>
            Number(curve()?.getAttribute('aria-valuenow')) === target &&
            (count() === c0 || mapSig() !== m0);
        });
        sc.ms.push(r.ms);
        if (r.ok) sc.ok++;
      }
      return { switch: sw, scrub: sc };
    },
    { families: [...families], provinces: [...provinces], o },
  );
}

/**
 * The longest task while the app imports a large CSV (ours only): `rows` rows of one valid shape,
 * chosen through the import dialog's file input, until its preview counts them all. The import
 * works in batches so the page stays responsive; this is how long the page was blocked at worst.
 */
export async function measureImport(page: Page, file: string, rows: number) {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  await page.getByRole('button', { name: /^(导入数据|Import data)/ }).click();
  const t0 = Date.now();
  await page.getByTestId('import-file').setInputFiles(file);
  await page.waitForFunction(
    (n) =>
      (document.querySelector('[data-testid="import-preview"]')?.textContent ?? '')
        .replace(/,/g, '')
        .includes(`${n} 行有效`),
    rows,
    { timeout: 120_000 },
  );
  const seconds = (Date.now() - t0) / 1000;
  const longestMs = await page.evaluate(
    () => (window as unknown as { __longest: number }).__longest,
  );
  return { rows, seconds, longestMs };
}

export interface Interactions {
  select: Summary & { ok: number };
  filter: Summary & { ok: number };
  frames: Summary & { changed: boolean };
  heapMB: number;
}

const NONE = { n: 0, p50: NaN, p95: NaN, min: NaN, max: NaN };
/** What a page that never loaded reports. */
export const EMPTY_INTERACTIONS: Interactions = {
  select: { ...NONE, ok: 0 },
  filter: { ...NONE, ok: 0 },
  frames: { ...NONE, changed: false },
  heapMB: NaN,
};

/** Run the interaction measurements on an open page. */
export async function measureInteractions(
  page: Page,
  ds: { selectable: { id: string; province: string }[]; filters: string[][] },
  o: { selectReps: number; filterReps: number; zoomRuns: number },
): Promise<Interactions> {
  const sel = await measureSelect(page, ds.selectable, o.selectReps);
  const fil = await measureFilter(page, ds.filters, o.filterReps);
  // Back to everything before zooming, so frames are measured with every event drawn.
  await page.evaluate(async () => {
    const { __peer: a, __bench: b } = window as unknown as W;
    a.filter([]);
    for (let i = 0; i < 5; i++) await b.afterPaint();
  });
  const deltas: number[] = [];
  let changed = false;
  for (let i = 0; i < o.zoomRuns; i++) {
    const f = await measureFrames(page);
    for (const d of f.deltas) deltas.push(d);
    changed ||= f.changed;
  }
  const cdp = await page.context().newCDPSession(page);
  const heap = await heapMB(cdp);
  await cdp.detach();
  return {
    select: { ...summarize(sel.ms), ok: sel.ok },
    filter: { ...summarize(fil.ms), ok: fil.ok },
    frames: { ...summarize(deltas), changed },
    heapMB: Math.round(heap * 10) / 10,
  };
}
