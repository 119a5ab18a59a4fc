/**
 * Accessible to everyone in the room: axe-core (WCAG 2 A/AA and its best practices) finds nothing on
 * every view people use, and Tab reaches every control with a visible focus ring, in the normal view
 * and in presentation mode.
 *
 * Nothing is excluded from axe. The checks use the SVG map (`?map=svg`, what CPU-only machines get).
 * The views share one page, each built from the last, so the app loads once for all of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

const HERE = dirname(fileURLToPath(import.meta.url));
const BAD_IMPORT = join(HERE, '../fixtures/import/bad-id.csv');
const FAMILIES = join(HERE, '../../data/families.csv');

/** axe's findings on the page as it is now, one line each (empty when there are none). */
async function axeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    // Legacy mode runs axe in the page itself. The app has no iframes, so the default mode's
    // cross-frame merge (a second blank page per run) would find nothing more, at twice the time.
    .setLegacyMode(true)
    // Only the violations come back whole: passes listed node by node would double the time.
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.impact} ${v.id}: ${n.target.join(' ')} — ${v.help}`),
  );
}

async function waitForApp(page: Page) {
  await expect(page.locator('.timeline .mark').first()).toBeVisible();
  await page.waitForFunction(
    () => (window as unknown as { __atlasMap?: { idle(): boolean } }).__atlasMap?.idle() === true,
  );
}

base.describe.serial('axe on the views, one shared page', () => {
  // axe reads ~4,000 nodes per view: about 12 s a view on a 2-core machine shared by several runs.
  base.describe.configure({ timeout: 90_000 });
  let context: BrowserContext;
  let page: Page;
  const offOrigin: string[] = [];
  const errors: string[] = [];

  base.beforeAll(async ({ browser, baseURL }) => {
    // AxeBuilder needs a page made from an explicit context.
    context = await browser.newContext({
      viewport: { width: 1920, height: 1080 },
      locale: 'zh-CN',
    });
    page = await context.newPage();
    // The suite's guards (fixtures.ts), for the shared page: nothing off the origin, no errors.
    const origin = new URL(baseURL!).origin;
    page.on('request', (r) => {
      if (!/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== origin)
        offOrigin.push(r.url());
    });
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await page.goto('/?map=svg');
    await waitForApp(page);
  });

  base.afterAll(async () => {
    await context?.close();
    expect(offOrigin, 'requests off the app origin').toEqual([]);
    expect(errors, 'console errors or uncaught exceptions').toEqual([]);
  });

  base('first load: the atlas summary', async () => {
    await expect(page.getByTestId('atlas-summary')).toBeVisible();
    expect(await axeFindings(page)).toEqual([]);
  });

  base('a selection: the details', async () => {
    await page.locator('.timeline .mark').first().click();
    await expect(page.locator('#detail-title')).toBeVisible();
    expect(await axeFindings(page)).toEqual([]);
  });

  base('filters applied: pressed chips, dimmed chips, the summary marks its type', async () => {
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('atlas-summary')).toBeVisible();
    await page.locator('button[data-type="party"]').click();
    await page.locator('button[data-level="provincial"]').click();
    await expect(page.locator('button[data-summary-type="party"]')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(await axeFindings(page)).toEqual([]);
  });

  base('the event list', async () => {
    await page.getByRole('tab', { name: '事件列表' }).click();
    await expect(page.getByRole('table')).toBeVisible();
    expect(await axeFindings(page)).toEqual([]);
  });

  base('the chart', async () => {
    await page.getByRole('tab', { name: '类型趋势' }).click();
    await expect(page.locator('.chart svg')).toBeVisible();
    expect(await axeFindings(page)).toEqual([]);
  });

  base('the import dialog listing rejected rows', async () => {
    await page.getByRole('button', { name: /^导入数据/ }).click();
    await page.getByTestId('import-file').setInputFiles(BAD_IMPORT);
    await expect(page.getByTestId('import-errors')).toBeVisible();
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  base('a drilled-down province', async () => {
    await page.getByRole('button', { name: /清除全部筛选/ }).click();
    await page.getByRole('combobox', { name: '选择地区' }).fill('四川');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '查看四川省下辖市' }).click();
    await expect(page.getByText('四川省：各地市')).toBeVisible();
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole('button', { name: /返回全国/ }).click();
  });

  base('presentation mode, started from a tour in the summary', async () => {
    await page.getByRole('button', { name: /清除全部筛选/ }).click();
    await page.getByRole('tab', { name: '详情' }).click();
    await page.getByTestId('atlas-summary').locator('button[data-tour]').first().click();
    await expect(page.getByTestId('present')).toBeVisible();
    expect(await axeFindings(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('present')).toHaveCount(0);
  });

  base('English', async () => {
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await axeFindings(page)).toEqual([]);
  });
});

test('the diffusion view', async ({ page }) => {
  test.skip(
    !existsSync(FAMILIES),
    'skipped: no data/families.csv in this tree, so no reform family to open the diffusion view with (?family=<id>, branches datamodel and diffusion)',
  );
  const family = readFileSync(FAMILIES, 'utf8').split(/\r?\n/)[1]?.split(',')[0]?.trim();
  await openApp(page, `/?map=svg&family=${family}`);
  const view = page
    .getByTestId('diffusion')
    .or(page.getByRole('region', { name: /扩散|diffusion/i }));
  test.skip(
    (await view.count()) === 0,
    `skipped: ?family=${family} shows no diffusion view (no data-testid="diffusion" and no region named 扩散/diffusion) in this build`,
  );
  expect(await axeFindings(page)).toEqual([]);
});

interface TabReport {
  /** Controls Tab never reached. */
  unreached: string[];
  /** Tab stops without a visible focus ring. */
  noRing: string[];
  /** How many stops Tab went through before coming back to the first. */
  stops: number;
}

/**
 * Press Tab until focus comes back to where it started, and report what it missed and where no
 * focus ring showed. A ring is an outline or a box-shadow (an SVG shape: its stroke) under
 * :focus-visible, on an element of at least 4×4 px.
 */
async function tabThrough(page: Page): Promise<TabReport> {
  await page.evaluate(() => {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} “${(
        el.getAttribute('aria-label') ??
        el.textContent ??
        ''
      )
        .trim()
        .slice(0, 40)}”`;
    const w = window as unknown as { __tab: unknown };
    const controls = [
      ...document.querySelectorAll<HTMLElement | SVGElement>(
        'a[href], button, input, select, textarea, [tabindex]',
      ),
    ].filter(
      (el) =>
        el.tabIndex >= 0 &&
        !el.matches(':disabled, [type="hidden"]') &&
        el.checkVisibility({ visibilityProperty: true }),
    );
    const reached = new Map<Element, string>();
    w.__tab = {
      controls,
      reached,
      describe,
      current() {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const cs = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        const ring =
          el.matches(':focus-visible') &&
          r.width >= 4 &&
          r.height >= 4 &&
          ((cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) ||
            cs.boxShadow !== 'none' ||
            (el instanceof SVGElement && cs.stroke !== 'none' && parseFloat(cs.strokeWidth) > 0));
        if (reached.has(el)) return { again: true, ring: true, name: describe(el) };
        reached.set(el, describe(el));
        return { again: false, ring, name: describe(el) };
      },
    };
  });
  // Start from the top of the page, wherever focus is now.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.id = 'tab-start';
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
  });
  const noRing: string[] = [];
  let stops = 0;
  let blank = 0;
  for (; stops < 400; stops++) {
    await page.keyboard.press('Tab');
    const now = await page.evaluate(() =>
      (
        window as unknown as {
          __tab: { current(): { again: boolean; ring: boolean; name: string } | null };
        }
      ).__tab.current(),
    );
    if (!now) {
      // Past the last control, focus leaves the page once before Tab starts over.
      if (++blank > 2) break;
      continue;
    }
    if (now.again) break;
    if (!now.ring) noRing.push(now.name);
  }
  const unreached = await page.evaluate(() => {
    document.getElementById('tab-start')?.remove();
    const t = (
      window as unknown as {
        __tab: {
          controls: Element[];
          reached: Map<Element, string>;
          describe(el: Element): string;
        };
      }
    ).__tab;
    return t.controls.filter((el) => !t.reached.has(el)).map(t.describe);
  });
  return { unreached, noRing, stops };
}

test.describe('keyboard: Tab reaches every control, each with a visible focus ring', () => {
  test('the normal view, in both languages', async ({ page }) => {
    test.slow();
    await openApp(page, '/?map=svg');
    const zh = await tabThrough(page);
    expect(zh.stops).toBeGreaterThan(20);
    expect(zh.unreached, 'controls Tab never reaches').toEqual([]);
    expect(zh.noRing, 'stops without a visible focus ring').toEqual([]);
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const en = await tabThrough(page);
    expect(en.unreached, 'controls Tab never reaches (English)').toEqual([]);
    expect(en.noRing, 'stops without a visible focus ring (English)').toEqual([]);
  });

  test('presentation mode', async ({ page }) => {
    test.slow();
    await page.goto('/?map=svg&tour=ownership&step=2');
    await expect(page.getByTestId('present-title')).toBeVisible({ timeout: 30_000 });
    await page.waitForFunction(
      () => (window as unknown as { __atlasMap?: { idle(): boolean } }).__atlasMap?.idle() === true,
    );
    const r = await tabThrough(page);
    expect(r.stops).toBeGreaterThan(5);
    expect(r.unreached, 'controls Tab never reaches').toEqual([]);
    expect(r.noRing, 'stops without a visible focus ring').toEqual([]);
  });
});
