/**
 * Loads the built-in dataset from the app's own origin: JSON the build validated and prepared from
 * data/ (vite.config.ts, plugin `atlas:data`; format in ./prepared.ts), in two files: what the
 * first screen draws, and the events' longer texts for after it. A plain start parses no CSV and
 * validates nothing; only a `?data=` events file brings the parser and validator.
 */
import preparedUrl, { texts as textsUrl } from 'virtual:atlas-data';
import type { Dataset } from './dataset';
import { decodePrepared, type PreparedData, type PreparedTexts } from './prepared';

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

/**
 * The built-in events' longer texts (summaries, notes, sources, quotes): AppState.whenTexts asks
 * for them after the first frame. Reading a response costs the main thread in proportion to its
 * size (~85 ms for these 430 KB at 1× CPU on the bench machine), so they stay off the first screen.
 */
export async function loadTexts(): Promise<PreparedTexts> {
  return (await (await fetchOk(textsUrl)).json()) as PreparedTexts;
}
