/**
 * Loads the built-in dataset from the app's own origin: one JSON asset the build validated and
 * prepared from data/ (vite.config.ts, plugin `atlas:data`; format in ./prepared.ts). A plain start
 * parses no CSV and validates nothing; only a `?data=` events file brings the parser and validator.
 */
import preparedUrl from 'virtual:atlas-data';
import type { Dataset } from './dataset';
import { decodePrepared, type PreparedData } from './prepared';

export type { Dataset };

async function fetchOk(url: string): Promise<Response> {
  const res = await fetch(url);
  // In dev an invalid table answers 500 with the validator's message.
  if (!res.ok) throw new Error((await res.text().catch(() => '')) || `${url}: HTTP ${res.status}`);
  return res;
}

/**
 * The built-in data. `eventsOverride` (a same-origin relative path, e.g. the benchmark's synthetic
 * file) replaces its events, validated in full against the built-in tables.
 */
export async function loadDataset(eventsOverride?: string | null): Promise<Dataset> {
  const prepared = fetchOk(preparedUrl).then(async (r) => (await r.json()) as PreparedData);
  if (!eventsOverride) return decodePrepared(await prepared);
  // The parser and validator (papaparse, valibot) arrive beside the file.
  const [tables, events, { withEvents }] = await Promise.all([
    prepared,
    fetchOk(eventsOverride).then((r) => r.text()),
    import('./dataset'),
  ]);
  return withEvents(decodePrepared(tables), events);
}
