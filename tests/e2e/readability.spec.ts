/**
 * Readable at a glance (issue #17): the timeline fits itself to what the filters leave, names the
 * events of a small view with whole, separate labels, the cluster list is never hidden, the time
 * window can be typed as years, and Enter/Esc move focus between an event and its details.
 * At 1920×1080 and 1280×720, in Chinese and English. No counts from today's data are assumed.
 */
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];
const LANGS = ['zh', 'en'] as const;
const SHANDONG = '370000';

// The timeline is what is tested here: the lighter SVG map will do.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('reform-atlas.map', 'svg'));
});

/** The main plot's time range, read off the app's own scale via the first and last tick. */
async function axisYears(page: Page): Promise<[number, number]> {
  const years = await page
    .locator('.timeline .back .tick text')
    .evaluateAll((els) =>
      els.map((e) => Number(/(\d{4})/.exec(e.textContent ?? '')?.[1])).filter((y) => y > 0),
    );
  return [Math.min(...years), Math.max(...years)];
}

/** Label boxes against the plot and against each other. */
async function labelBoxes(page: Page) {
  return page.evaluate(() => {
    const plot = document.querySelector('.timeline .plot')!.getBoundingClientRect();
    const axis = document.querySelector('.timeline .back .axis')!.getBoundingClientRect();
    const lanes = document.querySelector('.timeline .lanes')!.getBoundingClientRect();
    const boxes = [...document.querySelectorAll<SVGTextElement>('.timeline .label')].map((t) => {
      const r = t.getBoundingClientRect();
      return {
        id: t.dataset.id!,
        cut: t.hasAttribute('data-cut') || (t.textContent ?? '').endsWith('…'),
        x0: r.left,
        x1: r.right,
        y0: r.top,
        y1: r.bottom,
      };
    });
    return { boxes, left: lanes.right, right: axis.right, top: plot.top, bottom: axis.top };
  });
}

for (const size of SIZES) {
  for (const lang of LANGS) {
    const at = `${size.width}×${size.height} ${lang}`;

    test(`fit to filter: Shandong since 2012 fills the axis (${at})`, async ({ page }) => {
      await page.setViewportSize(size);
      await openApp(page, `/?lang=${lang}`);
      const [all0, all1] = await axisYears(page);
      await page.goto(`/?lang=${lang}&regions=${SHANDONG}&from=2012-01-01`);
      await expect(page.locator('.timeline .mark:not(.dim)').first()).toBeVisible();
      // The events' own years, from the data the app shows.
      const ids = await page
        .locator('.timeline .mark:not(.dim)')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
      expect(ids.length).toBeGreaterThan(0);
      await expect
        .poll(async () => {
          const [a, b] = await axisYears(page);
          return b - a;
        })
        .toBeLessThan((all1 - all0) / 2);
      const [a, b] = await axisYears(page);
      expect(a).toBeGreaterThanOrEqual(2011);
      // Every filtered-in mark is inside the plot.
      const plot = (await page.locator('.timeline .back .axis').boundingBox())!;
      for (const id of ids) {
        const m = (await page.locator(`.timeline .mark[data-id="${id}"]`).boundingBox())!;
        expect(m.x).toBeGreaterThanOrEqual(plot.x - 1);
        expect(m.x).toBeLessThanOrEqual(plot.x + plot.width + 1);
      }
      expect(b).toBeGreaterThan(a);
      // "All years" goes back; the user's zoom then stays until the filters change.
      await page
        .getByRole('button', { name: lang === 'zh' ? '显示全部年份' : 'Show all years' })
        .click();
      await expect.poll(async () => (await axisYears(page))[0]).toBeLessThan(1995);
    });

    test(`a small view names every event, whole and apart (${at})`, async ({ page }) => {
      await page.setViewportSize(size);
      await openApp(page, `/?lang=${lang}&regions=${SHANDONG}&from=2012-01-01`);
      const active = page.locator('.timeline .mark:not(.dim)');
      await expect.poll(() => active.count()).toBeGreaterThan(0);
      await page.waitForTimeout(600); // the fit's animation
      const n = await active.count();
      expect(n).toBeLessThanOrEqual(30);
      const { boxes, left, right, top, bottom } = await labelBoxes(page);
      const ids = await active.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
      const named = boxes.filter((b) => ids.includes(b.id) && !b.cut);
      // ≥ 80% at 1280×720 (short panel), every one at 1920×1080.
      const need = size.width === 1920 ? n : Math.ceil(0.8 * n);
      expect(named.length).toBeGreaterThanOrEqual(need);
      for (const b of boxes) {
        expect(b.x0, `${b.id} inside the plot`).toBeGreaterThanOrEqual(left - 0.5);
        expect(b.x1, `${b.id} inside the plot`).toBeLessThanOrEqual(right + 0.5);
        expect(b.y0).toBeGreaterThanOrEqual(top);
        expect(b.y1).toBeLessThanOrEqual(bottom + 0.5);
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [p, q] = [boxes[i]!, boxes[j]!];
          const apart = p.x1 <= q.x0 || q.x1 <= p.x0 || p.y1 <= q.y0 + 1 || q.y1 <= p.y0 + 1;
          expect(apart, `${p.id} and ${q.id} overlap`).toBe(true);
        }
      }
      // A click on a label selects its event, like a click on its dot.
      const first = page.locator('.timeline .label').first();
      const id = await first.getAttribute('data-id');
      await first.click();
      await expect(page).toHaveURL(new RegExp(`sel=${id}`));
    });

    test(`the cluster list is whole, on top and inside the viewport (${at})`, async ({ page }) => {
      await page.setViewportSize(size);
      await openApp(page, `/?lang=${lang}`);
      // The biggest bubble on the timeline.
      const counts = await page
        .locator('.timeline .cluster')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
      expect(counts.length).toBeGreaterThan(0);
      const bubble = page
        .locator(`.timeline .cluster[data-count="${Math.max(...counts)}"]`)
        .first();
      const key = await bubble.getAttribute('data-key');
      await bubble.click();
      const list = page.locator('.cluster-list');
      await expect(list).toBeVisible();
      const probe = await list.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const hit = (x: number, y: number) => el.contains(document.elementFromPoint(x, y));
        return {
          r: { x: r.x, y: r.y, w: r.width, h: r.height },
          centre: hit(r.x + r.width / 2, r.y + r.height / 2),
          corners: [
            hit(r.x + 4, r.y + 4),
            hit(r.right - 4, r.y + 4),
            hit(r.x + 4, r.bottom - 4),
            hit(r.right - 4, r.bottom - 4),
          ],
          vw: innerWidth,
          vh: innerHeight,
        };
      });
      expect(probe.centre).toBe(true);
      expect(probe.corners).toEqual([true, true, true, true]);
      expect(probe.r.x).toBeGreaterThanOrEqual(0);
      expect(probe.r.y).toBeGreaterThanOrEqual(0);
      expect(probe.r.x + probe.r.w).toBeLessThanOrEqual(probe.vw);
      expect(probe.r.y + probe.r.h).toBeLessThanOrEqual(probe.vh);
      // Every item can be scrolled to and is fully inside the list.
      const items = list.getByRole('listitem');
      await expect(items).toHaveCount(Math.min(30, Math.max(...counts)));
      // Keyboard: focus is inside; ↓ moves; Esc closes and returns focus to the bubble.
      await expect
        .poll(() => list.evaluate((el) => el.contains(document.activeElement)))
        .toBe(true);
      const before = await page.evaluate(() => document.activeElement?.textContent);
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.textContent)).not.toBe(before);
      await page.keyboard.press('Escape');
      await expect(list).toHaveCount(0);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe(key);
    });
  }
}

test('the year fields set the window, refuse a bad year and keep it', async ({ page }) => {
  await openApp(page);
  const from = page.getByRole('textbox', { name: '起始年份' });
  const to = page.getByRole('textbox', { name: '结束年份' });
  await from.fill('2016');
  await to.fill('2018');
  await to.press('Enter');
  await expect(page).toHaveURL(/from=2016-01-01.*to=2018-12-31/);
  // The main timeline follows the window.
  await expect.poll(async () => (await axisYears(page))[0]).toBeGreaterThanOrEqual(2015);
  expect((await axisYears(page))[1]).toBeLessThanOrEqual(2019);
  // A bad year: a message, the text stays, the window does not change.
  await from.fill('20l6');
  await from.press('Enter');
  await expect(page.locator('#year-error')).toHaveText('请填写四位数的年份，例如 2012。');
  await expect(from).toHaveValue('20l6');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/from=2016-01-01/);
  await from.fill('2019');
  await from.press('Enter');
  await expect(page.locator('#year-error')).toHaveText('起始年份不能晚于结束年份。');
  await expect(page).toHaveURL(/from=2016-01-01/);
  // A preset per era: 2012– 创新驱动.
  await page
    .getByRole('group', { name: '按时期' })
    .getByRole('button', { name: /^2012–至今 创新驱动/ })
    .click();
  await expect(page).toHaveURL(/from=2012-11-01/);
  await expect(from).toHaveValue('2012');
  await expect(page.locator('#year-error')).toBeHidden();
});

test('Enter on an event moves focus to its details; Esc brings it back', async ({ page }) => {
  await openApp(page);
  await page.locator('.timeline .plot').focus();
  await page.keyboard.press('ArrowRight');
  const announcer = page.getByTestId('timeline-announcer');
  await expect(announcer).toHaveText(/第 1 项/);
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 2 });
  await expect(heading).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('.timeline .plot')).toBeFocused();
  // Still on the same event: → goes on to the second.
  await page.keyboard.press('ArrowRight');
  await expect(announcer).toHaveText(/第 2 项/);
  // And from the event list tab too: Enter brings the details forward.
  await page.getByRole('tab', { name: '事件列表' }).click();
  await page.locator('.timeline .plot').focus();
  await page.keyboard.press('Enter');
  await expect(heading).toBeFocused();
});
