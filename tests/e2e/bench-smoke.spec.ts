/**
 * A quick smoke run of the benchmark (npm run bench) inside npm test: the same measurement code
 * drives our app and both peer pages for a few repetitions, so a change to the app, a peer library
 * or the harness that would break the real run breaks here first. Timings are not asserted.
 * The peers' libraries live in bench/node_modules (installed by `npm run bench`, not by the app's
 * `npm ci`); without them the peer half is skipped, saying so, and the app half still runs.
 */
import { benchFiles } from '../../bench/data';
import {
  INIT_SCRIPT,
  OURS_ADAPTER,
  heapMB,
  measureFilter,
  measureFrames,
  measureSelect,
  waitForLoad,
  type Subject,
} from '../../bench/measure';
import { benchAsset, peersInstalled } from '../../bench/serve';
import { ratio, summarize, table } from '../../bench/stats';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const { files, datasets } = benchFiles([1000]);
const [real, small] = datasets as [(typeof datasets)[0], (typeof datasets)[0]];

async function open(page: Page, url: string, subject: Subject) {
  await page.addInitScript(INIT_SCRIPT);
  // The bench's extra paths (peer pages, their libraries, generated data) on the app's own origin.
  await page.route(/\/(peers|vendor|bench-data)\//, (route) => {
    const asset = benchAsset(new URL(route.request().url()).pathname, files);
    return asset
      ? route.fulfill({ body: asset.body, contentType: asset.type })
      : route.fulfill({ status: 404 });
  });
  await page.goto(url);
  const load = await waitForLoad(page, subject, 30_000);
  if (subject === 'ours') await page.evaluate(OURS_ADAPTER);
  return load;
}

test('the bench measures our app', async ({ page }) => {
  test.setTimeout(60_000);
  const ours = await open(page, `/?data=${small.dataParam}`, 'ours');
  expect(ours.timelineMark).toBe('atlas:timeline-interactive');
  expect(ours.timeline).toBeGreaterThan(0);
  expect(ours.map).toBeGreaterThan(0);
  const sel = await measureSelect(page, small.selectable, 3);
  expect(sel.ok).toBe(3);
  const fil = await measureFilter(page, small.filters, 2);
  expect(fil.ok).toBe(2);
  const frames = await measureFrames(page, 0.3);
  expect(frames.deltas.length).toBeGreaterThan(5);
  expect(frames.changed, 'the scripted wheel zoom moved the timeline').toBe(true);
  const cdp = await page.context().newCDPSession(page);
  expect(await heapMB(cdp)).toBeGreaterThan(1);
  await cdp.detach();
  expect(
    table([
      ['a', 'b'],
      ['1', '2'],
    ]),
  ).toBe('a  b\n-  -\n1  2');
});

test('the bench measures ECharts and vis-timeline the same way', async ({ page }) => {
  test.skip(
    !peersInstalled(),
    'bench peers not installed: run `npm --prefix bench ci` (npm run bench does it first)',
  );
  test.setTimeout(60_000);
  const peer = await open(page, `/peers/echarts.html?csv=${small.csv}`, 'echarts');
  expect(peer.map).toBeGreaterThan(0);
  const psel = await measureSelect(page, small.selectable, 2);
  expect(psel.ok).toBe(2);
  expect((await measureFilter(page, small.filters, 2)).ok).toBe(2);

  const vis = await open(page, `/peers/vis.html?csv=${real.csv}`, 'vis');
  expect(vis.timeline).toBeGreaterThan(0);
  // Like our app, the peer draws every event: no lane is left out of its panel.
  await expect(page.locator('#timeline .vis-point, #timeline .vis-range')).toHaveCount(real.events);
  const vsel = await measureSelect(page, real.selectable, 2);
  expect(vsel.ok).toBe(2);
  expect(Number.isFinite(ratio(summarize(psel.ms).p95, summarize(vsel.ms).p95))).toBe(true);
  expect((await measureFilter(page, real.filters, 2)).ok).toBe(2);
});
