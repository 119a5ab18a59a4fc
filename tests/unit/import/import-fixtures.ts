/** The real taxonomy, regions and built-in events, for import tests (read from data/ with fs). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../../../src/lib/data/dataset';
import type { ImportContext } from '../../../src/lib/import/import';
import type { RegionInfo } from '../../../src/lib/data/types';

const root = join(__dirname, '../../..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');

export const dataset = buildDataset({
  events: read('data/events.csv'),
  taxonomy: read('data/taxonomy.csv'),
  levels: read('data/levels.csv'),
  eras: read('data/eras.csv'),
  groups: read('data/region-groups.csv'),
  families: read('data/families.csv'),
  regions: JSON.parse(read('data/geo/regions.json')) as RegionInfo[],
});

export const NOW = Date.UTC(2026, 10, 26);

export function createContext(over: Partial<ImportContext> = {}): ImportContext {
  return {
    types: new Set(dataset.types.map((t) => t.id)),
    families: new Set(dataset.families.map((f) => f.id)),
    resolveRegion: dataset.index.resolve,
    suggestRegion: dataset.index.suggest,
    existing: dataset.events,
    now: NOW,
    ...over,
  };
}

/** A fixture from tests/fixtures/import as a File, as the browser would hand it over. */
export function fixtureFile(name: string): File {
  return new File([new Uint8Array(readFileSync(join(root, 'tests/fixtures/import', name)))], name);
}
