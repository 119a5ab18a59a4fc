/** The China map drawn by maplibre (WebGL): the shared flows of map-flows.ts, and the choice of map. */
import { expect, openApp, test } from './fixtures';
import { SOFTWARE_GL } from '../../src/lib/map/renderer-choice';
import { defineMapTests } from './map-flows';

test.use({ mapKind: 'webgl' });
// maplibre on software WebGL, beside another test's browser on a 2-core machine: a boundary swap
// took 19 s alone and over 45 s in parallel. More time, same checks.
test.slow();

defineMapTests({ name: 'WebGL map', kind: 'webgl' });

const kind = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __atlasMap: { kind: string } }).__atlasMap.kind);

/** Is this browser's WebGL emulated on the CPU? Its renderer's name, judged by the app's own list. */
const support = (page: import('@playwright/test').Page) =>
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
    await openApp(page, '/?map=auto');
    const notice = page.locator('.map .fallback');
    if ((await support(page)) === 'software') {
      expect(await kind(page)).toBe('svg');
      await expect(notice).toHaveText('此电脑没有图形加速，已改用更快的矢量地图。');
      await expect(notice).toHaveAttribute('data-reason', 'software');
    } else {
      expect(await kind(page)).toBe('webgl');
      await expect(notice).toHaveCount(0);
    }
    // An explicit choice is kept for the next visit, and `auto` forgets it.
    await openApp(page, '/?map=webgl');
    expect(await kind(page)).toBe('webgl');
    await expect(notice).toHaveCount(0);
    await openApp(page, '/?map=svg');
    expect(await kind(page)).toBe('svg');
    await expect(notice).toHaveCount(0);
    await openApp(page, '/');
    expect(await kind(page)).toBe('svg');
    expect(await page.evaluate(() => localStorage.getItem('reform-atlas.map'))).toBe('svg');
  });
});
