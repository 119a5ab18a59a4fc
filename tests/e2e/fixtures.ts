/**
 * Shared Playwright fixtures. Every test fails if the page requests anything off its own origin,
 * logs a console error, or throws — the offline and no-crash bar applies everywhere.
 */
import { test as base, expect, type Page } from '@playwright/test';

export const test = base.extend<{
  guard: { offOrigin: string[]; errors: string[] };
  /** The map the page is told to use ('auto': none, the app chooses by itself). */
  mapKind: 'svg' | 'webgl' | 'auto';
  mapChoice: void;
}>({
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

/** Open the app and wait until the data is in and the map is idle. */
export async function openApp(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.locator('.timeline .mark, .timeline .cluster').first()).toBeVisible();
  await page.waitForFunction(
    () => (window as unknown as { __atlasMap?: AtlasMap }).__atlasMap?.idle() === true,
  );
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
