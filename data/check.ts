/**
 * `npm run data:check`: validates data/events.csv and its companion tables with the app's own
 * schema, checks the families (anchors are event ids, every family has members) and every seed
 * quote against the source brief, and prints counts by type, level and decade. Exits 1 on any error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../src/lib/data/csv';
import { buildDataset } from '../src/lib/data/dataset';
import { checkFamilies } from '../src/lib/data/families';
import { checkSeedQuotes, type ValidationError } from '../src/lib/data/schema';
import { parseTours, validateTours } from '../src/lib/data/tours';
import type { RegionInfo } from '../src/lib/data/types';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const read = (p: string) => readFileSync(here(p), 'utf8');
const BRIEF = process.env.SEED_BRIEF ?? here('../../shared/seed/000_2f0333cd1b533eae.txt');

const eventsText = read('./events.csv');
const data = buildDataset({
  events: eventsText,
  taxonomy: read('./taxonomy.csv'),
  levels: read('./levels.csv'),
  eras: read('./eras.csv'),
  groups: read('./region-groups.csv'),
  families: read('./families.csv'),
  regions: JSON.parse(read('./geo/regions.json')) as RegionInfo[],
});
const errors: ValidationError[] = [...data.errors];
const rows = parseCsv(eventsText).rows;
const rowOf = new Map(rows.map((r, i) => [r.id ?? '', i + 2]));

// Groups must name known adcodes; types and levels must be unique.
for (const g of data.groups) {
  for (const m of g.members) {
    if (!data.index.byCode.has(m))
      errors.push({
        file: 'region-groups.csv',
        row: 0,
        column: 'members',
        value: `${g.id}: ${m}`,
        code: 'region',
      });
  }
}

// Families: anchors must be events, and a family with no members is an error.
const familyRows = parseCsv(read('./families.csv')).rows;
const familyRow = new Map(familyRows.map((r, i) => [r.id ?? '', i + 2]));
errors.push(
  ...checkFamilies(data.families, data.events, 'families.csv', (id) => familyRow.get(id) ?? 0),
);

let briefNote: string;
if (existsSync(BRIEF)) {
  errors.push(
    ...checkSeedQuotes(
      data.events,
      readFileSync(BRIEF, 'utf8'),
      'events.csv',
      (id) => rowOf.get(id) ?? 0,
    ),
  );
  briefNote = `seed quotes checked verbatim against ${BRIEF}`;
} else {
  briefNote = `SEED QUOTES NOT CHECKED: the brief is not at ${BRIEF} (set SEED_BRIEF to its path)`;
  if (process.env.CI)
    errors.push({ file: BRIEF, row: 0, column: '', value: '', code: 'seed_missing' });
}

const tours = parseTours(read('./tours.csv'));
errors.push(...validateTours(tours, new Set(data.events.map((e) => e.id)), 'tours.csv'));

const count = <K extends string>(key: (e: (typeof data.events)[number]) => K) => {
  const m = new Map<K, number>();
  for (const e of data.events) m.set(key(e), (m.get(key(e)) ?? 0) + 1);
  return [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1));
};
const table = (title: string, entries: [string, number][]) =>
  console.log(
    `${title}\n${entries.map(([k, n]) => `  ${k.padEnd(16)} ${String(n).padStart(4)}`).join('\n')}`,
  );

console.log(
  `data:check — ${data.events.length} events valid of ${rows.length} rows; ${tours.length} tours`,
);
table(
  'by type',
  count((e) => e.type),
);
table(
  'by level',
  count((e) => e.level),
);
table(
  'by decade',
  count((e) => `${Math.floor(new Date(e.t0).getUTCFullYear() / 10) * 10}s`),
);
const fromBrief = data.events.filter((e) => e.seedQuote).length;
const sourced = data.events.filter((e) => e.sources.length).length;
const approx = data.events.filter((e) => e.dateApprox).length;
console.log(
  `from the brief ${fromBrief} · with outside sources ${sourced} · approximate dates ${approx}`,
);
console.log(briefNote);

if (errors.length) {
  console.error(`\n${errors.length} error(s):`);
  for (const e of errors) {
    console.error(
      `  ${e.file} row ${e.row} [${e.column}] ${e.code}: ${JSON.stringify(e.value)}${e.expected ? ` (expected: ${e.expected})` : ''}`,
    );
  }
  process.exit(1);
}
console.log('data:check passed');
