/**
 * The China map drawn by maplibre (WebGL). The map's flows run one by one on the SVG map
 * (map-svg.spec.ts, what a CPU-only machine gets); here the maplibre-specific ones run once, in one
 * WebGL page: feature states, clicks and hovers through the projection, drilling in with a camera
 * move, a diffusion family's shading by year, the language of the symbol layers, a boundary swap
 * into the sources, and the snapshot.
 * Then the choice of map.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SOFTWARE_GL } from '../../src/lib/map/renderer-choice';
import { expect, openApp, test, featureState, clickMapAt } from './fixtures';
import { shadesByYear } from './diffusion-flows';
import { SHANDONG, SICHUAN, expectSichuanFramed, idle, mapKind, screenPoint } from './map-flows';

test.use({ mapKind: 'webgl' });
// maplibre on software WebGL, beside another test's browser on a 2-core machine, is slow.
test.slow();

/** Back/forward to a state, as a link or the history would: no reload. */
const go = (page: Page, search: string) =>
  page.evaluate((s) => {
    history.pushState(null, '', s);
    dispatchEvent(new PopStateEvent('popstate'));
  }, search);

/** Every renderer the page hands the tests, in order (a new one means the map was drawn anew). */
async function recordRenderers(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __kinds: string[]; __map: unknown };
    w.__kinds = [];
    Object.defineProperty(window, '__atlasMap', {
      get: () => w.__map,
      set: (m: { kind: string } | null) => {
        if (m) w.__kinds.push(m.kind);
        w.__map = m;
      },
    });
  });
  return () => page.evaluate(() => (window as unknown as { __kinds: string[] }).__kinds);
}

test.describe('WebGL map', () => {
  test('draws, selects, filters by click, tells on hover, drills in, shades a diffusion by year, swaps boundaries, follows the language and exports', async ({
    page,
  }) => {
    await openApp(page, '/?sel=sichuan-ownership-reform');
    expect(await mapKind(page)).toBe('webgl');
    const region = page.getByRole('region', { name: /中国地图/ });
    await expect(page.locator('.map canvas')).toHaveAttribute('aria-label', /^地图画面/);
    await expect(page.getByRole('region', { name: 'Map', exact: true })).toHaveCount(0);
    await expect(page.getByRole('img', { name: '南海诸岛' })).toBeVisible();
    await expect(page.getByTestId('map-attribution')).toHaveText(/国家地理信息公共服务平台/);

    // A province event: lit, the rest dimmed; the snapshot for exports shows it in the accent.
    await expect
      .poll(() => featureState(page, '510000'))
      .toMatchObject({ selected: true, dim: false });
    expect(await featureState(page, '370000')).toMatchObject({ selected: false, dim: true });
    const shot = await page.evaluate(async () => {
      const m = (window as unknown as { __atlasMap: { snapshot(): Promise<HTMLCanvasElement> } })
        .__atlasMap;
      const c = await m.snapshot();
      const px = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let red = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i]! > 150 && px[i + 1]! < 60) red++;
      return { w: c.width, red };
    });
    expect(shot.w).toBeGreaterThan(300);
    expect(shot.red).toBeGreaterThan(500);

    // A city event lights its prefecture; a group event outlines the group.
    await go(page, '/?sel=shenzhen-sti-regulation');
    await expect
      .poll(() => featureState(page, '440000'))
      .toMatchObject({ selected: true, partial: true });
    expect(await featureState(page, '440300')).toMatchObject({ named: true, selected: true });
    await go(page, '/?sel=g60-corridor');
    await expect.poll(() => featureState(page, 'g60')).toMatchObject({ selected: true });
    expect(await featureState(page, '330000')).toMatchObject({ selected: true, partial: true });

    // A click filters by the province under it; a second click clears.
    await go(page, '/');
    await idle(page);
    await clickMapAt(page, SICHUAN);
    await expect(page).toHaveURL(/regions=510000/);
    await expect.poll(() => featureState(page, '510000')).toMatchObject({ filtered: true });
    await clickMapAt(page, SICHUAN);
    await expect(page).not.toHaveURL(/regions=/);

    // Hover: the province's name and its count, the same as its feature state's.
    const p = await screenPoint(page, SHANDONG);
    await page.mouse.move(p.x, p.y);
    const tip = region.getByRole('tooltip');
    await expect(tip).toHaveText(/^山东省：\d+ 项改革$/);
    const n = Number((await tip.textContent())!.match(/(\d+) 项/)![1]);
    expect(await featureState(page, '370000')).toMatchObject({ count: n });
    await page.mouse.move(5, 5);
    await expect(tip).toHaveCount(0);

    // Double-click drills into Sichuan: the camera frames it, its cities filter, back returns.
    const s = await screenPoint(page, SICHUAN);
    await page.mouse.dblclick(s.x, s.y);
    await expect(page).toHaveURL(/view=510000/);
    await idle(page);
    expect(await featureState(page, '370000')).toMatchObject({ muted: true });
    const box = await expectSichuanFramed(page);
    // A selection outside the drilled view: the camera brings it in.
    const inside = async (ll: [number, number]) => {
      const at = await screenPoint(page, ll);
      return at.x > box.x && at.x < box.x + box.width && at.y > box.y && at.y < box.y + box.height;
    };
    expect(await inside(SHANDONG)).toBe(false);
    await go(page, '/?view=510000&sel=shandong-sti-committee');
    await expect.poll(() => featureState(page, '370000')).toMatchObject({ selected: true });
    await idle(page);
    await expect.poll(() => inside(SHANDONG)).toBe(true);
    await page.getByRole('button', { name: /返回全国/ }).click();
    await expect(page).not.toHaveURL(/view=/);
    await idle(page);

    // The diffusion view shades places by the year they adopted (the flow of diffusion.spec.ts).
    await go(page, '/?family=nidz');
    await shadesByYear(page);

    // An approved boundary file goes into the map's sources; clicks still find provinces.
    await go(page, '/');
    await page.getByRole('button', { name: '更换边界数据…' }).click();
    const dialog = page.getByRole('dialog', { name: '更换行政区划边界数据' });
    await dialog.getByLabel('GeoJSON 或 TopoJSON 文件').setInputFiles({
      name: 'approved.topo.json',
      mimeType: 'application/json',
      buffer: readFileSync('data/geo/china.topo.json'),
    });
    await dialog.getByLabel('数据来源（显示在地图底部）').fill('某局审定数据');
    await dialog.getByRole('button', { name: '使用此文件' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByTestId('map-attribution')).toHaveText('某局审定数据');
    expect(await mapKind(page)).toBe('webgl');
    await idle(page);
    await clickMapAt(page, SICHUAN);
    await expect.poll(() => featureState(page, '510000')).toMatchObject({ filtered: true });

    // English: the map's name, the inset and the tooltip follow.
    await go(page, '/?lang=en');
    await expect(page.getByRole('region', { name: /Map of China/ })).toBeVisible();
    await expect(page.getByRole('img', { name: 'South China Sea Islands' })).toBeVisible();
    const q = await screenPoint(page, SHANDONG);
    await page.mouse.move(q.x, q.y);
    await expect(
      page.getByRole('region', { name: /Map of China/ }).getByRole('tooltip'),
    ).toHaveText(/^Shandong: \d+ reforms$/);
  });
});

/** Is this browser's WebGL emulated on the CPU? Its renderer's name, judged by the app's own list. */
const support = (page: Page) =>
  page.evaluate((software) => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    return new RegExp(software, 'i').test(name) ? 'software' : 'gpu';
  }, SOFTWARE_GL.source);

test.describe('choice of map renderer', () => {
  test('picks the SVG map where WebGL runs on the CPU, says so, and ?map=webgl overrides it', async ({
    page,
  }) => {
    const kinds = await recordRenderers(page);
    await openApp(page, '/?map=auto');
    const notice = page.locator('.map .fallback');
    const kind = () => expect.poll(() => mapKind(page));
    const remembered = () => page.evaluate(() => localStorage.getItem('reform-atlas.gl'));
    // The first screen draws the SVG map without probing; the probe answers once it is drawn.
    if ((await support(page)) === 'software') {
      await expect(notice).toHaveText('此电脑没有图形加速，已改用更快的矢量地图。');
      await expect(notice).toHaveAttribute('data-reason', 'software');
      await kind().toBe('svg');
      // The probe's answer only adds the notice: the SVG map is not drawn again.
      expect(await kinds()).toEqual(['svg']);
      expect(await remembered()).toBe('software');
      // The next visit draws what the probe found (the kept-choice fixture is cleared again).
      await openApp(page, '/?map=auto');
      await expect(notice).toHaveAttribute('data-reason', 'software');
      expect(await mapKind(page)).toBe('svg');
    } else {
      await kind().toBe('webgl');
      await expect(notice).toHaveCount(0);
      expect(await remembered()).toBe('gpu');
    }
    // An explicit choice is kept for the next visit, and `auto` forgets it.
    await openApp(page, '/?map=webgl');
    expect(await mapKind(page)).toBe('webgl');
    await expect(notice).toHaveCount(0);
    await openApp(page, '/?map=svg');
    expect(await mapKind(page)).toBe('svg');
    await expect(notice).toHaveCount(0);
    await openApp(page, '/');
    expect(await mapKind(page)).toBe('svg');
    expect(await page.evaluate(() => localStorage.getItem('reform-atlas.map'))).toBe('svg');
  });
});

test.describe('choice of map renderer on a graphics card', () => {
  // This machine's WebGL runs on SwiftShader: the renderer's name is what a graphics card reports.
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const real = WebGL2RenderingContext.prototype.getParameter;
      WebGL2RenderingContext.prototype.getParameter = function (p: number) {
        const info = this.getExtension('WEBGL_debug_renderer_info');
        if (info && p === info.UNMASKED_RENDERER_WEBGL)
          return 'ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)';
        return real.call(this, p);
      };
    });
  });

  test('the first visit draws the SVG map, then maplibre once probed; the next starts with maplibre', async ({
    page,
  }) => {
    const kinds = await recordRenderers(page);
    await openApp(page, '/?map=auto&sel=sichuan-ownership-reform');
    await expect.poll(kinds).toEqual(['svg', 'webgl']);
    await idle(page);
    await expect(page.locator('.map .fallback')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('reform-atlas.gl'))).toBe('gpu');
    // The selection is lit on the new renderer too.
    await expect
      .poll(() => featureState(page, '510000'))
      .toMatchObject({ selected: true, dim: false });

    await openApp(page, '/?map=auto');
    await idle(page);
    expect(await kinds()).toEqual(['webgl']);
  });
});
