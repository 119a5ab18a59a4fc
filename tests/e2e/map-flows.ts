/**
 * The China map's browser flows, each its own test, run by map-svg.spec.ts on the SVG map (what a
 * CPU-only machine gets). map.spec.ts walks the maplibre-specific ones once, in one WebGL page,
 * with the helpers exported here.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp, featureState, clickMapAt } from './fixtures';

/** Points well inside provinces / cities. */
export const SICHUAN: [number, number] = [104.0, 30.7];
export const CHENGDU: [number, number] = [104.05, 30.65];
export const SHANDONG: [number, number] = [118.0, 36.3];

export const mapKind = (page: Page) =>
  page.evaluate(() => (window as unknown as { __atlasMap: { kind: string } }).__atlasMap.kind);

export const idle = (page: Page) =>
  page.waitForFunction(() =>
    (window as unknown as { __atlasMap?: { idle(): boolean } }).__atlasMap?.idle(),
  );

export async function screenPoint(page: Page, ll: [number, number]) {
  const p = await page.evaluate(
    (x) =>
      (
        window as unknown as {
          __atlasMap: { project(l: [number, number]): { x: number; y: number } };
        }
      ).__atlasMap.project(x),
    ll,
  );
  const box = (await page.locator('.map .canvas').boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}

/**
 * Drilled into Sichuan, the province fills the view (Chengdu is far from its edge on screen), and
 * a click on Chengdu filters by it. Returns the map's box.
 */
export async function expectSichuanFramed(page: Page) {
  const box = (await page.locator('.map .canvas').boundingBox())!;
  const c = await screenPoint(page, CHENGDU);
  expect(c.x).toBeGreaterThan(box.x + 50);
  expect(c.x).toBeLessThan(box.x + box.width - 50);
  await clickMapAt(page, CHENGDU);
  await expect.poll(() => featureState(page, '510100')).toMatchObject({ filtered: true });
  return box;
}

export function defineMapTests(mode: { name: string; kind: 'webgl' | 'svg' }) {
  test.describe(mode.name, () => {
    test('draws the map with its inset, attribution and the right renderer', async ({ page }) => {
      await openApp(page);
      expect(await mapKind(page)).toBe(mode.kind);
      await expect(page.getByRole('region', { name: /中国地图/ })).toBeVisible();
      // No English label inside the Chinese page (maplibre's canvas says "Map" unless told).
      await expect(page.getByRole('region', { name: 'Map', exact: true })).toHaveCount(0);
      if (mode.kind === 'webgl') {
        await expect(page.locator('.map canvas')).toHaveAttribute('aria-label', /^地图画面/);
      }
      const inset = page.getByRole('img', { name: '南海诸岛' });
      await expect(inset).toBeVisible();
      await expect(inset.locator('text')).toHaveText('南海诸岛');
      await expect(page.getByTestId('map-attribution')).toHaveText(/国家地理信息公共服务平台/);
      const notice = page.getByText('此电脑不支持 WebGL，已改用简化的矢量地图。');
      await expect(notice).toHaveCount(mode.kind === 'svg' ? 1 : 0);
      // The inset sits at the lower right of the map.
      const m = (await page.getByRole('region', { name: /中国地图/ }).boundingBox())!;
      const i = (await inset.boundingBox())!;
      expect(i.x + i.width).toBeGreaterThan(m.x + m.width * 0.8);
      expect(i.y + i.height).toBeGreaterThan(m.y + m.height * 0.75);
    });

    test('highlights a selected province event and dims the rest', async ({ page }) => {
      await openApp(page, '/?sel=sichuan-ownership-reform');
      await expect
        .poll(() => featureState(page, '510000'))
        .toMatchObject({ selected: true, dim: false });
      expect(await featureState(page, '370000')).toMatchObject({ selected: false, dim: true });
      await expect(page.getByTestId('map-highlighted')).toHaveText('地图上高亮的地区：四川省');
    });

    test('a city event lights its prefecture inside its province', async ({ page }) => {
      await openApp(page, '/?sel=shenzhen-sti-regulation');
      await expect
        .poll(() => featureState(page, '440000'))
        .toMatchObject({ selected: true, partial: true });
      expect(await featureState(page, '440300')).toMatchObject({ named: true, selected: true });
      expect(await featureState(page, '440100')).toMatchObject({ named: false });
    });

    test('a group event outlines the group and lights its members', async ({ page }) => {
      await openApp(page, '/?sel=g60-corridor');
      await expect.poll(() => featureState(page, 'g60')).toMatchObject({ selected: true });
      expect(await featureState(page, 'jjj')).toMatchObject({ selected: false });
      expect(await featureState(page, '310000')).toMatchObject({ selected: true, partial: false });
      expect(await featureState(page, '330000')).toMatchObject({ selected: true, partial: true });
      expect(await featureState(page, '330100')).toMatchObject({ named: true });
      await expect(page.getByTestId('map-highlighted')).toHaveText(/长三角G60科创走廊/);
    });

    test('clicking a province filters, clicking again clears', async ({ page }) => {
      await openApp(page);
      await clickMapAt(page, SICHUAN);
      await expect(page.getByTestId('announcer')).toHaveText(/按地区筛选：四川省/);
      await expect.poll(() => featureState(page, '510000')).toMatchObject({ filtered: true });
      expect(await featureState(page, '370000')).toMatchObject({ filtered: false });
      await expect(page).toHaveURL(/regions=510000/);
      await clickMapAt(page, SICHUAN);
      await expect.poll(() => featureState(page, '510000')).toMatchObject({ filtered: false });
      await expect(page.getByTestId('announcer')).toHaveText('已取消地区筛选');
      await expect(page).not.toHaveURL(/regions=/);
    });

    test('hovering a province shows its name and event count', async ({ page }) => {
      await openApp(page);
      const p = await screenPoint(page, SHANDONG);
      await page.mouse.move(p.x, p.y);
      const tip = page.getByRole('region', { name: /中国地图/ }).getByRole('tooltip');
      await expect(tip).toHaveText(/^山东省：\d+ 项改革$/);
      const n = Number((await tip.textContent())!.match(/(\d+) 项/)![1]);
      expect(n).toBeGreaterThan(0);
      expect(await featureState(page, '370000')).toMatchObject({ count: n });
      await page.mouse.move(5, 5);
      await expect(tip).toHaveCount(0);
    });

    test('double-click drills into a province, its cities filter, and back returns', async ({
      page,
    }) => {
      await openApp(page);
      const p = await screenPoint(page, SICHUAN);
      await page.mouse.dblclick(p.x, p.y);
      await expect(page).toHaveURL(/view=510000/);
      await expect(page.getByText('四川省：各地市')).toBeVisible();
      await idle(page);
      expect(await featureState(page, '370000')).toMatchObject({ muted: true });
      expect(await featureState(page, '510000')).toMatchObject({ muted: false });
      await expectSichuanFramed(page);
      await expect(page.getByTestId('announcer')).toHaveText(/按地区筛选：成都市/);
      await page.getByRole('button', { name: /返回全国/ }).click();
      await expect(page).not.toHaveURL(/view=/);
      await idle(page);
      expect(await featureState(page, '370000')).toMatchObject({ muted: false });
    });

    test('a selection outside the drilled view is brought into view', async ({ page }) => {
      await openApp(page, '/?view=510000');
      await idle(page);
      const box = (await page.locator('.map .canvas').boundingBox())!;
      const inside = async (ll: [number, number]) => {
        const p = await screenPoint(page, ll);
        return p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height;
      };
      expect(await inside(SHANDONG)).toBe(false);
      // Back/forward navigation applies a URL's state: here, a Shandong event gets selected.
      await page.evaluate(() => {
        history.pushState(null, '', '/?view=510000&sel=shandong-sti-committee');
        dispatchEvent(new PopStateEvent('popstate'));
      });
      await expect.poll(() => featureState(page, '370000')).toMatchObject({ selected: true });
      await idle(page);
      await expect.poll(() => inside(SHANDONG)).toBe(true);
      expect(await inside(CHENGDU)).toBe(true);
    });

    test('labels, tooltip and tools follow the language', async ({ page }) => {
      await openApp(page, '/?lang=en');
      await expect(page.getByRole('region', { name: /Map of China/ })).toBeVisible();
      await expect(page.getByRole('combobox', { name: 'Choose a region' })).toBeVisible();
      await expect(page.getByRole('img', { name: 'South China Sea Islands' })).toBeVisible();
      await expect(page.getByTestId('map-attribution')).toHaveText(/Tianditu/);
      const p = await screenPoint(page, SHANDONG);
      await page.mouse.move(p.x, p.y);
      await expect(
        page.getByRole('region', { name: /Map of China/ }).getByRole('tooltip'),
      ).toHaveText(/^Shandong: \d+ reforms$/);
    });

    test('the region picker does everything a click does, by keyboard', async ({ page }) => {
      await openApp(page);
      const picker = page.getByRole('combobox', { name: '选择地区' });
      await picker.focus();
      await page.keyboard.type('京津');
      await expect(page.getByRole('option', { name: /京津冀/ })).toBeVisible();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/regions=jjj/);
      for (const code of ['110000', '120000', '130000']) {
        await expect.poll(() => featureState(page, code)).toMatchObject({ filtered: true });
      }
      await picker.fill('四川');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/regions=510000/);
      await page.getByRole('button', { name: '查看四川省下辖市' }).click();
      await expect(page).toHaveURL(/view=510000/);
      await picker.fill('成都');
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/regions=510100/);
      await picker.fill('');
      await page.keyboard.press('Escape');
    });

    test('a bad boundary file is rejected with the reason; a good one replaces the map', async ({
      page,
    }) => {
      await openApp(page);
      await page.getByRole('button', { name: '更换边界数据…' }).click();
      const dialog = page.getByRole('dialog', { name: '更换行政区划边界数据' });
      await expect(dialog).toBeVisible();
      const bad = {
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: { adcode: '510000' },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [100, 30],
                  [101, 30],
                  [101, 31],
                  [100, 30],
                ],
              ],
            },
          },
        ],
      };
      await dialog.getByLabel('GeoJSON 或 TopoJSON 文件').setInputFiles({
        name: 'bad.geojson',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(bad)),
      });
      await dialog.getByLabel('数据来源（显示在地图底部）').fill('某局审定数据');
      await dialog.getByRole('button', { name: '使用此文件' }).click();
      await expect(dialog.getByRole('alert')).toHaveText(/缺少 33 个省级单位/);
      await expect(page.getByTestId('map-attribution')).toHaveText(/国家地理信息公共服务平台/);
      expect(await mapKind(page)).toBe(mode.kind);

      const good = readFileSync('data/geo/china.topo.json');
      await dialog.getByLabel('GeoJSON 或 TopoJSON 文件').setInputFiles({
        name: 'approved.topo.json',
        mimeType: 'application/json',
        buffer: good,
      });
      await dialog.getByLabel('审图号（可选）').fill('GS(2024)0000号');
      await dialog.getByRole('button', { name: '使用此文件' }).click();
      await expect(dialog).toHaveCount(0);
      await expect(page.getByTestId('map-attribution')).toHaveText(
        '某局审定数据 审图号：GS(2024)0000号',
      );
      await idle(page);
      await clickMapAt(page, SICHUAN);
      await expect.poll(() => featureState(page, '510000')).toMatchObject({ filtered: true });

      // The approved file lasts across a reload, saying so, until the built-in one is restored.
      await page.reload();
      await expect(page.getByTestId('map-attribution')).toHaveText(
        '某局审定数据 审图号：GS(2024)0000号',
      );
      await expect(page.getByText(/正在使用您保存的边界数据：approved\.topo\.json/)).toBeVisible();
      await page.getByRole('button', { name: '更换边界数据…' }).click();
      await page.getByRole('button', { name: '恢复内置边界' }).click();
      await expect(page.getByTestId('map-attribution')).toHaveText(/国家地理信息公共服务平台/);
      // Said once the saved file is deleted, so the reload below cannot race it.
      await expect(page.getByText('已恢复内置边界数据。')).toBeVisible();
      await page.reload();
      await idle(page);
      await expect(page.getByTestId('map-attribution')).toHaveText(/国家地理信息公共服务平台/);
    });

    test('renders a snapshot for exports with the legend and inset (no attribution of its own)', async ({
      page,
    }) => {
      await openApp(page, '/?sel=sichuan-ownership-reform');
      const info = await page.evaluate(async () => {
        const m = (window as unknown as { __atlasMap: { snapshot(): Promise<HTMLCanvasElement> } })
          .__atlasMap;
        const c = await m.snapshot();
        const ctx = c.getContext('2d')!;
        const section = document.querySelector('.map')!.getBoundingClientRect();
        const k = c.width / section.width;
        const pixel = (el: Element | null) => {
          const r = el!.getBoundingClientRect();
          const x = Math.round((r.left - section.left + r.width / 2) * k);
          const y = Math.round((r.top - section.top + r.height / 2) * k);
          return [...ctx.getImageData(x, y, 1, 1).data.slice(0, 3)];
        };
        const px = ctx.getImageData(0, 0, c.width, c.height).data;
        let red = 0;
        for (let i = 0; i < px.length; i += 4) if (px[i]! > 150 && px[i + 1]! < 60) red++;
        return {
          w: c.width,
          ratio: c.width / c.height,
          expected: section.width / section.height,
          red,
          swatch: pixel(document.querySelector('[data-testid="map-legend"] .sel')),
        };
      });
      expect(info.w).toBeGreaterThan(300);
      expect(info.ratio).toBeCloseTo(info.expected, 1);
      expect(info.red).toBeGreaterThan(500);
      // The legend's "selected" swatch is drawn in the accent colour (#b3261e).
      expect(info.swatch).toEqual([179, 38, 30]);
      // The attribution is printed once, by the PNG and the handout under the picture
      // (present.spec.ts counts it in the PNG).
    });

    test(`screenshots at 1920×1080: national, drilled-down, inset (${mode.kind})`, async ({
      page,
    }, info) => {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await openApp(page, '/?sel=g60-corridor');
      await idle(page);
      const shot = async (name: string, target: Page | ReturnType<Page['locator']>) => {
        const path = info.outputPath(`${name}-${mode.kind}.png`);
        await target.screenshot({ path });
        await info.attach(`${name}-${mode.kind}`, { path, contentType: 'image/png' });
      };
      await shot('map-national', page);
      await shot('map-inset', page.getByTestId('nanhai-inset'));
      await openApp(page, '/?view=440000&sel=shenzhen-sti-regulation');
      await idle(page);
      await page.waitForTimeout(500);
      await idle(page);
      await shot('map-drilled', page);
      const load = await page.evaluate(() => {
        const m = performance.getEntriesByName('atlas:map-idle')[0];
        return m ? Math.round(m.startTime) : -1;
      });
      info.annotations.push({ type: 'map-idle-ms', description: String(load) });
      console.log(`[${mode.kind}] map idle after ${load} ms`);
      expect(load).toBeGreaterThan(0);
    });
  });
}
