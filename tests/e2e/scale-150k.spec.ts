/**
 * 150,000 synthetic events (about 13 MB of CSV, under the import's 20 MB limit) load, and the views
 * that summarise every event at once — the types-over-time chart and presentation mode's progress
 * strip — draw without a page error (spreading every event into Math.min/Math.max used to throw
 * "Maximum call stack size exceeded"). The fixtures fail the test on any console error.
 */
import { syntheticEvents } from '../../bench/synthetic';
import { test, expect } from './fixtures';

const FILE = 'synthetic-150000.csv';
const COUNT = 150_000;

/** The seeded synthetic events in the columns an agency's own file would fill (13 MB). */
function compactCsv(n: number, seed: number): string {
  const rows = syntheticEvents(n, seed).map((e) =>
    [
      e.id,
      e.dateStart,
      e.dateEnd,
      `改革事件${e.id.slice(10)}`,
      e.type,
      e.level,
      e.regions.join(';'),
      '合成数据||2026',
    ].join(','),
  );
  return ['id,date_start,date_end,title_zh,type,level,regions,sources', ...rows].join('\n');
}

test('150,000 events: the chart tab and presentation mode draw without an error', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const csv = compactCsv(COUNT, 7);
  const bytes = Buffer.byteLength(csv);
  expect(bytes).toBeGreaterThan(10e6);
  expect(bytes).toBeLessThan(20 * 1024 * 1024);
  await page.route(`**/${FILE}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body: csv }),
  );
  // The SVG map: this test is about the views that summarise every event, not about WebGL.
  await page.goto(`/?data=${FILE}&map=svg`);
  await page.waitForFunction(
    () => performance.getEntriesByName('atlas:timeline-interactive').length > 0,
    undefined,
    { timeout: 240_000 },
  );
  await expect(page.getByRole('banner').getByRole('status')).toContainText('150,000');

  await page.getByRole('tab', { name: '类型趋势' }).click();
  await expect(page.getByRole('group', { name: '各年改革事件数（按类型）' })).toBeVisible({
    timeout: 60_000,
  });

  const t0 = Date.now();
  await page.getByRole('button', { name: '演示' }).click();
  await expect(page.getByTestId('present-step')).toContainText('150,000', { timeout: 180_000 });
  console.log(`presentation of 150,000 steps shown after ${Date.now() - t0} ms`);
});
