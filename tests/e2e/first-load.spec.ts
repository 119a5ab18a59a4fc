/**
 * The first load (issue #15): the built-in data comes prepared at build time (two JSON assets, no
 * CSV parser or validator on a plain visit; the events' longer texts after the first frame), the
 * first chunk stays within its budget, the header, timeline and map draw first, and what waits for
 * the first frame (filter panel, presentation mode) draws into boxes kept for it, moving nothing.
 */
import { resolve } from 'node:path';
import { bundleSizes } from '../../bench/bundle';
import { test, expect, openApp } from './fixtures';

const DIST = resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
/** Chunks of the CSV parser and the validator (papaparse, valibot and the modules using them). */
const PARSER = /\/assets\/(papaparse[^/]*|valibot[^/]*|schema-[^/]*|dataset-[^/]*|csv-[^/]*)\.js$/;

/** Record layout shifts from the start, with when they happened. */
const watchShifts = () =>
  new PerformanceObserver((list) => {
    const w = window as unknown as { __shifts?: { value: number; at: number }[] };
    w.__shifts ??= [];
    for (const e of list.getEntries() as (PerformanceEntry & { value: number })[])
      w.__shifts.push({ value: e.value, at: e.startTime });
  }).observe({ type: 'layout-shift', buffered: true });

/** The paths the page asks for from now on. */
function requestedPaths(page: import('@playwright/test').Page): string[] {
  const paths: string[] = [];
  page.on('request', (r) => paths.push(new URL(r.url()).pathname));
  return paths;
}

const mark = (page: import('@playwright/test').Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? null, name);

/** Open the app at `url` and wait until the views after the first frame are drawn too. */
async function openSettled(page: import('@playwright/test').Page, url: string) {
  await openApp(page, url);
  await expect.poll(() => mark(page, 'atlas:later-drawn')).not.toBeNull();
}

test('the initial JS (index.html’s script and modulepreloads) stays within 80 KB gzip', () => {
  expect(bundleSizes(DIST).initialJs).toBeLessThanOrEqual(80);
});

test('a plain first visit loads the prepared data, never the CSV parser or the validator', async ({
  page,
}) => {
  const requests = requestedPaths(page);
  await openSettled(page, '/');
  expect(requests.filter((u) => /\/assets\/atlas-data-[\w-]+\.json$/.test(u))).toHaveLength(1);
  expect(requests.filter((u) => PARSER.test(u))).toEqual([]);
  expect(requests.some((u) => u.endsWith('.csv'))).toBe(false);
});

test('a ?data= events file brings the parser and validator with it', async ({ page }) => {
  const requests = requestedPaths(page);
  await page.route('**/mine.csv', (route) =>
    route.fulfill({
      contentType: 'text/csv',
      body: 'id,date_start,title_zh,type,level,sources\nmine,2016,我的事件,law,national,来源||2016\n',
    }),
  );
  await page.goto('/?data=mine.csv');
  await expect(page.locator('.timeline .mark')).toHaveCount(1);
  expect(requests.some((u) => PARSER.test(u))).toBe(true);
});

test('header, timeline and map first; the filter panel and presentation after the first frame, moving nothing', async ({
  page,
}) => {
  await page.addInitScript(watchShifts);
  await openSettled(page, '/');
  // The filter panel (1920 wide: the drawer is open) and presentation's keys are there.
  await expect(page.locator('#filter-panel').getByRole('group').first()).toBeVisible();
  const [ready, restored, first, loaded, drawn, interactive] = await Promise.all(
    [
      'atlas:data-ready',
      'atlas:restored',
      'atlas:first-frame',
      'atlas:later-loaded',
      'atlas:later-drawn',
      'atlas:timeline-interactive',
    ].map((n) => mark(page, n)),
  );
  expect(ready).not.toBeNull();
  expect(restored!).toBeGreaterThanOrEqual(ready!);
  expect(first!).toBeGreaterThan(restored!);
  expect(loaded!).toBeGreaterThanOrEqual(first!);
  expect(drawn!).toBeGreaterThan(loaded!);
  expect(interactive).not.toBeNull();
  const shifts = await page.evaluate(
    () => (window as unknown as { __shifts?: { value: number; at: number }[] }).__shifts ?? [],
  );
  expect(shifts.filter((s) => s.at >= first!)).toEqual([]);
});

test('the events’ summaries, quotes and sources are read after the first frame; a linked event shows them', async ({
  page,
}) => {
  const requests = requestedPaths(page);
  await openSettled(page, '/?sel=cpc-decision-st-reform-1985');
  expect(requests.filter((u) => /\/assets\/atlas-texts-[\w-]+\.json$/.test(u))).toHaveLength(1);
  const [first, textsAt] = await page.evaluate(() => [
    performance.getEntriesByName('atlas:first-frame')[0]!.startTime,
    performance.getEntriesByType('resource').find((e) => /atlas-texts-/.test(e.name))!.startTime,
  ]);
  expect(textsAt).toBeGreaterThanOrEqual(first!);
  const detail = page.locator('.detail-area');
  await expect(detail.locator('.summary')).toContainText('启动全国科技体制改革');
  await expect(detail).toContainText('纵观 1985 以来国家科技体制改革的实践历程');
  await expect(detail.getByRole('link', { name: /改革开放以来科技体制改革历程/ })).toBeVisible();
});
