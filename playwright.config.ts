import { defineConfig } from '@playwright/test';

/** Playwright drives Debian's Chromium (never a downloaded browser) against the preview build. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/**
 * The tests drive Debian's headless shell (chromium-headless-shell: the same Blink, V8 and Skia as
 * the full browser, without its window machinery; what Playwright runs headless by default). On a
 * 2-core VM four specs took 66 s in it against 85 s in the full `chromium`, the same 48 tests
 * passing. The benchmark keeps the full browser, as users run it (bench/run.ts).
 * tests/setup/ensure-browser.mjs installs either (it runs before any TypeScript, so it names the
 * same two default paths).
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';

/** E2E_PORT lets parallel runs use their own preview server (with ATLAS_OUT_DIR for the build). */
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: port === 4173 ? 'test-results' : `test-results-${port}`,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumArgs,
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
