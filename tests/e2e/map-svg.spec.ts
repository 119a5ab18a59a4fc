/**
 * The China map without WebGL (old meeting-room PCs, remote desktops): Chromium launched with WebGL
 * and 3D APIs disabled must get the SVG map, passing the same flows as the WebGL one.
 */
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { defineMapTests } from './map-flows';

test.use({
  mapKind: 'auto',
  launchOptions: {
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--disable-webgl', '--disable-3d-apis'],
  },
});

defineMapTests({ name: 'SVG map', kind: 'svg' });

const project = (page: Page, ll: [number, number]) =>
  page.evaluate(
    (p) =>
      (
        window as unknown as {
          __atlasMap: { project(l: [number, number]): { x: number; y: number } };
        }
      ).__atlasMap.project(p),
    ll,
  );

test('the wheel zooms about the pointer, a drag pans, and the click ending a drag selects nothing', async ({
  page,
}) => {
  await openApp(page);
  // Let the first fit settle (a late resize refits the map).
  await expect
    .poll(async () => {
      const a = await project(page, [104.07, 30.67]);
      await page.waitForTimeout(250);
      const b = await project(page, [104.07, 30.67]);
      return a.x === b.x && a.y === b.y;
    })
    .toBe(true);
  const box = (await page.locator('.map .canvas').boundingBox())!;
  const chengdu: [number, number] = [104.07, 30.67];
  const beijing: [number, number] = [116.4, 39.9];
  const c0 = await project(page, chengdu);
  const b0 = await project(page, beijing);
  await page.mouse.move(box.x + c0.x, box.y + c0.y);
  await page.mouse.wheel(0, -500);
  await expect.poll(async () => (await project(page, beijing)).x).not.toBeCloseTo(b0.x, 0);
  const c1 = await project(page, chengdu);
  const b1 = await project(page, beijing);
  // Chengdu stays under the pointer; Beijing is twice as far from it.
  // (within 2 px: the pointer lands on whole pixels)
  expect(Math.abs(c1.x - c0.x)).toBeLessThan(2);
  expect(Math.abs(c1.y - c0.y)).toBeLessThan(2);
  expect((b1.x - c1.x) / (b0.x - c0.x)).toBeCloseTo(2, 1);
  // A short drag inside Sichuan: the map follows the pointer, and the click it ends in is not a
  // click on Sichuan.
  await page.mouse.down();
  await page.mouse.move(box.x + c0.x + 40, box.y + c0.y + 20, { steps: 6 });
  await page.mouse.up();
  const c2 = await project(page, chengdu);
  expect(Math.abs(c2.x - c1.x - 40)).toBeLessThan(2);
  expect(Math.abs(c2.y - c1.y - 20)).toBeLessThan(2);
  await page.waitForTimeout(300);
  expect(page.url()).not.toContain('regions=');
  // A plain click still filters by the province under it.
  await page.mouse.click(box.x + c2.x, box.y + c2.y);
  await expect(page).toHaveURL(/regions=510000/);
});
