/**
 * npm run release: the archive for IT, release/reform-atlas-<version>.zip, from the two builds
 * (npm run release makes them first):
 *   dist/…                   the web server build (dist/, or ATLAS_OUT_DIR)
 *   reform-atlas.html        the single-file build (dist-single/index.html, or ATLAS_SINGLE_DIR)
 *   nginx/reform-atlas.conf  the nginx recipe (deploy/nginx/)
 *   LICENSE, 部署说明.txt     the licence and the deployment notes (deploy/部署说明.txt, filled in)
 *   SHA256SUMS               `sha256sum -c SHA256SUMS` checks every other file
 * `tsx scripts/release.ts --out DIR` writes the archive to DIR instead of release/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { zipSync, type Zippable } from 'fflate';
import Papa from 'papaparse';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'release' } } });
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const distDir = resolve(process.env.ATLAS_OUT_DIR ?? 'dist');
const singleFile = resolve(process.env.ATLAS_SINGLE_DIR ?? 'dist-single', 'index.html');
for (const need of [join(distDir, 'index.html'), singleFile])
  if (!existsSync(need)) throw new Error(`${need} is missing: run npm run release (it builds)`);

/** Every file under `dir`, as [path in the archive, bytes], in a stable order. */
function filesUnder(dir: string, as: string): [string, Uint8Array][] {
  const out: [string, Uint8Array][] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, `${as}/${name}`));
    else out.push([`${as}/${name}`, readFileSync(full)]);
  }
  return out;
}

/** The edition line the app shows, from the same code, for the notes. */
async function editionOfData(): Promise<string> {
  // The app's own pieces, minus its dictionaries (served per language by the build): the same line.
  const { dataEdition, editionDate } = await import('../src/lib/data/edition');
  const { fill } = await import('../src/lib/i18n/fill');
  const { zh } = await import('../src/lib/i18n/dict/core');
  const rows = Papa.parse<Record<string, string>>(readFileSync('data/events.csv', 'utf8'), {
    header: true,
    skipEmptyLines: 'greedy',
  }).data;
  const e = dataEdition(rows.map((r) => ({ dateStart: r.date_start ?? '' })));
  return e
    ? fill('zh', zh['edition.line'], { version, date: editionDate(e, 'zh'), count: e.count })
    : fill('zh', zh['edition.version'], { version });
}

/** Notepad on older Windows reads UTF-8 only with a BOM, and lines only with CRLF. */
const forNotepad = (text: string) =>
  new Uint8Array(Buffer.from(`\uFEFF${text.replace(/\r?\n/g, '\r\n')}`, 'utf8'));

const notes = readFileSync('deploy/部署说明.txt', 'utf8')
  .replaceAll('{version}', `v${version}`)
  .replaceAll('{edition}', await editionOfData());

const files: [string, Uint8Array][] = [
  ...filesUnder(distDir, 'dist'),
  ['reform-atlas.html', readFileSync(singleFile)],
  ['nginx/reform-atlas.conf', readFileSync('deploy/nginx/reform-atlas.conf')],
  ['LICENSE', readFileSync('LICENSE')],
  ['部署说明.txt', forNotepad(notes)],
];
const sums = files
  .map(([path, bytes]) => `${createHash('sha256').update(bytes).digest('hex')}  ${path}\n`)
  .join('');
files.push(['SHA256SUMS', new Uint8Array(Buffer.from(sums, 'utf8'))]);

// SOURCE_DATE_EPOCH (seconds) makes the archive byte-for-byte reproducible.
const mtime = process.env.SOURCE_DATE_EPOCH
  ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000)
  : new Date();
// Made on Unix, rw-r--r--: Info-ZIP's unzip converts the UTF-8 names of archives "made on MS-DOS"
// as if they were in a DOS code page (部署说明.txt came out garbled). 7-Zip, Windows' own zip
// folders and the other archivers read the UTF-8 flag, which fflate sets, either way.
const attrs = (0o100644 << 16) >>> 0;
const tree: Zippable = {};
for (const [path, bytes] of files) tree[path] = [bytes, { mtime, os: 3, attrs }];
const zip = zipSync(tree, { level: 9 });

const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });
const file = join(outDir, `reform-atlas-${version}.zip`);
writeFileSync(file, zip);
const shown = relative(process.cwd(), file).split(sep).join('/');
console.log(
  `${shown}: ${files.length} files, ${(zip.length / 1024 / 1024).toFixed(1)} MB\n` +
    `sha256 ${createHash('sha256').update(zip).digest('hex')}`,
);
