/**
 * The single-file build (npm run build:single) opened from file:// with no server: one
 * self-contained index.html with a hashed CSP; map, timeline, selection and presentation all work,
 * and nothing but file:, data: and blob: URLs is ever requested.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test, expect, featureState } from './fixtures';

// The single file must carry maplibre and its worker inline: drive the WebGL map.
test.use({ mapKind: 'webgl' });

const dir = resolve(process.env.ATLAS_SINGLE_DIR ?? 'dist-single');
const file = resolve(dir, 'index.html');
const href = pathToFileURL(file).href;

// The fixtures' guard compares every request's origin with baseURL's: file:// pages have the
// opaque origin "null", so anything on http(s) still fails the test.
test.use({ baseURL: pathToFileURL(dir + '/').href });

test.beforeAll(() => {
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build:single first`);
});

test('is one self-contained file with a strict, hashed CSP', () => {
  expect(readdirSync(dir)).toEqual(['index.html']);
  const html = readFileSync(file, 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1]?.split(/\s+/) ?? [];
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc.filter((s) => s.startsWith("'sha256-")).length).toBeGreaterThan(0);
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toMatch(/https?:/);
  // Nothing refers to another file: no src/href but data: URLs (and the page's own anchors).
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
  const refs = [...markup.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
  expect(refs.filter((r) => !r.startsWith('data:') && !r.startsWith('#'))).toEqual([]);
});

test('works from file://: map, timeline, selection, presentation', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('__violation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __violation(v: string): void }).__violation(
        `${e.violatedDirective} ${e.blockedURI}`,
      ),
    ),
  );
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url().slice(0, 60)));

  await page.goto(`${href}?lang=zh`);
  await expect(page.locator('.timeline .mark, .timeline .cluster').first()).toBeVisible();
  await page.waitForFunction(
    () => (window as unknown as { __atlasMap?: { idle(): boolean } }).__atlasMap?.idle() === true,
  );
  expect(
    await page.evaluate(
      () => (window as unknown as { __atlasMap: { kind: string } }).__atlasMap.kind,
    ),
  ).toBe('webgl');

  await page.locator('.mark[data-id="sichuan-ownership-reform"]').click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/四川/);
  await expect.poll(() => featureState(page, '510000')).toMatchObject({ selected: true });
  // The state is in the address bar, even on file://.
  await expect.poll(() => page.url()).toContain('sel=sichuan-ownership-reform');

  await page.getByRole('button', { name: '演示' }).click();
  await expect(page.getByTestId('present')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.url()).toContain('present=1');

  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: test.info().outputPath('single-file-1280x720.png') });
  expect(violations).toEqual([]);
  expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
});
