/** A diffusion check shared by the SVG map's spec (diffusion.spec.ts) and the WebGL one (map.spec.ts). */
import type { Page } from '@playwright/test';
import { expect, featureState } from './fixtures';

const WUHAN = '420100';
const SHENZHEN = '440300'; // approved in 2014

const fill = async (page: Page, code: string) =>
  (await featureState(page, code)).fill as string | undefined;

/**
 * With the 国家自主创新示范区 family (nidz) open: at the last year both adopters (武汉 2009, 深圳
 * 2014) are shaded in different colours; at the first, only the first.
 */
export async function shadesByYear(page: Page) {
  const strip = page.getByTestId('diffusion-curve');
  await strip.focus();
  await page.keyboard.press('End');
  await expect.poll(() => fill(page, WUHAN)).toMatch(/^#|^rgb/);
  await expect.poll(() => fill(page, SHENZHEN)).toMatch(/^#|^rgb/);
  expect(await fill(page, WUHAN)).not.toBe(await fill(page, SHENZHEN));
  await expect(page.getByTestId('map-legend')).toContainText('2009');
  await expect(page.getByTestId('map-legend')).toContainText('首先采纳');
  await page.keyboard.press('Home');
  await expect(page.getByTestId('diffusion-year')).toHaveText('2009年');
  await expect.poll(() => fill(page, SHENZHEN)).toBeFalsy();
  expect(await fill(page, WUHAN)).toMatch(/^#|^rgb/);
}
