/**
 * Shared Playwright fixtures. Every test fails if the page requests anything off its own origin,
 * logs a console error, or throws — the offline and no-crash bar applies everywhere.
 *
 * One page per worker. A new browser context per test cost about 1 s of CPU (a renderer process
 * to start, then every script compiled cold); on a 2-core machine the suite was CPU-bound, so that
 * was a third of its time. Each test now gets the worker's page, wiped clean: its listeners,
 * routes, init scripts and exposed functions removed, the page sent to about:blank, every origin
 * it visited cleared of storage (localStorage, IndexedDB, caches), media emulation reset and the
 * test's viewport set. The HTTP and memory caches stay off, so each load fetches and compiles as
 * a first visit does, and a test that counts requests sees every one. A test that needs other
 * context options (a locale, a file:// base URL) gets a context of its own, as before.
 */
import {
  test as base,
  expect,
  type BrowserContext,
  type CDPSession,
  type Disposable,
  type Page,
} from '@playwright/test';

interface Shared {
  page: Page;
  cdp: CDPSession;
}

/** Record what a test adds to the page, so that it can be taken off again. */
function track({ page, cdp }: Shared): () => Promise<void> {
  const added: Disposable[] = [];
  const origins = new Set<string>();
  const methods = ['addInitScript', 'exposeFunction', 'exposeBinding'] as const;
  const own = page as unknown as Record<string, (...a: unknown[]) => Promise<Disposable>>;
  for (const m of methods) {
    const call = own[m]!.bind(page);
    own[m] = async (...a: unknown[]) => {
      const d = await call(...a);
      added.push(d);
      return d;
    };
  }
  const seen = (frame: { url(): string; parentFrame(): unknown }) => {
    const url = frame.url();
    if (!frame.parentFrame() && url.startsWith('http')) origins.add(new URL(url).origin);
  };
  page.on('framenavigated', seen);
  return async () => {
    for (const m of methods) delete own[m];
    page.removeAllListeners();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.goto('about:blank');
    for (const d of added.reverse()) await d.dispose();
    for (const origin of origins)
      await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null });
  };
}

export const test = base.extend<
  {
    guard: { offOrigin: string[]; errors: string[] };
    /** The map the page is told to use ('auto': none, the app chooses by itself). */
    mapKind: 'svg' | 'webgl' | 'auto';
    mapChoice: void;
  },
  { shared: Shared }
>({
  shared: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport, locale } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, viewport, locale });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await use({ page, cdp });
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ shared, browser, baseURL, viewport, locale }, use, testInfo) => {
    const project = testInfo.project.use;
    if (baseURL !== project.baseURL || locale !== project.locale) {
      const context: BrowserContext = await browser.newContext({ baseURL, viewport, locale });
      await use(await context.newPage());
      await context.close();
      return;
    }
    const { page } = shared;
    if (viewport) await page.setViewportSize(viewport);
    const wipe = track(shared);
    await use(page);
    await wipe();
  },
  context: async ({ page }, use) => {
    await use(page.context());
  },
  guard: [
    async ({ page, baseURL }, use) => {
      const offOrigin: string[] = [];
      const errors: string[] = [];
      const origin = new URL(baseURL ?? 'http://localhost:4173').origin;
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) offOrigin.push(url);
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      await use({ offOrigin, errors });
      expect(offOrigin, 'requests off the app origin').toEqual([]);
      expect(errors, 'console errors or uncaught exceptions').toEqual([]);
    },
    { auto: true },
  ],
  // The suite drives the map a CPU-only machine really gets: the SVG map (this machine renders WebGL
  // in software, where the app picks the SVG map by itself). map.spec.ts runs the WebGL flows once,
  // with `test.use({ mapKind: 'webgl' })`.
  mapKind: ['svg', { option: true }],
  mapChoice: [
    async ({ page, mapKind }, use) => {
      await page.addInitScript((kind) => {
        if (!localStorage.getItem('reform-atlas.map'))
          localStorage.setItem('reform-atlas.map', kind);
      }, mapKind);
      await use();
    },
    { auto: true },
  ],
});

export { expect };

interface AtlasMap {
  featureState(adcode: string): Record<string, unknown>;
  project(lngLat: [number, number]): { x: number; y: number };
  idle(): boolean;
}

/**
 * Open the app and wait until the timeline shows events, the map is idle and presentation mode (drawn
 * after the first frame, with its keys) is in. One wait, checked on every frame: a locator assertion polls every 500 ms once it has waited 270 ms, which cost most
 * loads up to half a second.
 */
export async function openApp(page: Page, path = '/') {
  await page.goto(path);
  await page.waitForFunction(() => {
    const mark = document.querySelector('.timeline .mark, .timeline .cluster');
    const shown = mark !== null && mark.getClientRects().length > 0;
    // Presentation mode hooks itself on the window when mounted: its keys work from then on.
    const w = window as unknown as { __atlasMap?: AtlasMap; __atlasPresent?: unknown };
    return shown && w.__atlasPresent !== undefined && w.__atlasMap?.idle() === true;
  });
}

export function featureState(page: Page, adcode: string) {
  return page.evaluate(
    (code) => (window as unknown as { __atlasMap: AtlasMap }).__atlasMap.featureState(code),
    adcode,
  );
}

/** Click a province on the WebGL map at a coordinate inside it. */
export async function clickMapAt(page: Page, lngLat: [number, number]) {
  const p = await page.evaluate(
    (ll) => (window as unknown as { __atlasMap: AtlasMap }).__atlasMap.project(ll),
    lngLat,
  );
  const box = (await page.locator('.map .canvas').boundingBox())!;
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

/**
 * How many events the timeline shows: its single marks plus the events each count bubble stands
 * for. At full zoom most events sit in bubbles, so counting `.mark`s alone undercounts.
 */
export function timelineEventCount(page: Page) {
  return page.evaluate(() => {
    const marks = document.querySelectorAll('.timeline .mark').length;
    const bubbles = [...document.querySelectorAll<HTMLElement>('.timeline .cluster')];
    return marks + bubbles.reduce((n, b) => n + Number(b.dataset.count ?? 0), 0);
  });
}
