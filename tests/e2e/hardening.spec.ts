/**
 * Hardening in the browser: 120 fuzzed URL states (every parameter, hostile and oversized values),
 * hostile text in every field of an events file, the Content Security Policy of the built page, and
 * the map without WebGL — zero uncaught errors, rejections or CSP violations, and the app falls back
 * to defaults with a notice.
 */
import { readFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from '../../playwright.config';
import { fuzzUrls, HOSTILE } from '../../bench/fuzz-urls';
import { syntheticEvents } from '../../bench/synthetic';
import { eventsToCsv, parseCsv } from '../../src/lib/data/csv';
import { PASSTHROUGH_PARAMS, URL_PARAMS } from '../../src/lib/state/url';
import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';

// 1,000 history entries in a few seconds would trip Chromium's navigation-flood guard.
test.use({
  launchOptions: {
    executablePath: chromiumPath,
    args: [...chromiumArgs, '--disable-ipc-flooding-protection'],
  },
});

const ids = (file: string, col: string) =>
  parseCsv(readFileSync(file, 'utf8')).rows.map((r) => r[col]!);
const vocab = {
  types: ids('data/taxonomy.csv', 'id'),
  ids: ids('data/events.csv', 'id'),
  regions: ['510000', 'jjj', '320100', '440300'],
  tours: [...new Set(ids('data/tours.csv', 'tour_id'))],
};

/** Records CSP violations and unhandled rejections from the first script on. */
const WATCH = `
  window.__violations = [];
  window.__rejections = [];
  addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
  addEventListener('unhandledrejection', (e) => window.__rejections.push(String(e.reason)));
`;

async function watched(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as {
      __violations: string[];
      __rejections: string[];
      __pwned?: unknown;
    };
    return { violations: w.__violations, rejections: w.__rejections, pwned: w.__pwned ?? null };
  });
}
const CLEAN = { violations: [], rejections: [], pwned: null };

const frame = (page: Page) =>
  page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

test('120 fuzzed URL states through back/forward: no error, and garbage gives the defaults', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.addInitScript(WATCH);
  await openApp(page);
  const status = page.getByRole('banner').getByRole('status');
  const initial = await status.textContent();
  // 1,000 states took two minutes of the suite and 300 took ~30 s, both clean. 120 are enough when
  // they reach every parameter the app reads, with hostile markup and oversized values among them:
  // checked here, so that the sample cannot silently skip one. (tests/unit/hardening.test.ts runs
  // 1,000 through the URL parser itself.)
  const urls = fuzzUrls(120, vocab, 2026);
  const decoded = urls.map((q) => {
    try {
      return decodeURIComponent(q);
    } catch {
      return q;
    }
  });
  for (const key of [...URL_PARAMS, ...PASSTHROUGH_PARAMS])
    expect(
      decoded.filter((q) => new RegExp(`(^|[&;=])${key}=`).test(q)).length,
      key,
    ).toBeGreaterThan(2);
  for (const h of HOSTILE)
    expect(
      decoded.some((q) => q.includes(h)),
      h,
    ).toBe(true);
  expect(urls.some((q) => q.length > 2_000)).toBe(true);
  const refused = await page.evaluate(async (urls) => {
    let refused = 0;
    for (let i = 0; i < urls.length; i++) {
      try {
        history.pushState(null, '', '?' + urls[i]);
      } catch {
        refused++; // the browser itself refuses some URLs (too long): not the app's business
        continue;
      }
      dispatchEvent(new PopStateEvent('popstate'));
      // A microtask lets Svelte apply and render this state; every 25th waits for a painted frame.
      await Promise.resolve();
      if (i % 25 === 24) await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    }
    return refused;
  }, urls);
  expect(refused).toBeLessThan(50);
  expect(await watched(page)).toEqual(CLEAN);

  // From a real state, a URL of nothing but garbage brings every default back.
  const sel = vocab.ids.find((id) => id.startsWith('sichuan'))!;
  for (const q of [
    `lang=zh&sel=${sel}&types=pilot`,
    `sel=${encodeURIComponent(HOSTILE[0]!)}&types=%3Cb%3E&zzz=1&step=-1`,
  ]) {
    await page.evaluate((q) => {
      history.pushState(null, '', '?' + q);
      dispatchEvent(new PopStateEvent('popstate'));
    }, q);
    await frame(page);
  }
  await expect(page.locator('.timeline .mark.selected')).toHaveCount(0);
  await expect(page.locator('.timeline .mark.dim')).toHaveCount(0);
  await expect(status).toHaveText(initial!);
  await expect(page).toHaveTitle(/科改图谱/);
});

/** Hand-made worst cases, each with at least one parameter the app must drop and name. */
const NASTY = [
  `sel=${encodeURIComponent(HOSTILE[0]!)}`,
  `types=${encodeURIComponent(HOSTILE[1]!)}&levels=${encodeURIComponent(HOSTILE[2]!)}`,
  `regions=${encodeURIComponent(HOSTILE[3]!)}&view=${encodeURIComponent(HOSTILE[4]!)}`,
  `tour=${encodeURIComponent(HOSTILE[5]!)}&step=${encodeURIComponent(HOSTILE[6]!)}`,
  // Over the app's 500-character limit, under the server's 16 KB header limit.
  `q=${'中'.repeat(600)}`,
  `sel=${'x'.repeat(6_000)}`,
  'from=%E0%A4%A&to=%ED%A0%80',
  '__proto__[x]=1&constructor=%00&lang=xx',
  'present=%3Cscript%3E&step=1e309&from=2020-13-45',
  'types=law,,,nope,law&levels=galactic&sel=constructor',
  `lang=${encodeURIComponent(HOSTILE[7]!)}&data=http://evil.example/x.csv`,
  'view=510000&view=<b>&sel=&sel=nope',
];

test('a dozen hostile links and the three longest fuzzed ones, opened directly: a notice, defaults, nothing runs', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.addInitScript(WATCH);
  // Longest as sent: emoji and CJK grow up to 6× when percent-encoded, and past the server's
  // 16 KB header limit the request never reaches the app.
  const sent = (q: string) => new URL(`/?${q}`, 'http://localhost').href.length;
  const longest = fuzzUrls(300, vocab, 7)
    .filter((q) => sent(q) < 12_000)
    .sort((a, b) => sent(b) - sent(a))
    .slice(0, 3);
  for (const q of [...NASTY, ...longest]) {
    await page.goto(`/?${q}`);
    // Loaded (a fuzzed query may legitimately match no event, so marks are not required). A
    // query that starts presentation mode hides the header and timeline by design: then the
    // presentation's step counter is what shows the app is up.
    const counter = page
      .getByRole('banner')
      .getByRole('status')
      .or(page.getByTestId('present-step'));
    await expect(counter).toHaveText(/\d/);
    if (await page.getByRole('banner').isVisible())
      await expect(page.locator('.timeline')).toBeVisible();
    if (NASTY.includes(q))
      await expect(page.getByRole('status').filter({ hasText: /已忽略|ignored/ })).toBeVisible();
    await expect(page.locator('img[src="x"], iframe, svg[onload], script:not([src])')).toHaveCount(
      0,
    );
    expect(await watched(page), q.slice(0, 200)).toEqual(CLEAN);
  }
});

function hostileCsv(): string {
  const events = syntheticEvents(3, 5).map((e, i) => ({
    ...e,
    id: `hostile-${i}`,
    level: 'provincial' as const,
    regions: ['510000'],
    titleZh: HOSTILE[i % HOSTILE.length]!,
    titleEn: HOSTILE[(i + 1) % HOSTILE.length]!,
    summaryZh: HOSTILE.join(' '),
    summaryEn: HOSTILE.join(' '),
    seedSection: HOSTILE[2]!,
    seedQuote: HOSTILE[1]!,
    // (A source title cannot hold '|': that is the field separator.)
    // An http(s) link whose text tries to break out of the attribute.
    sources: [
      {
        title: HOSTILE[1]!,
        url: 'https://www.gov.cn/"><svg/onload=window.__pwned=1>',
        date: '2020',
      },
    ],
    tags: ['<b>tag</b>'],
    note: HOSTILE[5]!,
  }));
  // A `javascript:` source is not a source: the validator rejects its row (and says so).
  const bad = {
    ...events[0]!,
    id: 'hostile-js-link',
    sources: [{ title: 'x', url: HOSTILE[3]!, date: '' }],
  };
  return eventsToCsv([...events, bad]);
}

test('hostile text in every field of an events file renders as text', async ({ page }) => {
  await page.addInitScript(WATCH);
  await page.route('**/hostile.csv', (route) =>
    route.fulfill({ contentType: 'text/csv', body: hostileCsv() }),
  );
  await openApp(page, '/?data=hostile.csv&lang=zh');
  await expect(page.getByRole('status').filter({ hasText: '1 处错误' })).toContainText('sources');
  await expect(page.locator('.mark[data-id="hostile-js-link"]')).toHaveCount(0);
  const mark = page.locator('.mark[data-id="hostile-0"]');
  await mark.click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(HOSTILE[0]!);
  await expect(page.getByText(HOSTILE[5]!).first()).toBeVisible();
  // Its title is drawn beside (or on) its mark and answers the pointer as the mark does.
  await page.locator('.timeline .label[data-id="hostile-0"]').hover();
  await expect(page.getByText(HOSTILE[0]!).first()).toBeVisible();
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(HOSTILE[1]!);

  await expect(page.locator('img[src="x"], iframe, svg[onload], script:not([src])')).toHaveCount(0);
  // A link is only a link to the web: never javascript: (the Content Security Policy aside).
  await expect(page.locator('a[href^="javascript:" i]')).toHaveCount(0);
  expect(await watched(page)).toEqual(CLEAN);
});

test('the built page carries a strict CSP, and the app works fully under it', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/')).text();
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const dir = new Map(
    csp.split(';').map((d) => {
      const [name, ...v] = d.trim().split(/\s+/);
      return [name!, v];
    }),
  );
  expect(dir.get('default-src')).toEqual(["'self'"]);
  for (const name of [
    'script-src',
    'worker-src',
    'connect-src',
    'img-src',
    'style-src',
    'font-src',
  ]) {
    const v = dir.get(name) ?? [];
    expect(v, name).toContain("'self'");
    // Only this origin, blob: and data: — no host, no scheme wildcard, no eval.
    expect(
      v.filter((s) => !["'self'", 'blob:', 'data:', "'unsafe-inline'"].includes(s)),
      name,
    ).toEqual([]);
  }
  expect(dir.get('script-src')).not.toContain("'unsafe-inline'");
  expect(dir.get('script-src')).not.toContain('data:');
  expect(dir.get('object-src')).toEqual(["'none'"]);
  expect([...html.matchAll(/<script\b([^>]*)>/g)].every((m) => /\ssrc=/.test(m[1]!))).toBe(true);

  await page.addInitScript(WATCH);
  await openApp(page);
  const mark = page.locator('.timeline .mark').nth(5);
  await mark.click();
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('.timeline').hover();
  await page.mouse.wheel(0, -300);
  await frame(page);
  expect(await watched(page)).toEqual(CLEAN);
});

test('without WebGL the SVG map takes over, under the same CSP, with no error', async ({
  page,
}) => {
  await page.addInitScript(`${WATCH}
    const get = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return /webgl/i.test(String(kind)) ? null : get.call(this, kind, ...rest);
    };`);
  await openApp(page);
  expect(
    await page.evaluate(
      () => (window as unknown as { __atlasMap: { kind: string } }).__atlasMap.kind,
    ),
  ).toBe('svg');
  const sichuan = vocab.ids.find((id) => id === 'sichuan-ownership-reform')!;
  await page.locator(`.mark[data-id="${sichuan}"]`).click();
  await expect
    .poll(() =>
      page.evaluate(() =>
        (
          window as unknown as { __atlasMap: { featureState(c: string): Record<string, unknown> } }
        ).__atlasMap.featureState('510000'),
      ),
    )
    .toMatchObject({ selected: true });
  expect(await watched(page)).toEqual(CLEAN);
});
