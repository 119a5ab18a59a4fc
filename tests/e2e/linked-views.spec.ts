import { test, expect, openApp, featureState, clickMapAt } from './fixtures';

const SICHUAN_EVENT = 'sichuan-ownership-reform';
/** A point well inside Sichuan (near Chengdu). */
const SICHUAN: [number, number] = [104.0, 30.7];

test('loads the linked timeline and map from the app origin only', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { name: '科改图谱' })).toBeVisible();
  await expect(page.getByRole('region', { name: /中国地图/ })).toBeVisible();
  await expect(page.getByTestId('nanhai-inset')).toBeVisible();
  await expect(page.getByTestId('map-attribution')).toHaveText(/国家地理信息公共服务平台/);
  expect(await page.locator('.timeline .mark').count()).toBeGreaterThan(50);
});

test('clicking an event highlights its provinces, shows details and announces it', async ({
  page,
}) => {
  await openApp(page);
  await page.locator(`.mark[data-id="${SICHUAN_EVENT}"]`).click();
  await expect(page.getByTestId('announcer')).toHaveText(/^已选择：四川.*涉及地区：四川省$/);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/四川/);
  await expect
    .poll(() => featureState(page, '510000'))
    .toMatchObject({ selected: true, dim: false });
  expect(await featureState(page, '370000')).toMatchObject({ selected: false, dim: true });

  // A cross-regional event lights every member province.
  await page.locator('.mark[data-id="jjj-innovation-voucher-mutual-recognition"]').click();
  await expect(page.getByTestId('announcer')).toHaveText(/涉及地区：京津冀/);
  for (const code of ['110000', '120000', '130000']) {
    await expect.poll(() => featureState(page, code)).toMatchObject({ selected: true });
  }
  expect(await featureState(page, '510000')).toMatchObject({ selected: false });
});

test('clicking a province filters the timeline, clicking it again clears the filter', async ({
  page,
}) => {
  await openApp(page);
  await clickMapAt(page, SICHUAN);
  await expect(page.getByTestId('announcer')).toHaveText(/按地区筛选：四川省/);
  await expect.poll(() => featureState(page, '510000')).toMatchObject({ filtered: true });
  // The timeline fits to the filtered-in events: Sichuan's are shown, others only greyed out.
  const active = page.locator('.timeline .mark:not(.dim)');
  await expect(active.first()).toBeVisible();
  const ids = await active.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(ids).toContain(SICHUAN_EVENT);
  expect(ids).not.toContain('shandong-sti-committee');
  const dimmed = await page
    .locator('.timeline .mark.dim')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(dimmed).not.toContain(SICHUAN_EVENT);

  await clickMapAt(page, SICHUAN);
  await expect(page.getByTestId('announcer')).toHaveText('已取消地区筛选');
  await expect(page.locator('.timeline .mark.dim')).toHaveCount(0);
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`screenshot at ${size.width}×${size.height}`, async ({ page }, info) => {
    await page.setViewportSize(size);
    // A shared link with a selection (at 1280 px the full view shows this event in a bubble).
    await openApp(page, `/?sel=${SICHUAN_EVENT}`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(/四川/);
    await expect.poll(() => featureState(page, '510000')).toMatchObject({ selected: true });
    await page.waitForFunction(() =>
      (window as unknown as { __atlasMap: { idle(): boolean } }).__atlasMap.idle(),
    );
    const path = info.outputPath(`app-${size.width}x${size.height}.png`);
    await page.screenshot({ path });
    await info.attach(`app-${size.width}x${size.height}`, { path, contentType: 'image/png' });
    // Nothing essential below the fold, no horizontal scroll.
    const overflow = await page.evaluate(() => ({
      x: document.documentElement.scrollWidth - window.innerWidth,
      y: document.documentElement.scrollHeight - window.innerHeight,
    }));
    expect(overflow).toEqual({ x: 0, y: 0 });
  });
}
