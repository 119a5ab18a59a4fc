/**
 * A 30,000-row import never blocks the page for long. A long-task budget measures the page, so this
 * file runs alone, after every other test (the `alone` project of playwright.config.ts): beside another
 * browser on a 2-core machine the same import measured 253–708 ms, alone 174 ms.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

function openImport(page: Page) {
  return page.getByRole('button', { name: /^(导入数据|Import data)/ }).click();
}

test('a large valid file shows progress and never blocks the page for long', async ({ page }) => {
  await openApp(page);
  const header = 'id,date_start,title_zh,type,level,regions,sources';
  const rows = Array.from(
    { length: 30_000 },
    (_, i) => `big-${i},${1990 + (i % 30)},第${i}项改革,pilot,municipal,成都市,来源||`,
  );
  const buffer = Buffer.from([header, ...rows].join('\r\n'));
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.__longest = Math.max(w.__longest, e.duration);
      }
    }).observe({ type: 'longtask' });
  });
  await openImport(page);
  // A path, not a buffer: Playwright copying a buffer into the page is itself a long task.
  const file = test.info().outputPath('big.csv');
  writeFileSync(file, buffer);
  await page.getByTestId('import-file').setInputFiles(file);
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(page.getByTestId('import-preview')).toContainText('30,000 行有效', {
    timeout: 30_000,
  });
  const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
  test
    .info()
    .annotations.push({ type: 'longest task during import (ms)', description: String(longest) });
  console.log(
    `import of ${(buffer.length / 1e6).toFixed(1)} MB: longest task ${longest.toFixed(0)} ms`,
  );
  // Batches of ~1,000 rows take 20–90 ms here; the bound leaves room for a busy 2-core machine.
  expect(longest).toBeLessThan(250);
});
