/** Loads the built-in dataset from the app's own origin (files under data/, emitted by Vite). */
import eventsUrl from '../../../data/events.csv?url';
import taxonomyText from '../../../data/taxonomy.csv?raw';
import levelsText from '../../../data/levels.csv?raw';
import erasText from '../../../data/eras.csv?raw';
import groupsText from '../../../data/region-groups.csv?raw';
import familiesText from '../../../data/families.csv?raw';
import toursText from '../../../data/tours.csv?raw';
import regionsUrl from '../../../data/geo/regions.json?url';
import type { Dataset } from './dataset';
import type { RegionInfo } from './types';

export type { Dataset };

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.text();
}

/**
 * Fetch and validate the built-in data. `eventsOverride` (a same-origin relative path, e.g. the
 * benchmark's synthetic file) replaces data/events.csv.
 */
export async function loadDataset(eventsOverride?: string | null): Promise<Dataset> {
  // The parser and validator (papaparse, valibot) arrive beside the data, not in the first chunk.
  const [events, regionsText, { buildDataset }] = await Promise.all([
    fetchText(eventsOverride ?? eventsUrl),
    fetchText(regionsUrl),
    import('./dataset'),
  ]);
  return buildDataset({
    events,
    taxonomy: taxonomyText,
    levels: levelsText,
    eras: erasText,
    groups: groupsText,
    families: familiesText,
    tours: toursText,
    regions: JSON.parse(regionsText) as RegionInfo[],
  });
}
