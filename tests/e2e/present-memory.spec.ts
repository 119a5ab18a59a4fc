/**
 * Memory over a long autoplay: 300 steps on synthetic data must keep the heap and the DOM flat
 * (no listener, timer or layer leaking per step). Numbers are printed for the report. The 500-step
 * budget (≤ 5 MB) is a target of `npm run bench`, which runs the same autoplay at full size.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { syntheticCsv } from '../../bench/synthetic';

// The per-step cost is the map's software (SwiftShader) rendering, so a smaller viewport keeps
// the steps within the time limit; what leaks per step does not depend on the size.
test.use({
  viewport: { width: 1024, height: 576 },
  launchOptions: {
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  },
});

interface Sample {
  heap: number;
  nodes: number;
  step: number;
}

async function sample(page: Page): Promise<Sample> {
  return page.evaluate(async () => {
    const w = window as unknown as { gc?: () => void };
    for (let i = 0; i < 3; i++) {
      w.gc?.();
      await new Promise((r) => setTimeout(r, 100));
    }
    const text = document.querySelector('[data-testid="present-step"]')?.textContent ?? '';
    return {
      heap: (performance as unknown as { memory: { usedJSHeapSize: number } }).memory
        .usedJSHeapSize,
      nodes: document.getElementsByTagName('*').length,
      step: Number(text.match(/(\d+)\s*\//)?.[1] ?? 0),
    };
  });
}

const waitForStep = (page: Page, n: number) =>
  page.waitForFunction(
    (target) => {
      const t = document.querySelector('[data-testid="present-step"]')?.textContent ?? '';
      return Number(t.match(/(\d+)\s*\//)?.[1] ?? 0) >= target;
    },
    n,
    { timeout: 280_000, polling: 250 },
  );

test('300 autoplay steps keep memory and the DOM flat', async ({ page }) => {
  test.setTimeout(600_000);
  await page.route('**/synthetic-present.csv', (route) =>
    route.fulfill({ contentType: 'text/csv', body: syntheticCsv(600, 7) }),
  );
  await page.goto('/?data=synthetic-present.csv&present=1');
  await expect(page.getByTestId('present-step')).toHaveText('第 1 / 600 步');
  await page.waitForFunction(
    () => (window as unknown as { __atlasMap?: { idle(): boolean } }).__atlasMap?.idle() === true,
  );
  expect(await page.evaluate(() => typeof (window as { gc?: unknown }).gc)).toBe('function');
  await page.evaluate(() =>
    (
      window as unknown as { __atlasPresent: { setStepMs(ms: number): void } }
    ).__atlasPresent.setStepMs(1),
  );
  await page.getByTestId('present-cumulative').click();
  await page.getByTestId('present-play').click();

  // Each reading pauses autoplay first, so the heap is measured at rest (not mid-step, with a
  // frame's buffers in flight), then resumes.
  const play = page.getByTestId('present-play');
  const atRest = async () => {
    await play.click();
    await expect(play).toHaveAttribute('aria-pressed', 'false');
    await page.waitForTimeout(500);
    const s = await sample(page);
    await play.click();
    return s;
  };
  await waitForStep(page, 40);
  const warm = await atRest();
  await waitForStep(page, warm.step + 125);
  const mid = await atRest();
  await waitForStep(page, warm.step + 250);
  const end = await atRest();
  await play.click();

  const mb = (b: number) => (b / 1048576).toFixed(1);
  console.log(
    `memory over autoplay: step ${warm.step}: ${mb(warm.heap)} MB, ${warm.nodes} nodes; ` +
      `step ${mid.step}: ${mb(mid.heap)} MB, ${mid.nodes} nodes; ` +
      `step ${end.step}: ${mb(end.heap)} MB, ${end.nodes} nodes`,
  );
  expect(end.step - warm.step).toBeGreaterThanOrEqual(240);
  // Flat: the DOM does not grow per step (a node left behind per step is 240 nodes or more here); the heap
  // grows by less than 2.5 MB over the 240+ steps measured and by less than 1.5 MB over the last 120+ (caches
  // warm) — a leak of one listener or layer per step grows steadily in both halves.
  expect(Math.abs(end.nodes - warm.nodes)).toBeLessThanOrEqual(20);
  expect(end.heap - warm.heap).toBeLessThan(2.5 * 1048576);
  expect(end.heap - mid.heap).toBeLessThan(1.5 * 1048576);
});
