import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { tokensModule } from './src/styles/tokens-module.ts';

/**
 * src/styles/tokens.ts from src/styles/tokens.css, on every build and dev start and whenever the
 * CSS changes in dev (rewritten only when it differs). Not in vitest: there the drift test must see
 * the committed file.
 */
function designTokens(): Plugin {
  const css = resolve('src/styles/tokens.css');
  const out = resolve('src/styles/tokens.ts');
  const write = () => {
    const next = tokensModule(readFileSync(css, 'utf8'));
    if (!existsSync(out) || readFileSync(out, 'utf8') !== next) writeFileSync(out, next);
  };
  return {
    name: 'atlas:tokens',
    buildStart: write,
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (resolve(file) === css) write();
      });
    },
  };
}

/**
 * `vite build --mode single` (npm run build:single): one self-contained index.html that works from
 * file://. After the write, the CSP gets a 'sha256-…' hash for each inline script (no
 * 'unsafe-inline'), workers may start from the inlined data: URL, and the favicon is inlined too.
 */
function singleFileCsp(outDir: string): Plugin {
  return {
    name: 'atlas:single-file-csp',
    apply: 'build',
    enforce: 'post',
    writeBundle() {
      const file = join(outDir, 'index.html');
      let html = readFileSync(file, 'utf8');
      const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map(
        (m) => `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`,
      );
      html = html.replace(
        /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)"/,
        (_, head: string, csp: string) => {
          const next = csp
            .replace(/script-src [^;]*/, `script-src 'self' blob: ${hashes.join(' ')}`)
            .replace(/worker-src [^;]*/, "worker-src 'self' blob: data:");
          return `${head}${next}"`;
        },
      );
      const icon = readFileSync(resolve('public/favicon.svg')).toString('base64');
      html = html.replace(/href="\.?\/?favicon\.svg"/, `href="data:image/svg+xml;base64,${icon}"`);
      writeFileSync(file, html);
    },
  };
}

/** The app shows its version (package.json's), set at build time: src/lib/state/edition.ts. */
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  // ATLAS_OUT_DIR lets parallel test runs build and serve their own copy.
  const outDir = single
    ? (process.env.ATLAS_SINGLE_DIR ?? 'dist-single')
    : (process.env.ATLAS_OUT_DIR ?? 'dist');
  return {
    // Relative URLs everywhere (chunks, data, the map's worker): the build works from any sub-path.
    base: './',
    define: { __APP_VERSION__: JSON.stringify(version) },
    plugins: [
      mode === 'test' ? null : designTokens(),
      svelte(),
      mode === 'test' ? svelteTesting() : null,
      single ? viteSingleFile() : null,
      single ? singleFileCsp(resolve(outDir)) : null,
    ],
    // The single file inlines the favicon itself; nothing else is copied beside it.
    publicDir: single ? false : 'public',
    build: {
      outDir,
      target: 'es2022',
      chunkSizeWarningLimit: 1200,
      rolldownOptions: single
        ? {}
        : {
            output: {
              // The map's worker comes as maplibre-gl-worker.mjs: servers that do not know .mjs
              // (Debian 12's nginx among them) send application/octet-stream, which browsers
              // refuse to run as a worker. As .js it is JavaScript to every server.
              assetFileNames: (asset) =>
                asset.names.some((n) => n.endsWith('.mjs'))
                  ? 'assets/[name]-[hash].js'
                  : 'assets/[name]-[hash][extname]',
              codeSplitting: {
                groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }],
              },
            },
          },
    },
    preview: { port: Number(process.env.E2E_PORT ?? 4173), strictPort: true },
    test: {
      setupFiles: ['tests/setup/vitest-setup.ts'],
      // The first test of a component file pays for jsdom and the imports; on a busy 2-core machine
      // that alone passed vitest's 5 s default (one took 20 s).
      testTimeout: 30_000,
      // Pure logic runs in node: setting up jsdom for each of ~90 files was half of vitest's time.
      // A unit file that needs a DOM says so with `// @vitest-environment jsdom`.
      projects: [
        { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
        {
          extends: true,
          test: {
            name: 'component',
            include: ['tests/component/**/*.test.ts'],
            environment: 'jsdom',
          },
        },
      ],
    },
  };
});
