/**
 * A tiny static server for the benchmark: the built app at `/`, the peer pages at `/peers/`, the
 * peers' libraries at `/vendor/` (from node_modules, a fixed list) and the generated data at
 * `/bench-data/` (from memory). `benchAsset('/vendor/papaparse.min.js', files)` → its bytes and type.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentType as typeOf, fileIn } from '../tests/static-server';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The peers' libraries: the builds a dashboard page would include. ECharts and vis-timeline come
 * from bench/node_modules (bench/package.json, installed by `npm run bench`), papaparse from the
 * app's own dependencies.
 */
export const VENDOR: Record<string, string> = {
  'echarts.esm.min.mjs': 'bench/node_modules/echarts/dist/echarts.esm.min.mjs',
  'vis-timeline-graph2d.min.mjs':
    'bench/node_modules/vis-timeline/standalone/esm/vis-timeline-graph2d.min.mjs',
  'vis-timeline-graph2d.min.css':
    'bench/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css',
  'papaparse.min.js': 'node_modules/papaparse/papaparse.min.js',
};

/** Are the peers' libraries installed (`npm --prefix bench ci`)? */
export function peersInstalled(): boolean {
  return Object.values(VENDOR).every((rel) => existsSync(join(root, rel)));
}

export interface Asset {
  body: Buffer;
  type: string;
}

/** A bench-only path (`/peers/…`, `/vendor/…`, `/bench-data/…`), or null for anything else. */
export function benchAsset(pathname: string, files: Record<string, string>): Asset | null {
  if (pathname.startsWith('/bench-data/')) {
    const text = files[pathname.slice(1)];
    return text === undefined ? null : { body: Buffer.from(text), type: typeOf(pathname) };
  }
  if (pathname.startsWith('/vendor/')) {
    const rel = VENDOR[pathname.slice('/vendor/'.length)];
    return rel ? { body: readFileSync(join(root, rel)), type: typeOf(rel) } : null;
  }
  const m = /^\/peers\/([\w-]+\.(?:html|js))$/.exec(pathname);
  if (m) {
    const file = join(root, 'bench/peers', m[1]!);
    return existsSync(file) ? { body: readFileSync(file), type: typeOf(file) } : null;
  }
  return null;
}

/** Serve `dist` plus the bench paths on 127.0.0.1:`port`. */
export function serve(dist: string, files: Record<string, string>, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let asset = benchAsset(pathname, files);
    const file = asset ? null : fileIn(dist, pathname);
    if (file) asset = { body: readFileSync(file), type: typeOf(file) };
    if (!asset) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'no-cache' });
    res.end(asset.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}
