/**
 * The production build works from any sub-path of any plain static server: dist/ served under
 * /some/deep/path/ by a small Node server (not Vite), the app loads, selects, presents, exports and
 * imports with every file — chunks, data, the map's worker — fetched from under that path: no 404
 * and no request to the server root.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect, openApp } from './fixtures';
import { serveStatic, type StaticServer } from '../static-server';

const DIST = resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
const PREFIX = '/some/deep/path/';
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/import');

const test = base.extend<object, { site: StaticServer }>({
  site: [
    // Playwright reads a fixture's dependencies from its first parameter: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const site = await serveStatic({ root: DIST, prefix: PREFIX });
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  // The fixtures' guard fails a test on any request off this origin.
  baseURL: async ({ site }, use) => use(site.url),
});

// The flows run on the SVG map, as in the rest of the suite; one short test loads the WebGL map,
// whose worker must come from under the sub-path too.

/** What the server saw, less the ones that are fine: under the prefix and answered 200. */
const wrong = (site: StaticServer) =>
  site.requests.filter((r) => !r.url.startsWith(PREFIX) || r.status !== 200);

test.beforeEach(({ site }) => {
  site.requests.length = 0;
});

test('the build refers to its files relatively, never from the server root', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
  expect(refs.length).toBeGreaterThan(2);
  expect(refs.filter((r) => !r.startsWith('./'))).toEqual([]);
  const assets = readdirSync(join(DIST, 'assets'));
  // Endings every web server knows: no .mjs (often sent as application/octet-stream).
  expect(assets.filter((f) => !/\.(js|css|json|csv|svg|png|woff2)$/.test(f))).toEqual([]);
  for (const name of assets.filter((f) => /\.(js|css)$/.test(f))) {
    const text = readFileSync(join(DIST, 'assets', name), 'utf8');
    expect(text, name).not.toMatch(/["'`(]\/assets\//);
  }
});

test('loads, selects, presents, exports and imports under /some/deep/path/', async ({
  page,
  site,
}) => {
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(PREFIX + '?lang=zh');
  await expect(page.locator('.timeline .mark, .timeline .cluster').first()).toBeVisible();
  await page.waitForFunction(
    () => (window as unknown as { __atlasMap?: { idle(): boolean } }).__atlasMap?.idle() === true,
  );
  expect(new URL(page.url()).pathname).toBe(PREFIX);

  await page.locator('.mark[data-id="sichuan-ownership-reform"]').click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/四川/);
  await expect.poll(() => page.url()).toContain(`${PREFIX}?`);
  // The lazily loaded panels.
  await page.getByRole('tab', { name: '事件列表' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('四川');
  await page.getByRole('tab', { name: '类型趋势' }).click();
  await expect(page.getByRole('tabpanel').locator('svg').first()).toBeVisible();

  // The edition line describes the built-in data, also while imported events are shown.
  const edition = await page.getByTestId('edition').textContent();
  expect(edition).toMatch(/^v\d+\.\d+\.\d+ · 数据截至 \d{4}年/);
  await page.getByRole('button', { name: '导入数据' }).click();
  await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'good-gb18030.csv'));
  await page.getByRole('button', { name: '导入 3 项事件' }).click();
  await expect(page.getByTestId('import-using')).toContainText('正在使用您的数据');
  await expect(page.getByTestId('edition')).toHaveText(edition!);

  await page.keyboard.press('p');
  await expect(page.getByTestId('present')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.url()).toContain('present=1');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出图片' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);

  expect(failed).toEqual([]);
  expect(wrong(site)).toEqual([]);
  const served = site.requests.map((r) => r.url);
  expect(served.some((u) => /\/assets\/atlas-data-[\w-]+\.json/.test(u))).toBe(true);
  expect(served.some((u) => /\/assets\/(ImportDialog|stage|export)-[\w-]+\.js/.test(u))).toBe(true);
});

test.describe('the WebGL map', () => {
  test.use({ mapKind: 'webgl' });
  test('draws with its worker, both from the sub-path', async ({ page, site }) => {
    await openApp(page, PREFIX + '?lang=zh');
    await expect(page.locator('.map canvas')).toHaveAttribute('aria-label', /^地图画面/);
    const served = site.requests.map((r) => r.url);
    expect(served.some((u) => /\/assets\/maplibre-gl-worker-[\w-]+\.js/.test(u))).toBe(true);
    expect(wrong(site)).toEqual([]);
  });
});

test('the SVG map and its city level load from the sub-path too', async ({ page, site }) => {
  await page.goto(PREFIX + '?map=svg&view=510000');
  await expect(page.getByText('四川省：各地市')).toBeVisible();
  await expect
    .poll(() => site.requests.some((r) => /\/assets\/cities\.topo-/.test(r.url)))
    .toBe(true);
  expect(site.requests.some((r) => /\/assets\/svg-map-[\w-]+\.js/.test(r.url))).toBe(true);
  expect(wrong(site)).toEqual([]);
});
