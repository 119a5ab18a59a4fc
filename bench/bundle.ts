/**
 * Gzipped sizes of a build: `bundleSizes('dist')` → { initialJs, maplibre, worker, totalJs, css,
 * data } in KB (gzip level 9). "Initial JS" is what index.html loads before the map chunk: its
 * module script and modulepreloads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  initialJs: number;
  maplibre: number;
  worker: number;
  totalJs: number;
  css: number;
  data: number;
  files: Record<string, number>;
}

const kb = (n: number) => Math.round((n / 1024) * 10) / 10;

export function bundleSizes(dist: string): BundleSizes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set(
    [
      ...html.matchAll(
        /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="(?:\.?\/)?([^"]+\.js)"/g,
      ),
    ].map((m) => m[1]!),
  );
  const files: Record<string, number> = {};
  const sum = { initialJs: 0, maplibre: 0, worker: 0, totalJs: 0, css: 0, data: 0 };
  for (const name of readdirSync(join(dist, 'assets'))) {
    const rel = `assets/${name}`;
    const gz = gzipSync(readFileSync(join(dist, rel)), { level: 9 }).length;
    files[rel] = kb(gz);
    if (/\.m?js$/.test(name)) {
      sum.totalJs += gz;
      if (initial.has(rel)) sum.initialJs += gz;
      if (/worker/.test(name)) sum.worker += gz;
      else if (/^maplibre/.test(name)) sum.maplibre += gz;
    } else if (name.endsWith('.css')) sum.css += gz;
    else sum.data += gz;
  }
  return {
    initialJs: kb(sum.initialJs),
    maplibre: kb(sum.maplibre),
    worker: kb(sum.worker),
    totalJs: kb(sum.totalJs),
    css: kb(sum.css),
    data: kb(sum.data),
    files,
  };
}
