/**
 * The nginx recipe (deploy/nginx/reform-atlas.conf) as IT would use it: included in a server block
 * of a minimal nginx.conf, its folder pointed at the build, run as a foreground process on a free
 * localhost port with its pid and logs in a temp dir. `nginx -t` accepts it; the app loads under
 * /tools/reform-atlas/ with the CSP header of index.html's meta tag, gzip, immutable assets,
 * index.html never cached and unknown paths answered with index.html.
 * Skipped, saying why, when nginx is not installed (tests/setup/ensure-nginx.mjs installs it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { test as base, expect } from './fixtures';
import { freePort } from '../static-server';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const DIST = resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
const CONF = resolve('deploy/nginx/reform-atlas.conf');
const PREFIX = '/tools/reform-atlas/';
const META_CSP = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  readFileSync('index.html', 'utf8'),
)![1]!;

base.skip(
  !existsSync(NGINX),
  `nginx is not installed (${NGINX}): run  apt-get install -y nginx-light  to test deploy/nginx/`,
);

interface Nginx {
  origin: string;
  /** nginx -t's verdict on the configuration. */
  check: { status: number | null; output: string };
}

/** A minimal nginx.conf around the recipe, everything nginx writes kept in `dir`. */
function writeConfig(dir: string, port: number): string {
  // The recipe's folder is the build's here; everything else as shipped.
  const recipe = readFileSync(CONF, 'utf8').replaceAll('/var/www/reform-atlas/', `${DIST}/`);
  writeFileSync(join(dir, 'reform-atlas.conf'), recipe);
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    # The rest of the intranet site: nothing.
    root ${dir}/site;
    include ${dir}/reform-atlas.conf;
  }
}
`,
  );
  return conf;
}

const test = base.extend<object, { nginx: Nginx }>({
  nginx: [
    // Playwright reads a fixture's dependencies from its first parameter: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
      const port = await freePort();
      const conf = writeConfig(dir, port);
      const args = ['-p', `${dir}/`, '-c', conf, '-e', `${dir}/error.log`];
      const t = spawnSync(NGINX, ['-t', ...args], { encoding: 'utf8' });
      const check = { status: t.status, output: `${t.stdout}${t.stderr}` };
      const child = spawn(NGINX, args, { stdio: 'ignore' });
      const origin = `http://127.0.0.1:${port}`;
      try {
        await expect
          .poll(
            () =>
              fetch(origin).then(
                () => true,
                () => false,
              ),
            { timeout: 10_000 },
          )
          .toBe(true);
        await use({ origin, check });
      } finally {
        child.kill('SIGQUIT');
        await new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done(0)));
        rmSync(dir, { recursive: true, force: true });
      }
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ nginx }, use) => use(nginx.origin),
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A plain GET (fetch would decompress and hide Content-Encoding). */
function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', fail)
      .end();
  });
}

const asset = (pattern: RegExp) => readdirSync(join(DIST, 'assets')).find((f) => pattern.test(f))!;

test('nginx -t accepts the recipe', ({ nginx }) => {
  expect(nginx.check.output).toContain('syntax is ok');
  expect(nginx.check.output).toContain('test is successful');
  expect(nginx.check.status).toBe(0);
});

test('index.html: the CSP of its meta tag as a header, never cached', async ({ nginx }) => {
  const r = await get(`${nginx.origin}${PREFIX}`, { 'accept-encoding': 'gzip' });
  expect(r.status).toBe(200);
  expect(r.headers['content-type']).toMatch(/^text\/html/);
  expect(r.headers['content-security-policy']).toBe(META_CSP);
  expect(r.headers['cache-control']).toBe('no-cache');
  expect(r.headers['x-content-type-options']).toBe('nosniff');
  // Compressed once it passes gzip_min_length (its modulepreload list grows with the chunks).
  const body = r.headers['content-encoding'] === 'gzip' ? gunzipSync(r.body) : r.body;
  expect(body.toString()).toBe(readFileSync(join(DIST, 'index.html'), 'utf8'));
  // Without the trailing slash: sent to it.
  const bare = await get(`${nginx.origin}${PREFIX.slice(0, -1)}`);
  expect(bare.status).toBe(301);
  expect(bare.headers.location).toMatch(new RegExp(`${PREFIX}$`));
});

test('hashed assets: cached for ever, compressed, the right types, the CSP too', async ({
  nginx,
}) => {
  const files = [
    [asset(/^index-.*\.js$/), /^text\/javascript/],
    [asset(/^index-.*\.css$/), /^text\/css/],
    [asset(/^maplibre-gl-worker-.*\.js$/), /^text\/javascript/],
    [asset(/^atlas-data-.*\.json$/), /^application\/json/],
    [asset(/^china\.topo-.*\.json$/), /^application\/json/],
  ] as const;
  for (const [file, type] of files) {
    const r = await get(`${nginx.origin}${PREFIX}assets/${file}`, { 'accept-encoding': 'gzip' });
    expect(r.status, file).toBe(200);
    expect(r.headers['content-type'], file).toMatch(type);
    expect(r.headers['cache-control'], file).toBe('public, max-age=31536000, immutable');
    expect(r.headers['content-encoding'], file).toBe('gzip');
    expect(r.headers.vary, file).toBe('Accept-Encoding');
    expect(r.headers['content-security-policy'], file).toBe(META_CSP);
    expect(gunzipSync(r.body).equals(readFileSync(join(DIST, 'assets', file))), file).toBe(true);
  }
  // A missing asset is a 404 that no one caches, never the page.
  const missing = await get(`${nginx.origin}${PREFIX}assets/index-missing.js`);
  expect(missing.status).toBe(404);
  expect(missing.headers['cache-control']).toBeUndefined();
});

test('unknown paths under the sub-path get index.html; the rest of the site is untouched', async ({
  nginx,
}) => {
  const index = readFileSync(join(DIST, 'index.html'), 'utf8');
  for (const path of ['old-bookmark', 'some/old/link', 'index.htm?sel=x']) {
    const r = await get(`${nginx.origin}${PREFIX}${path}`);
    expect(r.status, path).toBe(200);
    expect(r.body.toString(), path).toBe(index);
    expect(r.headers['cache-control'], path).toBe('no-cache');
    expect(r.headers['content-security-policy'], path).toBe(META_CSP);
  }
  expect((await get(`${nginx.origin}/`)).status).not.toBe(200);
  expect((await get(`${nginx.origin}/assets/${asset(/^index-.*\.js$/)}`)).status).toBe(404);
});

// The WebGL map (with its worker) at the sub-path; the lighter SVG map at an unknown deeper path,
// from where the page asks for …/some/old/assets/…, which nginx maps to the assets.
for (const [path, map] of [
  [PREFIX, 'webgl'],
  [`${PREFIX}some/old/link`, 'svg'],
] as const) {
  test(`the app works at ${path} (${map} map): selection, presentation`, async ({ page }) => {
    const violations: string[] = [];
    await page.exposeFunction('__violation', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __violation(v: string): void }).__violation(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      ),
    );
    const failed: string[] = [];
    const asked: string[] = [];
    page.on('response', (r) => {
      asked.push(new URL(r.url()).pathname);
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${path}?lang=zh&map=${map}`);
    await expect(page.locator('.timeline .mark, .timeline .cluster').first()).toBeVisible();
    await page.waitForFunction(
      () => (window as unknown as { __atlasMap?: { idle(): boolean } }).__atlasMap?.idle() === true,
    );
    const assets = new URL('assets/', `http://x${path}`).pathname;
    const chunk = map === 'webgl' ? 'maplibre-gl-worker-' : 'svg-map-';
    expect(asked.some((p) => p.startsWith(`${assets}${chunk}`))).toBe(true);
    await page.locator('.mark[data-id="sichuan-ownership-reform"]').click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(/四川/);
    await page.keyboard.press('p');
    await expect(page.getByTestId('present')).toBeVisible();
    expect(failed).toEqual([]);
    expect(violations).toEqual([]);
  });
}
