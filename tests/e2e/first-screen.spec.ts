/**
 * The first screen: with nothing selected the right panel says what the atlas holds, fits a
 * 1280×720 projector without scrolling in both languages, filters by a type and starts a tour in one
 * click, and gives way to the details on a selection.
 */
import { test, expect, openApp } from './fixtures';

test.use({ viewport: { width: 1280, height: 720 } });

/** Does the details tab's panel need scrolling? */
const scrolls = (page: import('@playwright/test').Page) =>
  page.getByRole('tabpanel').evaluate((el) => el.scrollHeight > el.clientHeight);

test('the atlas summary fits at 1280×720, filters by type, starts a tour, gives way to a selection', async ({
  page,
}) => {
  test.slow();
  await openApp(page, '/?map=svg');
  const summary = page.getByTestId('atlas-summary');
  await expect(summary).toBeVisible();
  await expect(summary.locator('dd').first()).toHaveText(/^\d+$/);
  expect(await scrolls(page)).toBe(false);
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(summary).toContainText('Guided tours');
  expect(await scrolls(page)).toBe(false);
  await page.getByRole('button', { name: '中文', exact: true }).click();

  await summary.locator('button[data-summary-type="party"]').click();
  await expect(page).toHaveURL(/types=party/);
  await expect(summary.locator('button[data-summary-type="party"]')).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.locator('.timeline .mark').first().click();
  await expect(summary).toHaveCount(0);
  await expect(page.locator('#detail-title')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(summary).toBeVisible();

  await summary.locator('button[data-tour="ownership"]').click();
  await expect(page.getByTestId('present')).toBeVisible();
  await expect(page).toHaveURL(/tour=ownership/);
  await expect(page.getByTestId('present-step')).toContainText('1');
});
