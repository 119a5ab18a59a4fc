import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { defineConfig, runnerImport, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { tokensModule } from './src/styles/tokens-module.ts';
import type { DataTexts, prepareData } from './src/lib/data/prepare.ts';
import { BOOT_KEYS } from './src/lib/i18n/boot-keys.ts';

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

/** The tables of data/ the app ships, read fresh (dev reads them again on every load). */
const DATA_FILES = {
  events: 'data/events.csv',
  taxonomy: 'data/taxonomy.csv',
  levels: 'data/levels.csv',
  eras: 'data/eras.csv',
  groups: 'data/region-groups.csv',
  families: 'data/families.csv',
  tours: 'data/tours.csv',
  regions: 'data/geo/regions.json',
} as const;

/**
 * The validator, loaded through Vite's module runner (not bundled into this config: its relative
 * imports have no extensions, which the config loader is to stop accepting), once per process.
 */
let prepare: Promise<typeof prepareData> | null = null;
const loadPrepare = () =>
  (prepare ??= runnerImport<{ prepareData: typeof prepareData }>(
    resolve('src/lib/data/prepare.ts'),
  ).then((r) => r.module.prepareData));

/** The two prepared files' JSON: what the first screen draws, and the events' longer texts. */
async function preparedJson(): Promise<{ data: string; texts: string }> {
  const read = (f: string) => readFileSync(resolve(f), 'utf8');
  const texts: DataTexts = {
    events: read(DATA_FILES.events),
    taxonomy: read(DATA_FILES.taxonomy),
    levels: read(DATA_FILES.levels),
    eras: read(DATA_FILES.eras),
    groups: read(DATA_FILES.groups),
    families: read(DATA_FILES.families),
    tours: read(DATA_FILES.tours),
    regions: JSON.parse(read(DATA_FILES.regions)) as DataTexts['regions'],
  };
  const { data, texts: eventTexts } = (await loadPrepare())(texts);
  return { data: JSON.stringify(data), texts: JSON.stringify(eventTexts) };
}

/**
 * `import url, { texts } from 'virtual:atlas-data'`: the URLs of the built-in data, validated and
 * prepared at build time (src/lib/data/prepare.ts) as two JSON assets: what the first screen
 * draws (preloaded with the page), and the events' longer texts (read after the first frame).
 * Invalid data fails the build with the validator's message. The single file gets them as data:
 * URLs. In dev the same step runs on every request of /@atlas/data.json and /@atlas/texts.json,
 * and an edit to a table reloads the page (an invalid table shows the validator's message in the
 * app's error screen and in the terminal).
 */
function preparedData(single: boolean): Plugin {
  const ID = 'virtual:atlas-data';
  const RESOLVED = '\0' + ID;
  const DEV_URL = '/@atlas/data.json';
  const DEV_TEXTS = '/@atlas/texts.json';
  let serve = false;
  return {
    name: 'atlas:data',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    resolveId: (id) => (id === ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      if (serve)
        return `export default ${JSON.stringify(DEV_URL)}; export const texts = ${JSON.stringify(DEV_TEXTS)};`;
      for (const f of Object.values(DATA_FILES)) this.addWatchFile(resolve(f));
      const json = await preparedJson();
      if (single) {
        const url = (s: string) =>
          JSON.stringify(`data:application/json;base64,${Buffer.from(s).toString('base64')}`);
        return `export default ${url(json.data)}; export const texts = ${url(json.texts)};`;
      }
      const ref = this.emitFile({ type: 'asset', name: 'atlas-data.json', source: json.data });
      const textsRef = this.emitFile({
        type: 'asset',
        name: 'atlas-texts.json',
        source: json.texts,
      });
      return `export default import.meta.ROLLUP_FILE_URL_${ref}; export const texts = import.meta.ROLLUP_FILE_URL_${textsRef};`;
    },
    // Its download starts with the page's, beside the scripts (fetch() then takes it from there).
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const asset = Object.values(ctx.bundle ?? {}).find(
          (f) => f.type === 'asset' && f.names.includes('atlas-data.json'),
        );
        if (!asset) return;
        return [
          {
            tag: 'link',
            attrs: { rel: 'preload', href: `./${asset.fileName}`, as: 'fetch', crossorigin: '' },
            injectTo: 'head',
          },
        ];
      },
    },
    configureServer(server) {
      const files = Object.values(DATA_FILES).map((f) => resolve(f));
      server.watcher.add(files);
      server.watcher.on('change', (file) => {
        if (files.includes(resolve(file))) server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0];
        if (path !== DEV_URL && path !== DEV_TEXTS) return next();
        preparedJson().then(
          (json) => {
            res.setHeader('Content-Type', 'application/json');
            res.end(path === DEV_URL ? json.data : json.texts);
          },
          (e: unknown) => {
            const message = e instanceof Error ? e.message : String(e);
            server.config.logger.error(message);
            res.statusCode = 500;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end(message);
          },
        );
      });
    },
  };
}

/**
 * `import('virtual:atlas-messages/zh')` (or `/en`): one language's messages, every dictionary of
 * src/lib/i18n/dict/ merged, in a chunk of its own; `virtual:atlas-messages/boot`: the few
 * (src/lib/i18n/boot-keys.ts) shown before that chunk is in, in both languages. Each file is imported with `?atlas-lang=zh`,
 * under which the other language's `export const` is no longer exported, so it is left out of
 * the chunk: the first screen loads only the language it shows (src/lib/i18n/index.ts).
 */
function messages(): Plugin {
  const PREFIX = 'virtual:atlas-messages/';
  const dir = resolve('src/lib/i18n/dict');
  const LANG = /\?atlas-lang=(zh|en)$/;
  return {
    name: 'atlas:messages',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith(PREFIX) ? '\0' + id : null),
    async load(id) {
      if (!id.startsWith('\0' + PREFIX)) return null;
      const lang = id.slice(PREFIX.length + 1);
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.ts'))
        .sort();
      for (const f of files) this.addWatchFile(join(dir, f));
      if (lang === 'boot') {
        // BOOT_KEYS in both languages, read from the dictionaries themselves.
        const all: Record<'zh' | 'en', Record<string, string>> = { zh: {}, en: {} };
        for (const f of files) {
          const { module } = await runnerImport<typeof all>(join(dir, f));
          Object.assign(all.zh, module.zh);
          Object.assign(all.en, module.en);
        }
        const pick = (d: Record<string, string>) =>
          Object.fromEntries(BOOT_KEYS.map((k) => [k, d[k]]));
        return `export default ${JSON.stringify({ zh: pick(all.zh), en: pick(all.en) })};`;
      }
      if (lang !== 'zh' && lang !== 'en') throw new Error(`no messages for "${lang}"`);
      const imports = files.map(
        (f, i) =>
          `import { ${lang} as m${i} } from ${JSON.stringify(`${join(dir, f)}?atlas-lang=${lang}`)};`,
      );
      return `${imports.join('\n')}\nexport default { ${files.map((_, i) => `...m${i}`).join(', ')} };`;
    },
    transform(code, id) {
      const lang = LANG.exec(id)?.[1];
      if (!lang) return null;
      const other = lang === 'zh' ? 'en' : 'zh';
      return code.replace(new RegExp(`^export const ${other}\\b`, 'm'), `const ${other}`);
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
      preparedData(single),
      messages(),
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
      // One worker per core, and the files of a worker share their modules: on 2 cores vitest
      // defaults to one worker, and re-importing the module graph for each of ~90 files was most
      // of its 55 s (tests ran 8 s of it); this way it takes ~17 s. Every file still cleans up
      // after itself (testing-library's cleanup; vi.resetModules where module state matters), and
      // the suite passes with its files shuffled (`npx vitest run --sequence.shuffle.files`).
      isolate: false,
      maxWorkers: availableParallelism(),
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
