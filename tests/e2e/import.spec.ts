import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, openApp, featureState, timelineEventCount } from './fixtures';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/import');
const SICHUAN = '510000';

function openImport(page: Page) {
  return page.getByRole('button', { name: /^(导入数据|Import data)/ }).click();
}

async function pick(page: Page, name: string) {
  await openImport(page);
  await page.getByTestId('import-file').setInputFiles(join(FIXTURES, name));
  await expect(page.getByTestId('import-preview')).toBeVisible();
}

/** The header's event count ("90 项改革事件"). */
/**
 * Resolves once the browser holds the import for the next visit: the events are shown first and
 * saved after, so a navigation right away (quicker than a person) could still find nothing saved.
 */
const saved = (page: Page) =>
  expect
    .poll(() =>
      page.evaluate(
        () =>
          new Promise<boolean>((done) => {
            const req = indexedDB.open('reform-atlas');
            // Never create the app's database here (it would lack the app's store).
            req.onupgradeneeded = () => req.transaction?.abort();
            req.onerror = () => done(false);
            req.onsuccess = () => {
              const db = req.result;
              if (!db.objectStoreNames.contains('imports')) return done(false);
              const get = db.transaction('imports').objectStore('imports').get('current');
              get.onsuccess = () => {
                db.close();
                done(get.result != null || !!localStorage.getItem('reform-atlas.import'));
              };
              get.onerror = () => done(false);
            };
          }),
      ),
    )
    .toBe(true);

const shown = async (page: Page) =>
  Number(
    (await page.getByRole('banner').getByRole('status').first().innerText()).replace(/\D/g, ''),
  );

const count = async (page: Page, code: string) =>
  Number((await featureState(page, code)).count ?? 0);

test('a GB18030 CSV from a spreadsheet: preview, merge, its events on the timeline and the map', async ({
  page,
}) => {
  await openApp(page);
  const total = await shown(page);
  const before = await count(page, SICHUAN);
  await pick(page, 'good-gb18030.csv');
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('共 3 行：3 行有效，0 行有问题');
  await expect(preview).toContainText('GB18030');
  await expect(preview).toContainText('2022年3月');
  await expect(preview).toContainText('成都市技术经纪人试点');
  await expect(page.locator('input[value="merge"]')).toBeChecked();
  // Nothing changes until the user confirms.
  expect(await count(page, SICHUAN)).toBe(before);
  await page.getByRole('button', { name: '导入 3 项事件' }).click();

  await expect(page.getByTestId('import-using')).toContainText('正在使用您的数据');
  await expect.poll(() => shown(page)).toBe(total + 3);
  // The Chengdu and Sichuan events both count for Sichuan on the choropleth.
  await expect.poll(() => count(page, SICHUAN)).toBe(before + 2);
  // Among hundreds of events the user finds it by name; the timeline then shows it as a mark.
  await page.getByRole('searchbox').fill('成都市技术经纪人');
  await page.locator('.mark[data-id="chengdu-broker-pilot-2022"]').click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('成都市技术经纪人试点');
  await expect.poll(() => featureState(page, SICHUAN)).toMatchObject({ selected: true });
});

test('a bad file: every rejected row listed with its reason, and the map unchanged', async ({
  page,
}) => {
  await openApp(page);
  const marks = await page.locator('.timeline .mark').count();
  const before = await count(page, SICHUAN);
  await pick(page, 'unknown-region.csv');
  const errors = page.getByTestId('import-errors');
  await expect(errors.locator('tbody tr')).toHaveCount(1);
  await expect(errors.locator('tbody tr')).toContainText('第 2 行');
  await expect(errors.locator('tbody tr')).toContainText('regions');
  await expect(errors.locator('tbody tr')).toContainText('四州');
  await expect(errors.locator('tbody tr')).toContainText('您是不是指“四川”');
  await expect(page.getByRole('button', { name: /^导入 \d+ 项事件$/ })).toHaveCount(0);
  await page.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('import-preview')).toHaveCount(0);
  await expect(page.getByTestId('import-using')).toHaveCount(0);
  await expect(page.locator('.timeline .mark')).toHaveCount(marks);
  expect(await count(page, SICHUAN)).toBe(before);
});

test('an Excel workbook and hostile text: clear reasons, markup shown as text', async ({
  page,
}) => {
  await openApp(page);
  await pick(page, 'workbook.xlsx');
  await expect(page.getByTestId('import-errors')).toContainText('另存为 → CSV');
  await page.getByRole('button', { name: '换一个文件' }).click();
  await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'hostile.csv'));
  const errors = page.getByTestId('import-errors');
  await expect(errors).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('dialog img')).toHaveCount(0);
});

test('reload keeps the imported data; restoring the built-in data removes it', async ({ page }) => {
  await openApp(page);
  const shownBefore = await timelineEventCount(page);
  await pick(page, 'good-utf8-bom-crlf.csv');
  await page.getByLabel(/替换/).check();
  await expect(page.getByRole('button', { name: '导入 3 项事件' })).toBeVisible();
  await page.getByRole('button', { name: '导入 3 项事件' }).click();
  await expect(page.locator('.timeline .mark')).toHaveCount(3);
  await page.locator('.mark[data-id="jjj-voucher-2018"]').click();
  await expect(page).toHaveURL(/sel=jjj-voucher-2018/);

  await page.reload();
  await expect(page.getByTestId('import-using')).toContainText('3 项');
  await expect(page.locator('.timeline .mark')).toHaveCount(3);
  // The selection in the URL names an imported event: it survives the reload, without a warning.
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/京津冀创新券/);
  await expect(page.getByText(/链接中有无法识别的参数/)).toHaveCount(0);

  await page.getByRole('button', { name: '恢复内置数据' }).click();
  await expect(page.getByTestId('import-using')).toHaveCount(0);
  await expect.poll(() => timelineEventCount(page)).toBe(shownBefore);
  await page.reload();
  await expect.poll(() => timelineEventCount(page)).toBe(shownBefore);
  await expect(page.getByTestId('import-using')).toHaveCount(0);
});

test('a link naming an imported event and an unknown parameter warns about that parameter only', async ({
  page,
}) => {
  // The SVG map (a stored choice): this test is about the notices, not the renderer.
  await page.goto('/?map=svg');
  await pick(page, 'good-utf8-bom-crlf.csv');
  await page.getByLabel(/替换/).check();
  await page.getByRole('button', { name: '导入 3 项事件' }).click();
  await expect(page.locator('.timeline .mark')).toHaveCount(3);
  await saved(page);

  await page.goto('/?sel=jjj-voucher-2018&bogus=1');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/京津冀创新券/);
  const warning = page.getByRole('status').filter({ hasText: /链接中有无法识别的参数/ });
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText('bogus');
  await expect(warning).not.toContainText('sel');
});

test('drag and drop a file onto the window opens the preview', async ({ page }) => {
  await openApp(page);
  const bytes = [...readFileSync(join(FIXTURES, 'good.json'))];
  const dt = await page.evaluateHandle((b) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(b)], 'good.json', { type: 'application/json' }));
    return dt;
  }, bytes);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: dt });
  await page.dispatchEvent('main', 'dragover', { dataTransfer: dt });
  await expect(page.getByTestId('import-drop-overlay')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
  await expect(page.getByTestId('import-preview')).toContainText('共 2 行：2 行有效');
});

test('a 50 MB file is refused at once with the reason; the page stays usable', async ({ page }) => {
  await openApp(page);
  await openImport(page);
  const huge = test.info().outputPath('huge.csv');
  writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
  await page.getByTestId('import-file').setInputFiles(huge);
  await expect(page.getByTestId('import-errors')).toContainText('50.0 MB');
  await expect(page.getByTestId('import-errors')).toContainText('20.0 MB');
});

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`screenshots of the import at ${size.width}×${size.height}`, async ({ page }, info) => {
    await page.setViewportSize(size);
    await openApp(page);
    await pick(page, 'good-shapes.csv');
    const shot = async (name: string) => {
      const path = info.outputPath(`${name}-${size.width}x${size.height}.png`);
      await page.screenshot({ path });
      await info.attach(name, { path, contentType: 'image/png' });
    };
    await shot('import-preview');
    await page.getByRole('button', { name: '换一个文件' }).click();
    await page.getByTestId('import-file').setInputFiles(join(FIXTURES, 'unclosed-quote.csv'));
    await expect(page.getByTestId('import-errors')).toBeVisible();
    await shot('import-errors');
    await page.getByRole('button', { name: '关闭' }).click();
    await pick(page, 'good-gb18030.csv');
    await page.getByRole('button', { name: '导入 3 项事件' }).click();
    await expect(page.getByTestId('import-using')).toBeVisible();
    await shot('import-using');
  });
}
