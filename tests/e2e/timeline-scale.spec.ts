/**
 * The timeline at 10,000 synthetic events: it draws (on a canvas, aggregated), stays interactive,
 * and zooming resolves the clusters. Frame times at this size are the benchmark's to measure and
 * hold to a budget (`npm run bench`: zoom/pan frame p95 at 10,000 events), not a test's.
 */
import type { Page } from '@playwright/test';
import { syntheticCsv } from '../../bench/synthetic';
import { test, expect } from './fixtures';

const FILE = 'synthetic-10000.csv';

async function openLarge(page: Page) {
  const csv = syntheticCsv(10_000, 1);
  await page.route(`**/${FILE}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/csv; charset=utf-8', body: csv }),
  );
  await page.goto(`/?data=${FILE}`);
  await page.waitForFunction(
    () => performance.getEntriesByName('atlas:timeline-interactive').length > 0,
    undefined,
    { timeout: 30_000 },
  );
}

test('10,000 events: drawn on a canvas as clusters; zooming in resolves them', async ({ page }) => {
  await openLarge(page);
  await expect(page.getByRole('status').filter({ hasText: '10,000' })).toBeVisible();
  await expect(page.locator('.timeline canvas')).toHaveCount(1);
  // Aggregated: nowhere near 10,000 elements in the timeline.
  expect(await page.locator('.timeline .mark').count()).toBeLessThan(10);
  const box = (await page.locator('.timeline .plot').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.down('Control');
  for (let i = 0; i < 14; i++) await page.mouse.wheel(0, -300);
  await page.keyboard.up('Control');
  // At months, few enough events are in view to be separate, labelled SVG marks.
  await expect.poll(() => page.locator('.timeline .mark').count()).toBeGreaterThan(20);
  await expect(page.locator('.timeline canvas')).toHaveCount(0);
});

test('10,000 events: a click on a canvas cluster lists its events', async ({ page }) => {
  await openLarge(page);
  const lane = (await page.locator('.timeline .lane-label').nth(2).boundingBox())!;
  const plot = (await page.locator('.timeline .plot').boundingBox())!;
  await page.mouse.click(plot.x + plot.width * 0.7, lane.y + lane.height / 2);
  await expect(page.getByRole('dialog').getByRole('listitem').first()).toBeVisible();
});
