/**
 * The files the benchmark serves beside the app, built in memory from the repository's data:
 * `benchFiles([1000])` → { 'bench-data/events-real.csv': …, 'bench-data/events-1000.csv': …,
 * 'bench-data/china.geo.json': …, 'bench-data/meta.json': … } plus the events each dataset offers
 * for the "select" measurement. Synthetic sets are generated here, never committed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { parseCsv } from '../src/lib/data/csv';
import { buildDataset, type Dataset } from '../src/lib/data/dataset';
import type { RegionInfo } from '../src/lib/data/types';
import { chinaFromTopology } from '../src/lib/map/geo';
import { syntheticCsv } from './synthetic';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (p: string) => readFileSync(root + p, 'utf8');

export interface BenchDataset {
  /** 'real', '1k' or '10k'. */
  name: string;
  events: number;
  /** The `?data=` value for the app, or null for the built-in file. */
  dataParam: string | null;
  /** Path (relative to the served root) of the CSV the peers read. */
  csv: string;
  /** Events with a province to light, in a fixed order: what "select" clicks. */
  selectable: { id: string; province: string }[];
  /** Type filters the "filter" measurement cycles through. */
  filters: string[][];
}

export interface BenchFiles {
  files: Record<string, string>;
  datasets: BenchDataset[];
}

function dataset(events: string): Dataset {
  return buildDataset({
    events,
    taxonomy: read('data/taxonomy.csv'),
    levels: read('data/levels.csv'),
    eras: read('data/eras.csv'),
    groups: read('data/region-groups.csv'),
    families: read('data/families.csv'),
    tours: read('data/tours.csv'),
    regions: JSON.parse(read('data/geo/regions.json')) as RegionInfo[],
  });
}

function describe(name: string, csvText: string, dataParam: string | null, csv: string) {
  const ds = dataset(csvText);
  if (ds.errors.length) throw new Error(`${name}: ${ds.errors.length} invalid rows`);
  const selectable = ds.events
    .map((e) => ({ id: e.id, province: e.regions.flatMap((r) => ds.index.provincesOf(r))[0] }))
    .filter((e): e is { id: string; province: string } => !!e.province);
  // Spread the picks over the whole set (every k-th), so both ends of the timeline are exercised.
  const step = Math.max(1, Math.floor(selectable.length / 40));
  const picks = selectable.filter((_, i) => i % step === 0).slice(0, 40);
  const types = ds.types.map((t) => t.id);
  const filters = [[types[0]!], [types[3]!, types[6]!], [types[1]!, types[2]!, types[7]!], []];
  const info: BenchDataset = {
    name,
    events: ds.events.length,
    dataParam,
    csv,
    selectable: picks,
    filters,
  };
  return { ds, info };
}

/** Everything the bench serves under `bench-data/`, for the real data and each synthetic size. */
export function benchFiles(sizes: readonly number[], seed = 1): BenchFiles {
  const files: Record<string, string> = {};
  const datasets: BenchDataset[] = [];
  const realCsv = read('data/events.csv');
  const real = describe('real', realCsv, null, 'bench-data/events-real.csv');
  files['bench-data/events-real.csv'] = realCsv;
  datasets.push(real.info);
  const tokens = new Set<string>();
  // Region tokens as written in the CSVs (adcodes, group ids or names): the peers map them to provinces.
  const collect = (text: string) =>
    parseCsv(text).rows.forEach((r) =>
      (r.regions ?? '').split(/[;；]/).forEach((t) => t.trim() && tokens.add(t.trim())),
    );
  collect(realCsv);
  for (const n of sizes) {
    const path = `bench-data/events-${n}.csv`;
    files[path] = syntheticCsv(n, seed);
    const d = describe(n % 1000 === 0 ? `${n / 1000}k` : String(n), files[path], path, path);
    collect(files[path]);
    datasets.push(d.info);
  }

  // The peers' map: the same boundaries as the app, converted to GeoJSON once, as a dashboard ships it.
  const geo = chinaFromTopology(JSON.parse(read('data/geo/china.topo.json')) as Topology);
  files['bench-data/china.geo.json'] = JSON.stringify(geo.provinces);
  const ds = real.ds;
  const meta = {
    types: ds.types.map((t) => ({ id: t.id, zh: t.zh, colour: t.colour })),
    provinces: Object.fromEntries(
      ds.regions.filter((r) => r.level === 'province').map((r) => [r.adcode, r.short]),
    ),
    regionProvinces: Object.fromEntries(
      [...tokens].map((t) => [t, ds.index.provincesOf(ds.index.resolve(t) ?? t)]),
    ),
  };
  files['bench-data/meta.json'] = JSON.stringify(meta);
  return { files, datasets };
}
