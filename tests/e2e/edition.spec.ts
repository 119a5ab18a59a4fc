/**
 * Which edition is this: the app shows its version and its data's edition (the newest event's month
 * and the number of events) under the side panel, in both languages, readable at 1920×1080 and
 * 1280×720, and on the printed handout. The expected values come from data/events.csv and
 * package.json, so the test follows the data as it grows.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { test, expect, openApp } from './fixtures';

const OUT = `test-results-${process.env.E2E_PORT ?? 4173}`;
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const rows = Papa.parse<Record<string, string>>(readFileSync('data/events.csv', 'utf8'), {
  header: true,
  skipEmptyLines: 'greedy',
}).data;
// Partial ISO dates sort as text: '2026-03' after '2026', '2026-03-01' after '2026-03'.
const newest = rows
  .map((r) => r.date_start!)
  .sort()
  .at(-1)!;
const [year, month] = newest.split('-').map(Number) as [number, number | undefined];
const MONTHS =
  'January February March April May June July August September October November December';
const expected = {
  zh: `v${version} · 数据截至 ${year}年${month ? `${month}月` : ''} · ${rows.length} 项事件`,
  en: `v${version} · Data as of ${month ? `${MONTHS.split(' ')[month - 1]} ` : ''}${year} · ${rows.length.toLocaleString('en-US')} events`,
};

for (const [w, h] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  test(`shows version and data edition at ${w}×${h}, whole and readable, in both languages`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: w, height: h });
    await openApp(page, '/?lang=zh');
    const line = page.getByTestId('edition');
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
      await expect(line).toHaveText(expected[lang]);
      const box = await line.evaluate((el) => ({
        fits: el.scrollWidth <= el.clientWidth,
        size: parseFloat(getComputedStyle(el).fontSize),
        bottom: el.getBoundingClientRect().bottom,
      }));
      expect(box.fits, 'not cut off').toBe(true);
      expect(box.size).toBeGreaterThanOrEqual(12);
      expect(box.bottom).toBeLessThanOrEqual(h);
      await line.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUT}/edition-${lang}-${w}x${h}.png` });
    }
  });
}

test('the printed handout carries the edition', async ({ page }) => {
  await page.addInitScript(() => {
    window.print = () => undefined;
  });
  await openApp(page, '/?lang=zh&sel=sichuan-ownership-reform');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-handout')).toContainText(expected.zh);
});
