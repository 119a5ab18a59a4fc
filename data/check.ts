/**
 * `npm run data:check`: validates data/events.csv and its companion tables with the app's own
 * schema (unknown family ids and document numbers that are not ones included), checks the families
 * (anchors are event ids, every family has members) and every seed quote against the source brief,
 * and prints counts: by type, level, decade and action, per province, per family, rows with a
 * document number. Exits 1 on any error.
 *
 * Then it reports the dataset-v2 targets (issue #13) PASS/FAIL; they fail the check only with
 * DATA_TARGETS=strict. `npm run data:check -- --targets` prints the targets report alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCsv } from '../src/lib/data/csv';
import { buildDataset } from '../src/lib/data/dataset';
import {
  checkTargets,
  countByAction,
  countByDecade,
  countWithDocNo,
  familyTable,
  mainlandProvinces,
  provinceTable,
} from '../src/lib/data/coverage';
import { checkFamilies } from '../src/lib/data/families';
import { checkSeedQuotes, type ValidationError } from '../src/lib/data/schema';
import { parseTours, validateTours } from '../src/lib/data/tours';
import type { RegionInfo } from '../src/lib/data/types';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const read = (p: string) => readFileSync(here(p), 'utf8');
const BRIEF = process.env.SEED_BRIEF ?? here('../../shared/seed/000_2f0333cd1b533eae.txt');
const TARGETS_ONLY = process.argv.includes('--targets');
const STRICT_TARGETS = process.env.DATA_TARGETS === 'strict';

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
const provinces = mainlandProvinces(data.regions);

if (!TARGETS_ONLY) {
  console.log(
    `data:check — ${data.events.length} events valid of ${rows.length} rows; ${tours.length} tours; ${data.families.length} families`,
  );
  table(
    'by type',
    count((e) => e.type),
  );
  table(
    'by level',
    count((e) => e.level),
  );
  table('by decade', countByDecade(data.events));
  table('by action', countByAction(data.events));
  console.log(`rows with doc_no: ${countWithDocNo(data.events)}`);

  console.log(
    `by province (${provinces.length}; events naming its code, one of its cities, or a group holding it — the economic regions east/central/west/northeast not counted)`,
  );
  console.log(`  ${'code'.padEnd(7)} ${'province'.padEnd(9)} total   own cities groups`);
  for (const p of provinceTable(data.events, data.index, provinces)) {
    const n = (x: number, w: number) => String(x).padStart(w);
    // Chinese names are two columns wide: pad with ideographic spaces so the numbers line up.
    console.log(
      `  ${p.code.padEnd(7)} ${p.name.padEnd(4, '\u3000')} ${n(p.total, 5)} ${n(p.own, 5)} ${n(p.cities, 6)} ${n(p.groups, 6)}`,
    );
  }

  console.log('families (members, first and last year of a member)');
  for (const f of familyTable(data.families, data.events)) {
    const years = f.firstYear === null ? '—' : `${f.firstYear}–${f.lastYear}`;
    console.log(
      `  ${f.id.padEnd(18)} ${String(f.members).padStart(4)}  ${years.padEnd(9)} ${f.nameZh}`,
    );
  }

  const fromBrief = data.events.filter((e) => e.seedQuote).length;
  const sourced = data.events.filter((e) => e.sources.length).length;
  const approx = data.events.filter((e) => e.dateApprox).length;
  console.log(
    `from the brief ${fromBrief} · with outside sources ${sourced} · approximate dates ${approx}`,
  );
  console.log(briefNote);
}

const targets = checkTargets({
  events: data.events,
  families: data.families,
  index: data.index,
  provinces,
});
console.log(
  `\ntargets of dataset v2 (issue #13)${STRICT_TARGETS ? ' — strict: a FAIL fails the check' : ' — reported only; DATA_TARGETS=strict makes a FAIL fail the check'}`,
);
for (const t of targets)
  console.log(`  ${t.pass ? 'PASS' : 'FAIL'}  ${t.label.padEnd(46)} ${t.actual}`);
const failedTargets = targets.filter((t) => !t.pass);

if (errors.length) {
  console.error(`\n${errors.length} error(s):`);
  for (const e of errors) {
    console.error(
      `  ${e.file} row ${e.row} [${e.column}] ${e.code}: ${JSON.stringify(e.value)}${e.expected ? ` (expected: ${e.expected})` : ''}`,
    );
  }
  process.exit(1);
}
if (STRICT_TARGETS && failedTargets.length) {
  console.error(`\n${failedTargets.length} target(s) not met (DATA_TARGETS=strict)`);
  process.exit(1);
}
console.log('data:check passed');
