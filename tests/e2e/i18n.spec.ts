import { test, expect, openApp } from './fixtures';

const DECISION = 'cpc-decision-st-reform-1985';

test('Chinese by default; the header switch turns UI, dates and the URL to English, and it persists', async ({
  page,
}, info) => {
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('科改图谱');
  await page.locator(`.mark[data-id="${DECISION}"]`).click();
  await expect(page.getByTestId('detail-date')).toHaveText('1985年3月13日');
  await expect(
    page.getByRole('button', { name: '导入数据：您自己的事件（CSV 或 JSON）' }),
  ).toBeVisible();

  const toEnglish = page.getByRole('button', { name: 'English', exact: true });
  await expect(toEnglish).toHaveAttribute('title', '切换到英文');
  await toEnglish.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reform Atlas');
  await expect(page.getByTestId('detail-date')).toHaveText('13 Mar 1985');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/Decision on the Reform/);
  await expect(
    page.getByRole('button', { name: 'Import data: your own events (CSV or JSON)' }),
  ).toBeVisible();
  await expect(page).toHaveURL(/[?&]lang=en/);
  await expect(page.getByRole('banner')).toContainText(/\d+ reform events/);

  const path = info.outputPath('english-1920x1080.png');
  await page.screenshot({ path });
  await info.attach('english', { path, contentType: 'image/png' });

  // The choice persists without the URL parameter.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reform Atlas');
  const toChinese = page.getByRole('button', { name: '中文', exact: true });
  await expect(toChinese).toHaveAttribute('title', 'Switch to Chinese');
  await toChinese.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('科改图谱');
  await expect(page).toHaveURL(/[?&]lang=zh/);
});

test('the import dialog follows the language', async ({ page }) => {
  await openApp(page, '/?lang=en');
  await page.getByRole('button', { name: 'Import data: your own events (CSV or JSON)' }).click();
  await expect(page.getByRole('dialog')).toContainText('Import events');
  await expect(page.getByRole('button', { name: 'Download the template (CSV)' })).toBeVisible();
  await page.getByTestId('import-file').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'id,date_start,title_zh,type,level,sources\nx,2023-02-30,甲,law,national,a||\n',
    ),
  });
  await expect(page.getByTestId('import-errors')).toContainText('Row 2');
  await expect(page.getByTestId('import-errors')).toContainText('Not a valid or existing date');
});

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });
  test('starts in English', async ({ page }) => {
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reform Atlas');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});
