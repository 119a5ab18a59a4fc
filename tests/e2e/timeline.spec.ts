import type { Page } from '@playwright/test';
import { test, expect, openApp, featureState } from './fixtures';

const SICHUAN_EVENT = 'sichuan-ownership-reform';

const plot = (page: Page) => page.locator('.timeline .plot');
/** The plot's visible time range, read from its first and last axis tick. */
const ticks = (page: Page) => page.locator('.timeline .back .tick text').allTextContents();
const markX = async (page: Page, id: string) =>
  (await page.locator(`.timeline .mark[data-id="${id}"]`).boundingBox())!;

/** Set the time window as a user would: the filter panel's year fields, then Enter. */
async function setYears(page: Page, from: string, to: string) {
  // At 1280×720 the filter panel starts folded.
  const toggle = page.getByRole('button', { name: '筛选', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await page.getByRole('textbox', { name: '起始年份' }).fill(from);
  const field = page.getByRole('textbox', { name: '结束年份' });
  await field.fill(to);
  await field.press('Enter');
  await expect(page).toHaveURL(new RegExp(`from=${from}-01-01.*to=${to}-12-31`));
}

async function ctrlWheel(page: Page, x: number, y: number, deltaY: number, times = 1) {
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  for (let i = 0; i < times; i++) {
    await page.mouse.wheel(0, deltaY);
    await page.waitForTimeout(30);
  }
  await page.keyboard.up('Control');
}

test('ctrl+wheel zooms in around the pointer; a plain wheel pans', async ({ page }) => {
  await openApp(page);
  const EARLIER = 'sti-finance-pilot-2011';
  const gap = async () => (await markX(page, SICHUAN_EVENT)).x - (await markX(page, EARLIER)).x;
  const before = await markX(page, SICHUAN_EVENT);
  const gap0 = await gap();
  expect(gap0).toBeGreaterThan(50);
  // One notch of ctrl+wheel (or a pinch) zooms about 1.5×, around the pointer.
  await ctrlWheel(page, before.x + 4, before.y + 4, -150);
  await expect.poll(gap).toBeGreaterThan(gap0 * 1.5);
  expect(Math.abs((await markX(page, SICHUAN_EVENT)).x - before.x)).toBeLessThan(12);

  // A plain wheel pans instead of zooming.
  const x0 = (await markX(page, SICHUAN_EVENT)).x;
  const zoomedGap = await gap();
  await page.mouse.wheel(0, 200);
  await expect.poll(async () => (await markX(page, SICHUAN_EVENT)).x).toBeLessThan(x0 - 100);
  // Same spacing (within a few px of rounding): it moved, it did not zoom.
  expect(Math.abs((await gap()) - zoomedGap)).toBeLessThan(5);
});

test('zoomed in, no mark or bar draws over the lane names', async ({ page }) => {
  await openApp(page);
  const box = (await plot(page).boundingBox())!;
  for (let i = 0; i < 4; i++) await ctrlWheel(page, box.x + box.width * 0.6, box.y + 100, -200);
  // Marks and bars that begin left of the plot (cut "to the view plus a cell") exist at this zoom…
  const spill = await page.evaluate(() => {
    const p = document.querySelector<HTMLElement>('.timeline .plot')!;
    const left =
      p.getBoundingClientRect().left +
      parseFloat(getComputedStyle(p).getPropertyValue('--plot-left'));
    const edge = left - 7;
    return [...document.querySelectorAll('.timeline .mark, .timeline .cluster')]
      .map((m) => ({ m, r: m.getBoundingClientRect() }))
      .filter(({ r }) => r.left < edge - 1 && r.width > 0)
      .map(({ m, r }) => {
        // …and where they would show, left of the plot, the page has no mark to hit.
        const x = Math.max(r.left + 1, 1);
        const y = r.top + r.height / 2;
        return !!document.elementFromPoint(x, y)?.closest('.mark, .cluster') && x < edge
          ? (m.getAttribute('data-id') ?? 'cluster')
          : '';
      });
  });
  expect(spill.length, 'marks reaching left of the plot at this zoom').toBeGreaterThan(0);
  expect(spill.filter(Boolean)).toEqual([]);
});

test('zooming goes down to months and never past the data', async ({ page }) => {
  await openApp(page);
  const box = (await plot(page).boundingBox())!;
  await ctrlWheel(page, box.x + box.width / 2, box.y + box.height / 2, -600, 12);
  await expect.poll(async () => (await ticks(page)).some((t) => /^\d{1,2}月$/.test(t))).toBe(true);
  // Zoom all the way out again: whole years, from 1985.
  await ctrlWheel(page, box.x + box.width / 2, box.y + box.height / 2, 600, 16);
  await expect.poll(async () => (await ticks(page)).some((t) => t.includes('月'))).toBe(false);
  await expect(page.getByRole('button', { name: '显示全部年份' })).toBeDisabled();
});

test('dragging pans the zoomed timeline, bounded by the data', async ({ page }) => {
  await openApp(page);
  const box = (await plot(page).boundingBox())!;
  const m = await markX(page, SICHUAN_EVENT);
  await ctrlWheel(page, m.x + 4, m.y + 4, -150, 2);
  const x0 = (await markX(page, SICHUAN_EVENT)).x;
  const y = box.y + 12;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 150, y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await markX(page, SICHUAN_EVENT)).x).toBeGreaterThan(x0 + 140);
  // Dragging far right stops at 1985.
  await page.mouse.move(box.x + box.width / 3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 20, y, { steps: 8 });
  await page.mouse.up();
  await page.mouse.move(box.x + box.width / 3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 20, y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await ticks(page))[0]).toMatch(/^198[5-9]年/);
});

test('a click after zooming still selects the event', async ({ page }) => {
  await openApp(page);
  const m = await markX(page, SICHUAN_EVENT);
  await ctrlWheel(page, m.x + 4, m.y + 4, -300, 4);
  await page.waitForTimeout(100);
  await page.locator(`.timeline .mark[data-id="${SICHUAN_EVENT}"]`).click();
  await expect(page.getByTestId('announcer')).toHaveText(/^已选择：四川/);
  await expect.poll(() => featureState(page, '510000')).toMatchObject({ selected: true });
  await expect(page.locator(`.timeline .mark.selected[data-id="${SICHUAN_EVENT}"]`)).toBeVisible();
});

test('selecting an event off-screen brings it to the middle of the timeline', async ({ page }) => {
  await openApp(page);
  const box = (await plot(page).boundingBox())!;
  // Zoom far into the last years, at the plot's right end: the earliest events are off-screen.
  await ctrlWheel(page, box.x + box.width - 20, box.y + box.height / 2, -600, 6);
  await expect.poll(async () => (await ticks(page))[0]).toMatch(/^20[12]\d年/);
  // Select the earliest event from the event list: the same page, the same zoom, no reload.
  await page.getByRole('tab', { name: '事件列表' }).click();
  const row = page.locator('.list .row').first();
  const id = (await row.getAttribute('data-id'))!;
  const mark = page.locator(`.timeline .mark[data-id="${id}"]`);
  await expect(mark).toHaveCount(0);
  await row.getByRole('button').click();
  await expect(mark).toBeVisible();
  // It comes to the middle (the pan is animated): well inside the plot, not at an edge.
  await expect
    .poll(async () => {
      const m = (await mark.boundingBox())!;
      return Math.abs(m.x + m.width / 2 - (box.x + box.width / 2));
    })
    .toBeLessThan(box.width / 3);
});

test('brushing the overview sets the time window and changes the map counts', async ({ page }) => {
  await openApp(page);
  const province = '330000';
  const before = (await featureState(page, province)).count as number;
  const total = await page.locator('.timeline .mark').count();
  const strip = (await page.locator('.timeline .overview .bg').boundingBox())!;
  const y = strip.y + strip.height / 2;
  // The strip spans 1985 → 2027: brush roughly 1985–2010.
  await page.mouse.move(strip.x + 2, y);
  await page.mouse.down();
  await page.mouse.move(strip.x + strip.width * 0.6, y, { steps: 6 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=1985-01-01.*to=20\d\d-\d\d-\d\d/);
  await expect.poll(async () => (await featureState(page, province)).count).toBeLessThan(before);
  await expect.poll(() => page.locator('.timeline .mark').count()).toBeLessThan(total);
  // Outside the window is shaded on the main plot.
  await expect(page.locator('.timeline .outside')).toHaveCount(2);
  // A click on the strip outside the window clears it.
  await page.mouse.click(strip.x + strip.width * 0.9, y);
  await expect(page).not.toHaveURL(/from=/);
  await expect.poll(async () => (await featureState(page, province)).count).toBe(before);
});

test('the overview strip works from the keyboard and filters the map', async ({ page }) => {
  await openApp(page);
  const province = '330000';
  const before = (await featureState(page, province)).count as number;
  const strip = page.getByRole('slider', { name: /全时段概览/ });
  await strip.focus();
  await expect(strip).toHaveAttribute('aria-valuetext', '时间范围：全部年份');
  // Enter takes the view (all years); Ctrl+← twenty times cuts it to 1985–2006, → moves it on.
  await page.keyboard.press('Enter');
  for (let i = 0; i < 20; i++) await page.keyboard.press('Control+ArrowLeft');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/from=1986-01-01.*to=\d{4}-\d\d-\d\d/);
  await expect(strip).toHaveAttribute('aria-valuetext', /^时间范围：1986年1月1日—/);
  await expect.poll(async () => (await featureState(page, province)).count).toBeLessThan(before);
  await page.keyboard.press('Delete');
  await expect(page).not.toHaveURL(/from=/);
  await expect.poll(async () => (await featureState(page, province)).count).toBe(before);
});

test('keyboard stepping moves the map highlight; Enter opens the details', async ({ page }) => {
  await openApp(page);
  // Narrow the window around the Sichuan event so that → reaches it in a few steps.
  await setYears(page, '2015', '2016');
  await plot(page).focus();
  const announcer = page.getByTestId('timeline-announcer');
  await page.keyboard.press('ArrowRight');
  await expect(announcer).toHaveText(/第 \d+ 项，共 \d+ 项/);
  // However many events lie between the left edge and it (this grows with the data), → gets there.
  const total = Number(/共 (\d+) 项/.exec((await announcer.textContent()) ?? '')?.[1]);
  for (let i = 0; i < total; i++) {
    if ((await announcer.textContent())?.includes('四川率先')) break;
    await page.keyboard.press('ArrowRight');
  }
  await expect(announcer).toHaveText(/2015年11月，要素配置：四川率先/);
  await expect.poll(() => featureState(page, '510000')).toMatchObject({ selected: true });
  await expect(page.getByTestId('map-highlighted')).toHaveText(/四川/);
  await page.keyboard.press('ArrowRight');
  await expect(announcer).not.toHaveText(/四川率先/);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/四川/);
  // Enter moved focus to the details: Esc brings it back to the event, a second Esc deselects.
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(plot(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('announcer')).toHaveText('已取消选择');
});

test('a crowded cluster opens a list to pick from', async ({ page }) => {
  await openApp(page);
  const cluster = page.locator('.timeline .cluster').first();
  await expect(cluster).toBeVisible();
  const n = Number(await cluster.getAttribute('data-count'));
  await cluster.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('listitem')).toHaveCount(n);
  await dialog.getByRole('listitem').first().getByRole('button').click();
  await expect(page.getByTestId('announcer')).toHaveText(/^已选择：/);
  await expect(dialog).toHaveCount(0);
});

/** The plot's years, from its axis ticks (month ticks carry a year on January and the first tick). */
async function tickYearSpan(page: Page) {
  const years = (await ticks(page)).map((t) => Number(/(\d{4})/.exec(t)?.[1])).filter((y) => y > 0);
  return Math.max(...years) - Math.min(...years);
}

for (const [what, query] of [
  ['one type', 'types=open'],
  ['one event', 'q=cpc-decision-st-reform-1985'],
  ['a one-year window', 'from=2015&to=2015'],
] as const) {
  test(`a filtered load (${what}) fits the timeline with no console error, even on a slow page`, async ({
    page,
    guard,
  }) => {
    test.setTimeout(90_000);
    // A slow page: the fit then starts in a frame stamped long before it (a negative elapsed time
    // once made the zoom's tween pass through k ≈ 0, and every mark's x was NaN).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 2 });
    await page.goto(`/?${query}`);
    await expect(page.locator('.timeline .mark').first()).toBeVisible({ timeout: 45_000 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await cdp.detach();
    if (what === 'one event')
      await expect(page.locator('.timeline .mark:not(.dim)')).toHaveCount(1);
    // The fit has ended when the axis stops moving.
    let last = '';
    await expect
      .poll(async () => {
        const now = (await ticks(page)).join();
        const still = now === last;
        last = now;
        return still;
      })
      .toBe(true);
    const fitted = await tickYearSpan(page);
    const attrs = await page
      .locator('.timeline .mark circle, .timeline .mark rect')
      .evaluateAll((els) => els.flatMap((e) => ['cx', 'x', 'width'].map((a) => e.getAttribute(a))));
    expect(attrs).not.toContain('NaN');
    expect(guard.errors).toEqual([]);
    // It did zoom: "All years" shows more years.
    await page.getByRole('button', { name: '显示全部年份' }).click();
    await expect.poll(() => tickYearSpan(page)).toBeGreaterThan(fitted);
  });
}

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test(`timeline screenshot at ${size.width}×${size.height}`, async ({ page }, info) => {
    await page.setViewportSize(size);
    // A shared link with a selection (at 1280 px the full view shows this event in a bubble).
    await openApp(page, `/?sel=${SICHUAN_EVENT}`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(/四川/);
    const path = info.outputPath(`timeline-${size.width}x${size.height}.png`);
    await page.locator('.timeline').screenshot({ path });
    await info.attach(`timeline-${size.width}x${size.height}`, { path, contentType: 'image/png' });
    // Lane labels stay readable: at least 12 px.
    const sizes = await page
      .locator('.timeline .lane-label')
      .evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
  });
}
