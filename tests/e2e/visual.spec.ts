/**
 * Screenshot comparisons: what the room sees, pixel for pixel against committed baselines
 * (tests/e2e/visual.spec.ts-snapshots/). A changed colour, a moved label or a clipped title fails
 * here. After an intended visual change, or an edit of data/events.csv that the pictures show,
 * look at the new pictures and update them:
 *
 *   npm run test:visual:update
 *
 * The baselines are taken in Debian's Chromium with the fonts this machine has; the first test
 * checks those fonts are the ones drawing the page, so a missing font fails with its name instead
 * of as a puzzling pixel difference.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

const SIZES = [
  [1920, 1080],
  [1280, 720],
] as const;
/** Small: anti-aliasing may move, a colour or a layout change may not. */
const SAME = { maxDiffPixelRatio: 0.0005, threshold: 0.02 } as const;

async function presentStep(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId('present')).toBeVisible();
  await page.waitForFunction(
    () => (window as unknown as { __atlasMap?: { idle(): boolean } }).__atlasMap?.idle() === true,
  );
  // Controls fade after a while without the pointer: hold them in a settled state for the picture.
  await page.mouse.move(5, 5);
}

test('the page is drawn in the pinned fonts (Noto Sans CJK SC, and a Latin sans)', async ({
  page,
}) => {
  const fontsIn = async (lang: 'zh' | 'en') => {
    await openApp(page, `/?lang=${lang}`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
      nodeId: root.nodeId,
      selector: 'header, header *',
    });
    const used = new Set<string>();
    for (const nodeId of nodeIds) {
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      for (const f of fonts) used.add(f.familyName);
    }
    await cdp.detach();
    return [...used];
  };
  // Chinese pages draw in Noto Sans CJK SC; English ones in a Latin sans (Arial's metric twin).
  expect(await fontsIn('zh')).toContain('Noto Sans CJK SC');
  expect(await fontsIn('en')).toContain('Liberation Sans');
});

for (const [w, h] of SIZES) {
  for (const lang of ['zh', 'en'] as const) {
    test(`main screen and a presentation step, ${w}×${h}, ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await openApp(page, `/?lang=${lang}&sel=sichuan-ownership-reform`);
      await expect(page).toHaveScreenshot(`main-${lang}-${w}.png`, SAME);
      await presentStep(page, `/?lang=${lang}&tour=ownership&step=3`);
      await expect(page).toHaveScreenshot(`present-${lang}-${w}.png`, SAME);
    });
  }
}

test('the timeline, the SVG map and the presentation card, each on its own', async ({ page }) => {
  await openApp(page, '/?sel=sichuan-ownership-reform');
  await expect(page.locator('.timeline').first()).toHaveScreenshot('timeline.png', SAME);
  await expect(page.locator('.map').first()).toHaveScreenshot('map-svg.png', SAME);
  await presentStep(page, '/?tour=ownership&step=3');
  await expect(page.getByTestId('present')).toHaveScreenshot('present-card.png', SAME);
});

test('the exported PNG of a presentation step', async ({ page }) => {
  await presentStep(page, '/?tour=ownership&step=3');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出图片' }).click(),
  ]);
  const png = readFileSync((await download.path())!);
  // A PNG is compared like a screenshot (Playwright's image comparison, same thresholds).
  expect(png).toMatchSnapshot('export.png', SAME);
});
