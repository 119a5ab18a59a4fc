/**
 * The release archive for IT (npm run release → scripts/release.ts), packed from this run's two
 * builds, then used as IT would: unpacked (with Info-ZIP's unzip when the machine has it, as on a
 * server), checked with `sha256sum -c SHA256SUMS`, the web build opened under a sub-path of a
 * plain static server, the single file opened from file://.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { test as base, expect } from './fixtures';
import { serveStatic, type StaticServer } from '../static-server';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
// Outside the repository: the unpacked scripts are no business of eslint and prettier.
const WORK = join(tmpdir(), `atlas-release-${process.env.E2E_PORT ?? 4173}`);
const ZIP = join(WORK, `reform-atlas-${version}.zip`);
const UNPACKED = join(WORK, 'unpacked');
const PREFIX = '/intranet/tools/atlas/';

const test = base.extend<{ site: StaticServer }>({
  // Playwright reads a fixture's dependencies from its first parameter: this one has none.
  // eslint-disable-next-line no-empty-pattern
  site: async ({}, use) => {
    const site = await serveStatic({ root: join(UNPACKED, 'dist'), prefix: PREFIX });
    await use(site);
    await site.close();
  },
  // The fixtures' guard fails a test on any request off this origin.
  baseURL: async ({ site }, use) => use(site.url),
});

// One worker, in order: the archive is built once, then used.
test.describe.configure({ mode: 'serial' });

/** Every file under `dir`, relative to it, '/'-separated. */
const listFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory()
      ? listFiles(join(dir, name)).map((f) => `${name}/${f}`)
      : [name],
  );

test.beforeAll(() => {
  rmSync(WORK, { recursive: true, force: true });
  execFileSync(join('node_modules', '.bin', 'tsx'), ['scripts/release.ts', '--out', WORK], {
    stdio: 'pipe',
  });
  mkdirSync(UNPACKED, { recursive: true });
  if (existsSync('/usr/bin/unzip')) {
    execFileSync('/usr/bin/unzip', ['-q', ZIP, '-d', UNPACKED]);
  } else {
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(ZIP)))) {
      mkdirSync(dirname(join(UNPACKED, path)), { recursive: true });
      writeFileSync(join(UNPACKED, path), bytes);
    }
  }
});

test.afterAll(() => rmSync(WORK, { recursive: true, force: true }));

test('holds both builds, the nginx recipe, the licence and the notes, all checksummed', () => {
  const files = listFiles(UNPACKED).sort();
  expect(files).toEqual(
    expect.arrayContaining([
      'dist/index.html',
      'dist/favicon.svg',
      'reform-atlas.html',
      'nginx/reform-atlas.conf',
      'LICENSE',
      '部署说明.txt',
      'SHA256SUMS',
    ]),
  );
  // dist/ is this run's web build, file for file, byte for byte.
  const dist = resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
  expect(files.filter((f) => f.startsWith('dist/')).sort()).toEqual(
    listFiles(dist)
      .map((f) => `dist/${f}`)
      .sort(),
  );
  for (const f of listFiles(dist))
    expect(readFileSync(join(UNPACKED, 'dist', f)).equals(readFileSync(join(dist, f))), f).toBe(
      true,
    );

  // SHA256SUMS lists every other file once, in sha256sum's format, and they all match.
  const sums = readFileSync(join(UNPACKED, 'SHA256SUMS'), 'utf8').trimEnd().split('\n');
  const listed = sums.map((line) => {
    const m = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    expect(m, line).not.toBeNull();
    const bytes = readFileSync(join(UNPACKED, m![2]!));
    expect(createHash('sha256').update(bytes).digest('hex'), m![2]).toBe(m![1]);
    return m![2]!;
  });
  expect(listed.sort()).toEqual(files.filter((f) => f !== 'SHA256SUMS'));
  const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: UNPACKED, encoding: 'utf8' });
  expect(check.stdout + check.stderr).not.toMatch(/FAILED|WARNING/);
  expect(check.status).toBe(0);

  expect(readFileSync(join(UNPACKED, 'LICENSE'), 'utf8')).toMatch(
    /^MIT License\n\nCopyright \(c\) 2026 Reform Atlas contributors\n/,
  );
  // The notes open right in Notepad: UTF-8 with a BOM, CRLF lines; they name this version.
  const notes = readFileSync(join(UNPACKED, '部署说明.txt'));
  expect([...notes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = notes.toString('utf8');
  expect(text).not.toMatch(/[^\r]\n/);
  expect(text).toContain(`v${version}`);
  expect(text).toMatch(/数据截至 \d{4}年/);
  expect(text).not.toMatch(/\{\w+\}/);
  for (const topic of ['nginx', 'reform-atlas.html', '更新数据', 'sha256sum -c SHA256SUMS'])
    expect(text).toContain(topic);
});

test('the unpacked web build works under a sub-path of a plain static server', async ({
  page,
  site,
}) => {
  // The SVG map: the same files as dist/ (the first test), whose WebGL map and worker
  // deploy-subpath.spec.ts already runs from a sub-path.
  await page.goto(`${site.url}?lang=zh&map=svg`);
  await expect(page.locator('.timeline .mark, .timeline .cluster').first()).toBeVisible();
  await page.locator('.mark[data-id="sichuan-ownership-reform"]').click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/四川/);
  await expect(page.getByTestId('edition')).toContainText(`v${version} · 数据截至`);
  expect(site.requests.filter((r) => !r.url.startsWith(PREFIX) || r.status !== 200)).toEqual([]);
  expect(site.requests.some((r) => /\/assets\/svg-map-[\w-]+\.js/.test(r.url))).toBe(true);
});

test.describe('the single file', () => {
  // The fixtures' guard then fails the test on any request on http(s).
  test.use({ baseURL: pathToFileURL(UNPACKED + '/').href });

  // (Presenting from the single file: single-file.spec.ts.)
  test('opens from file://, selects, and requests nothing on http(s)', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url().slice(0, 60)));
    await page.goto(`${pathToFileURL(join(UNPACKED, 'reform-atlas.html')).href}?lang=zh`);
    await expect(page.locator('.timeline .mark, .timeline .cluster').first()).toBeVisible();
    await expect(page.getByTestId('edition')).toContainText(`v${version} · 数据截至`);
    await page.locator('.mark[data-id="sichuan-ownership-reform"]').click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(/四川/);
    expect(requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
  });
});
