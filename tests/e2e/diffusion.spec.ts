/**
 * The diffusion view (政策扩散) as a researcher uses it: open it from the header or a link, pick a
 * family, read the first mover and the shaded map, step through the years and down the matrix with
 * the keyboard, export the matrix and the picture, switch to English. The fixtures fail any test
 * that logs a console error. Counts come from the data, never from today's numbers. The same shading
 * on the WebGL map is checked in map.spec.ts, with the other WebGL flows.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { shadesByYear } from './diffusion-flows';
import { test, expect, openApp } from './fixtures';

const FAMILY = 'nidz'; // 国家自主创新示范区: complete; 中关村 (北京) and 东湖 (武汉) first, in 2009
const OUT = '/tmp';

// Each test walks a whole task on a 2-core machine shared with other runs.
test.describe.configure({ timeout: 120_000 });

const year = (page: Page) => page.getByTestId('diffusion-curve').getAttribute('aria-valuenow');

async function pickFamily(page: Page, id: string) {
  await page.getByTestId('family-picker').selectOption(id);
  await expect(page).toHaveURL(new RegExp(`[?&]family=${id}(&|$)`));
}

test('from the header: pick a family, see the first mover and the map shaded by year', async ({
  page,
}) => {
  await openApp(page);
  const toggle = page.getByTestId('diffusion-toggle');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('tab', { name: '扩散' })).toHaveAttribute('aria-selected', 'true');
  // A partial family says so and names what is missing; a complete one says no record means no.
  await pickFamily(page, 'csc');
  await expect(page.getByRole('note')).toContainText('成员名单不完整');
  await expect(page.getByRole('note')).toContainText('未找到官方完整名单');
  await pickFamily(page, FAMILY);
  await expect(page.getByTestId('family-notice')).toHaveText('成员名单完整：未见记录即未采纳。');
  const figures = page.getByTestId('diffusion-figures');
  await expect(figures).toContainText(/\d+ \/ \d+ 个地级单位/);
  await expect(figures.locator('div', { hasText: '首先采纳' })).toContainText('北京市');
  await expect(figures.locator('div', { hasText: '首先采纳' })).toContainText('武汉市');
  await expect(figures.locator('div', { hasText: '首先采纳' })).toContainText('2009');

  await shadesByYear(page);

  // Leaving returns to the linked views, and the URL forgets the family.
  await toggle.click();
  await expect(page.getByTestId('diffusion-strip')).toHaveCount(0);
  await expect(page).not.toHaveURL(/family=/);
});

test('a link opens the view at its year; arrow keys, PageDown and play move the years', async ({
  page,
}) => {
  await openApp(page, `/?family=${FAMILY}&year=2012`);
  await expect(page.getByTestId('family-picker')).toHaveValue(FAMILY);
  await expect(page.getByTestId('diffusion-year')).toHaveText('2012年');
  const strip = page.getByTestId('diffusion-curve');
  await strip.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('diffusion-year')).toHaveText('2013年');
  await expect(page).toHaveURL(/[?&]year=2013/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  expect(await year(page)).toBe('2011');
  await page.keyboard.press('PageDown');
  expect(await year(page)).toBe('2016');
  await expect(strip).toHaveAttribute('aria-valuetext', /2016年：\d+ 个地级单位/);
  // A scrub is one history entry: Back returns to the year the link opened on.
  await page.goBack();
  await expect(page.getByTestId('diffusion-year')).toHaveText('2012年');

  // Play moves on by itself, one year a step.
  await page.getByTestId('diffusion-play').click();
  await expect(page.getByTestId('diffusion-year')).toHaveText('2013年', { timeout: 5000 });
  await page.getByTestId('diffusion-play').click();
  await expect(page.getByTestId('diffusion-play')).toHaveAttribute('aria-pressed', 'false');
});

test('the matrix is a keyboard grid: arrows move, Enter selects the event', async ({ page }) => {
  await openApp(page, `/?family=${FAMILY}`);
  const grid = page.getByRole('grid', { name: '采纳矩阵' });
  await expect(grid).toBeVisible();
  // Sorted by first adoption, the first row is a first mover of the family in the first column.
  await page.getByTestId('matrix-sort').selectOption('first');
  await expect(page).toHaveURL(/[?&]sort=first/);
  const first = grid.locator('[data-cell="0-0"]');
  await expect(first).toHaveAttribute('tabindex', '0');
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(grid.locator('[data-cell="1-0"]')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(grid.locator('[data-cell="1-1"]')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowLeft');
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('aria-label', /国家自主创新示范区.*2009/);
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/[?&]sel=(zhongguancun-demo-zone-2009|wuhan-donghu-nidz-2009)/);
  await expect(page.getByTestId('diffusion-panel').locator('.selected')).toContainText(
    /中关村|东湖/,
  );
});

test('exports the matrix as CSV and the view as a 1920×1080 PNG', async ({ page }) => {
  await openApp(page, `/?family=${FAMILY}`);
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出矩阵 CSV' }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/^reform-atlas-diffusion-matrix-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  const lines = text.slice(1).trimEnd().split('\r\n');
  const header = lines[0]!.split(',');
  expect(header.slice(0, 3)).toEqual(['行政区划代码', '省份', '地区']);
  expect(header).toContain(`国家自主创新示范区 (${FAMILY})`);
  expect(lines.length - 1).toBe(31);
  const col = header.indexOf(`国家自主创新示范区 (${FAMILY})`);
  const hubei = lines.find((l) => l.startsWith('420000,'))!.split(',');
  expect(hubei[1]).toBe('湖北省');
  expect(hubei[col]).toMatch(/^(约)?2009-12.*武汉市/);
  // A complete family: a province with no zone reads "did not adopt", never an empty cell.
  expect(lines.slice(1).every((l) => l.split(',')[col] !== '')).toBe(true);

  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出图片' }).click(),
  ]);
  expect(png.suggestedFilename()).toMatch(/\.png$/);
  await png.saveAs(`${OUT}/diffusion-export.png`);
  const bytes = readFileSync(`${OUT}/diffusion-export.png`);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  expect(bytes.readUInt32BE(16)).toBe(1920);
  expect(bytes.readUInt32BE(20)).toBe(1080);
  expect(bytes.length).toBeGreaterThan(50_000);
});

test('switches to English and keeps the family', async ({ page }) => {
  await openApp(page, `/?family=${FAMILY}`);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(new RegExp(`family=${FAMILY}`));
  await expect(page.getByRole('heading', { name: 'Policy diffusion' })).toBeVisible();
  await expect(page.getByTestId('diffusion-figures')).toContainText('Beijing');
  await expect(page.getByTestId('family-picker')).toContainText(
    'National independent innovation demonstration zones',
  );
  await expect(page.getByRole('grid', { name: 'Adoption matrix' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export matrix CSV' })).toBeVisible();
  // A partial family's note on what is missing is in English too.
  await page.getByTestId('family-picker').selectOption('csc');
  await expect(page.getByRole('note')).toContainText('Incomplete membership');
  await expect(page.getByRole('note')).toContainText('No official full list was found');
});

test('presentation steps through the years with the clicker keys', async ({ page }) => {
  await openApp(page, `/?family=${FAMILY}`);
  await page.keyboard.press('p');
  await expect(page.getByTestId('present')).toBeVisible();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('present-title')).toContainText('2009');
  await expect(page.getByTestId('present-step')).toContainText(/1 \/ \d+/);
  await expect(page.getByTestId('present')).toContainText('北京市');
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('present-title')).toContainText('2010');
  await expect(page.getByTestId('diffusion-year')).toHaveText('2010年');
  await page.keyboard.press('End');
  const last = await page.getByTestId('diffusion-curve').getAttribute('aria-valuemax');
  await expect(page.getByTestId('present-title')).toContainText(last!);
  await page.screenshot({ path: `${OUT}/diffusion-present.png` });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('present')).toHaveCount(0);
});

for (const [w, h] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  test(`presenting at ${w}×${h}, the legend sits in the sea and covers no place name`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: w, height: h });
    await openApp(page, `/?family=${FAMILY}`);
    await page.keyboard.press('p');
    await expect(page.getByTestId('present')).toBeVisible();
    const legend = page.getByTestId('map-legend');
    await expect(legend).toBeVisible();
    const covered = await page.evaluate(() => {
      const l = document.querySelector('[data-testid="map-legend"]')!.getBoundingClientRect();
      return [...document.querySelectorAll<SVGTextElement>('.map svg g.labels text')]
        .filter((t) => t.style.display !== 'none' && t.getAttribute('display') !== 'none')
        .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0)
        .filter(
          ({ r }) => r.left < l.right && r.right > l.left && r.top < l.bottom && r.bottom > l.top,
        )
        .map(({ text }) => text);
    });
    expect(covered).toEqual([]);
    await page.screenshot({ path: `${OUT}/diffusion-present-legend-${w}.png` });
  });
}

for (const [w, h] of [
  [1920, 1080],
  [1280, 720],
] as const) {
  test(`at ${w}×${h} the map, strip, figures, matrix and exports are all on screen`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: w, height: h });
    await openApp(page, `/?family=${FAMILY}&year=2016`);
    await expect(page.getByTestId('diffusion-year')).toHaveText('2016年');
    const visible = async (sel: string, minHeight: number) => {
      const box = (await page.locator(sel).first().boundingBox())!;
      expect(box, sel).not.toBeNull();
      expect(box.height, `${sel} height`).toBeGreaterThanOrEqual(minHeight);
      expect(box.y + Math.min(box.height, minHeight), `${sel} bottom`).toBeLessThanOrEqual(h);
    };
    // On a short screen the timeline gives the map room: the map takes 45% of the height.
    await visible('.map-slot', h * (h <= 800 ? 0.45 : 0.3));
    await visible('[data-testid="diffusion-curve"]', 110);
    await visible('[data-testid="diffusion-figures"]', 60);
    // The timeline's lane names never overlap: too short for a lane per type, it draws one lane.
    const names = await page
      .locator('.timeline .lane-label')
      .evaluateAll((els) =>
        els.map((e) => e.getBoundingClientRect()).map((r) => [r.top, r.height]),
      );
    expect(names.length).toBeGreaterThan(0);
    for (const [top, height] of names) expect(height, `lane at ${top}`).toBeGreaterThanOrEqual(13);
    if (h <= 800) await expect(page.locator('.timeline .lane-label')).toHaveText(['全部类型']);
    await page.screenshot({ path: `${OUT}/diffusion-${w}x${h}.png` });
    // The tab scrolls: the matrix keeps room for several rows, and the exports follow it.
    const grid = page.getByRole('grid');
    await grid.scrollIntoViewIfNeeded();
    expect((await grid.locator('xpath=..').boundingBox())!.height).toBeGreaterThanOrEqual(200);
    await expect(grid.locator('[data-cell="5-0"]')).toBeInViewport();
    await page.getByRole('button', { name: '导出图片' }).scrollIntoViewIfNeeded();
    await expect(page.getByRole('button', { name: '导出图片' })).toBeInViewport();
    await page.locator('[role="grid"] [data-cell="0-0"]').focus();
    await page.screenshot({ path: `${OUT}/diffusion-${w}x${h}-matrix.png` });
  });
}

test('filtered loads (time window, region, level) log no console error', async ({ page }) => {
  for (const q of [
    `family=${FAMILY}&from=2012-01-01&to=2018-12-31`,
    `family=${FAMILY}&regions=440000&year=2015`,
    `family=${FAMILY}&levels=provincial`,
    `family=${FAMILY}&from=2016-05-01&to=2016-06-01`,
    `family=${FAMILY}&q=zzzzzz`,
    `family=${FAMILY}&q=${encodeURIComponent('中关村国家自主创新示范区获批')}`,
    `family=csc&from=2030-01-01&to=2031-01-01`,
    `family=${FAMILY}&year=1990&sort=count&regions=650000`,
  ]) {
    await page.goto(`/?${q}`);
    await expect(page.getByTestId('diffusion-panel')).toBeVisible();
    await page.waitForFunction(() =>
      (window as unknown as { __atlasMap?: { idle(): boolean } }).__atlasMap?.idle(),
    );
  }
});
