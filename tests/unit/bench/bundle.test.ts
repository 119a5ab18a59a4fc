import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleSizes } from '../../../bench/bundle';

/** A tiny build: index.html loading one script and one preload, with `prefix` before assets/. */
function createDist(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-bundle-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    `<script type="module" src="${prefix}assets/index-a.js"></script>` +
      `<link rel="modulepreload" href="${prefix}assets/i18n-b.js">`,
  );
  for (const f of ['index-a.js', 'i18n-b.js', 'map-c.js'])
    writeFileSync(join(dir, 'assets', f), randomBytes(6000).toString('base64'));
  return dir;
}

describe('bundleSizes', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true })));

  it.each(['./', '/', ''])('counts the initial JS of an index.html with %j URLs', (prefix) => {
    const dir = createDist(prefix);
    dirs.push(dir);
    const b = bundleSizes(dir);
    expect(b.initialJs).toBeGreaterThan(0);
    expect(b.initialJs).toBeLessThan(b.totalJs);
  });
});
