import { test, expect, openApp, featureState } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

const OUT = `test-results-${process.env.E2E_PORT ?? 4173}`;

/** The print dialog cannot be driven: record that print() was called instead. */
const stubPrint = (page: Page) =>
  page.addInitScript(() => {
    window.print = () => {
      (window as unknown as { __printed: number }).__printed = Date.now();
    };
  });
const printed = (page: Page) =>
  page.waitForFunction(() => (window as unknown as { __printed?: number }).__printed);
const stepText = (page: Page) => page.getByTestId('present-step');
const title = (page: Page) => page.getByTestId('present-title');
const search = (page: Page) => new URL(page.url()).searchParams;
const setStepMs = (page: Page, ms: number | null) =>
  page.evaluate((v) => {
    (
      window as unknown as { __atlasPresent: { setStepMs(ms: number | null): void } }
    ).__atlasPresent.setStepMs(v);
  }, ms);

/** Open the app straight into presentation mode (the main timeline is hidden there). */
async function openPresent(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByTestId('present')).toBeVisible();
  await page.waitForFunction(
    () => (window as unknown as { __atlasMap?: { idle(): boolean } }).__atlasMap?.idle() === true,
  );
}

test.describe('presentation mode', () => {
  test('enters from the button, keeps the same map, and leaves with Esc', async ({ page }) => {
    await openApp(page);
    await page.evaluate(() => {
      const w = window as unknown as { __atlasMap: unknown; __mapBefore: unknown };
      w.__mapBefore = w.__atlasMap;
    });
    await page.getByRole('button', { name: '演示' }).click();
    await expect(page.getByTestId('present')).toBeVisible();
    await expect(page.locator('.timeline-area')).toBeHidden();
    await expect(page.locator('.detail-area')).toBeHidden();
    await expect(page.locator('header.header')).toBeHidden();
    await expect(stepText(page)).toHaveText(/^第 1 \/ \d+ 步$/);
    expect(search(page).get('present')).toBe('1');
    const same = await page.evaluate(() => {
      const w = window as unknown as { __atlasMap: unknown; __mapBefore: unknown };
      return w.__atlasMap === w.__mapBefore && document.querySelectorAll('.map .canvas').length;
    });
    expect(same, 'one map, the same instance').toBe(1);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('present')).toHaveCount(0);
    await expect(page.locator('.timeline-area')).toBeVisible();
    expect(search(page).get('present')).toBeNull();
    await page.keyboard.press('p');
    await expect(page.getByTestId('present')).toBeVisible();
  });

  test('steps with arrows, PageDown/PageUp, Home/End and number + Enter; the map follows', async ({
    page,
  }) => {
    await openPresent(page, '/?present=1');
    await expect(stepText(page)).toHaveText(/^第 1 \/ (\d+) 步$/);
    const count = Number((await stepText(page).textContent())!.match(/\/ (\d+)/)![1]);
    expect(count).toBeGreaterThan(20);
    await page.keyboard.press('PageDown');
    await expect(stepText(page)).toHaveText(`第 2 / ${count} 步`);
    await page.keyboard.press('ArrowRight');
    await expect(stepText(page)).toHaveText(`第 3 / ${count} 步`);
    expect(search(page).get('step')).toBe('3');
    expect(search(page).get('sel')).toBeTruthy();
    await page.keyboard.press('PageUp');
    await page.keyboard.press('ArrowLeft');
    await expect(stepText(page)).toHaveText(`第 1 / ${count} 步`);
    await page.keyboard.press('ArrowLeft');
    await expect(stepText(page)).toHaveText(`第 1 / ${count} 步`);
    await page.keyboard.press('End');
    await expect(stepText(page)).toHaveText(`第 ${count} / ${count} 步`);
    await page.keyboard.press('Home');
    await expect(stepText(page)).toHaveText(`第 1 / ${count} 步`);
    await page.keyboard.type('12');
    await expect(page.getByTestId('present-jump')).toContainText('12');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('present-jump')).toHaveCount(0);
    await expect(stepText(page)).toHaveText(`第 12 / ${count} 步`);
    // The selected event is the step's: the map lights its provinces.
    await page.keyboard.type('9999');
    await page.keyboard.press('Enter');
    await expect(stepText(page)).toHaveText(`第 ${count} / ${count} 步`);
  });

  test('an approximate date says so on the card, in both languages; an exact one does not', async ({
    page,
  }) => {
    // The party tour: step 1 (the 2018 institutional reform) is dated by its sources, step 2 (the
    // reform commission's 18th meeting) only as a range between two other meetings.
    await openPresent(page, '/?tour=party&step=2');
    const date = page.getByTestId('present-date');
    await expect(title(page)).toHaveText('中央深改委第十八次会议');
    await expect(date).toHaveText(/^约\d{4}年/);
    await page.keyboard.press('ArrowLeft');
    await expect(stepText(page)).toHaveText('第 1 / 8 步');
    await expect(date).toHaveText(/^\d{4}年/);
    await openPresent(page, '/?tour=party&step=2&lang=en');
    await expect(date).toHaveText(/^c\. \d{1,2} [A-Z][a-z]{2} \d{4} – /);
  });

  test('autoplay advances, Space pauses, and it stops at the end', async ({ page }) => {
    await openPresent(page, '/?tour=party');
    // Slow steps while checking that it advances and pauses (a loaded CI machine must not race
    // past the check), then fast steps to the end.
    await setStepMs(page, 1500);
    await expect(stepText(page)).toHaveText('第 1 / 8 步');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('present-play')).toHaveAttribute('aria-pressed', 'true');
    await expect(stepText(page)).toHaveText('第 2 / 8 步');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('present-play')).toHaveAttribute('aria-pressed', 'false');
    const paused = await stepText(page).textContent();
    // Longer than one step: had Space not paused, the step would have moved on.
    await page.waitForTimeout(2000);
    await expect(stepText(page)).toHaveText(paused!);
    await setStepMs(page, 250);
    await page.getByTestId('present-play').click();
    await expect(stepText(page)).toHaveText('第 8 / 8 步');
    await expect(page.getByTestId('present-play')).toHaveAttribute('aria-pressed', 'false');
  });

  test('cumulative mode keeps every province reached so far shaded, and the count grows', async ({
    page,
  }) => {
    await openPresent(page, '/?tour=ownership');
    await page.getByTestId('present-cumulative').click();
    const reached = page.getByTestId('present-reached');
    await expect(reached).toBeVisible();
    const counts: number[] = [];
    const sichuan: boolean[] = [];
    for (let i = 0; i < 7; i++) {
      if (i) await page.keyboard.press('PageDown');
      await expect(stepText(page)).toHaveText(`第 ${i + 1} / 7 步`);
      counts.push(Number((await reached.textContent())!.match(/\d+/)![0]));
      await expect
        .poll(() => featureState(page, '510000').then((s) => typeof s.reached))
        .toBe('boolean');
      sichuan.push((await featureState(page, '510000')).reached === true);
    }
    for (let i = 1; i < counts.length; i++)
      expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]!);
    expect(counts[counts.length - 1]).toBeGreaterThan(counts[0]!);
    // Sichuan is reached at step 3 (its pilot) and stays shaded afterwards.
    expect(sichuan.slice(2)).toEqual([true, true, true, true, true]);
    await page.screenshot({ path: `${OUT}/present-cumulative.png` });
    await page.keyboard.press('c');
    await expect(reached).toHaveCount(0);
    await expect.poll(() => featureState(page, '510000').then((s) => s.reached)).toBe(false);
  });

  test('a tour URL opens at its step, with its narration and its event selected', async ({
    page,
  }) => {
    await openPresent(page, '/?tour=ownership&step=3');
    await expect(stepText(page)).toHaveText('第 3 / 7 步');
    await expect(title(page)).toHaveText('四川率先探索职务科技成果权属改革');
    await expect(page.getByTestId('present')).toContainText('西南交大');
    await expect.poll(() => search(page).get('sel')).toBe('sichuan-ownership-reform');
    await expect.poll(() => featureState(page, '510000').then((s) => s.selected)).toBe(true);
  });

  test('a clicker alone runs a tour from start to end', async ({ page }) => {
    await openPresent(page, '/?present=1&tour=milestones&step=1');
    for (let i = 2; i <= 10; i++) {
      await page.keyboard.press('PageDown');
      await expect(stepText(page)).toHaveText(`第 ${i} / 10 步`);
    }
    await page.keyboard.press('PageDown');
    await expect(stepText(page)).toHaveText('第 10 / 10 步');
    await expect(title(page)).toContainText('中央科技委员会');
    await page.keyboard.press('PageUp');
    await expect(stepText(page)).toHaveText('第 9 / 10 步');
  });

  test('exports a 1920×1080 PNG of the current view', async ({ page }) => {
    await openPresent(page, '/?tour=ownership&step=3');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出图片' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^reform-atlas-sichuan-ownership-reform-\d{4}-\d{2}-\d{2}\.png$/,
    );
    const path = `${OUT}/present-export.png`;
    await download.saveAs(path);
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1920);
    expect(png.readUInt32BE(20)).toBe(1080);
  });

  test('prints an A4 landscape handout: map picture, selected event, the visible events', async ({
    page,
  }) => {
    await stubPrint(page);
    await openPresent(page, '/?tour=ownership&step=3');
    await page.getByRole('button', { name: '打印讲义' }).click();
    await printed(page);
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.print-handout');
    await expect(handout).toBeVisible();
    await expect(page.locator('.map-area')).toBeHidden();
    await expect(page.getByTestId('present')).toBeHidden();
    await expect(handout.locator('h3')).toHaveText('四川率先探索职务科技成果权属改革');
    await expect(handout.locator('img')).toHaveAttribute('src', /^data:image\/png;base64,/);
    const rows = await handout.locator('tbody tr').count();
    expect(rows).toBeGreaterThan(50);
    await expect(handout).toContainText('天地图');
    await page.screenshot({ path: `${OUT}/present-print.png`, fullPage: true });
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = pdf.match(/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/)!;
    // A4 landscape: 297 × 210 mm = 842 × 595 pt.
    expect(Math.round(Number(box[1]))).toBe(842);
    expect(Math.round(Number(box[2]))).toBe(595);
  });

  test('Ctrl+P prints the same handout, map picture included, outside presentation too', async ({
    page,
  }) => {
    await stubPrint(page);
    await openApp(page, '/?sel=sichuan-ownership-reform');
    await page.keyboard.press('Control+p');
    await printed(page);
    await page.emulateMedia({ media: 'print' });
    const handout = page.locator('.print-handout');
    await expect(handout).toBeVisible();
    await expect(handout.locator('img')).toHaveAttribute('src', /^data:image\/png;base64,/);
    await expect(handout.locator('h3')).toHaveText('四川率先探索职务科技成果权属改革');
  });

  test('F asks for full screen and copes with a refusal', async ({ page }) => {
    await openPresent(page, '/?present=1');
    await page.keyboard.press('f');
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            document.fullscreenElement !== null ||
            document.body.textContent!.includes('浏览器未允许全屏'),
        ),
      )
      .toBe(true);
    await expect(page.getByTestId('present')).toBeVisible();
  });

  for (const [w, h] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    test(`is legible at ${w}×${h} and re-lays out on resize`, async ({ page }) => {
      await page.setViewportSize({ width: w, height: h });
      await openPresent(page, '/?tour=ownership&step=3');
      await expect(title(page)).toBeVisible();
      const px = (sel: string) =>
        page
          .locator(sel)
          .first()
          .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      const scale = h / 1080;
      expect(await px('[data-testid="present-title"]')).toBeGreaterThanOrEqual(40 * scale - 0.5);
      expect(await px('.present-side .body')).toBeGreaterThanOrEqual(28 * scale - 0.5);
      expect(await px('.present-strip .label')).toBeGreaterThanOrEqual(18 * scale - 0.5);
      // Nothing essential below the fold, no horizontal scroll.
      const fits = await page.evaluate(() => ({
        x: document.documentElement.scrollWidth <= innerWidth,
        y: document.documentElement.scrollHeight <= innerHeight,
      }));
      expect(fits).toEqual({ x: true, y: true });
      await page.waitForFunction(
        () =>
          (window as unknown as { __atlasMap?: { idle(): boolean } }).__atlasMap?.idle() === true,
      );
      await page.screenshot({ path: `${OUT}/present-${w}x${h}.png` });
      // Moving to another screen size: the strip and the map follow.
      const other = w === 1920 ? { width: 1280, height: 720 } : { width: 1920, height: 1080 };
      await page.setViewportSize(other);
      await expect
        .poll(() =>
          page.locator('.present-strip').evaluate((el) => el.getBoundingClientRect().width),
        )
        .toBe(other.width);
      await expect
        .poll(() => page.locator('.map .canvas').evaluate((c) => c.getBoundingClientRect().height))
        .toBeGreaterThan(other.height * 0.6);
    });
  }
});

test('P pressed before presentation mode has loaded still opens it when it arrives', async ({
  page,
}) => {
  // Presentation mode comes after the first frame; on a slow PC that can be a second after the
  // timeline shows. Hold its chunk back to make that window wide.
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/PresentMode-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.locator('.timeline .mark, .timeline .cluster').first()).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.getByTestId('present')).toHaveCount(0);
  release();
  await expect(page.getByTestId('present')).toBeVisible();
  await expect(page.getByTestId('present-step')).toContainText(/1 \/ \d+/);
});
