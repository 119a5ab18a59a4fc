/**
 * The timeline at 10,000 synthetic events: it draws (on a canvas, aggregated), stays interactive,
 * and zooming resolves the clusters. Frame times are measured and reported (the benchmark, not this
 * test, is where they are held to a budget).
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

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};

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

test('10,000 events: frame times while zooming and panning', async ({ page }, info) => {
  await openLarge(page);
  const box = (await page.locator('.timeline .plot').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__frames = [];
    w.__stop = false;
    let last = performance.now();
    const tick = (now: number) => {
      w.__frames.push(now - last);
      last = now;
      if (!w.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(cx, cy);
  await page.keyboard.down('Control');
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  for (let i = 0; i < 3; i++) {
    await page.mouse.move(cx, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(cx - 400, box.y + 40, { steps: 20 });
    await page.mouse.move(cx + 300, box.y + 40, { steps: 20 });
    await page.mouse.up();
  }
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 60);
  await page.keyboard.down('Control');
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, 100);
  await page.keyboard.up('Control');
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames.slice(1);
  });
  expect(frames.length).toBeGreaterThan(30);
  const p50 = percentile(frames, 50);
  const p95 = percentile(frames, 95);
  const summary = `frames=${frames.length} p50=${p50.toFixed(1)}ms p95=${p95.toFixed(1)}ms max=${Math.max(...frames).toFixed(1)}ms`;
  info.annotations.push({ type: 'frame times at 10,000 events', description: summary });
  console.log(`timeline @10k: ${summary}`);
});
