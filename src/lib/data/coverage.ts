/**
 * How well the dataset covers time, places, families and document numbers: the counts that
 * `npm run data:check` prints, and the dataset-v2 targets (issue #13) it reports PASS/FAIL. Pure.
 */
import { yearOf } from './dates';
import { familyMembers } from './families';
import { placesOf } from './places';
import type { RegionIndex } from './regions';
import { ACTIONS, type Action, type Family, type ReformEvent, type RegionInfo } from './types';
import { maxOf, minOf } from './extent';

/** The four economic regions of official statistics (data/region-groups.csv). */
export const ECONOMIC_REGIONS: ReadonlySet<string> = new Set([
  'east',
  'central',
  'west',
  'northeast',
]);

/** In regions.json as provinces, but not among the 31 of the mainland: Taiwan, Hong Kong, Macao. */
const NOT_MAINLAND = new Set(['710000', '810000', '820000']);

/** `mainlandProvinces(regions)` → the 31 province-level rows, in adcode order. */
export function mainlandProvinces(regions: readonly RegionInfo[]): RegionInfo[] {
  return regions
    .filter((r) => r.level === 'province' && !NOT_MAINLAND.has(r.adcode))
    .sort((a, b) => (a.adcode < b.adcode ? -1 : 1));
}

/** The year an event starts: `startYear(createEvent({ dateStart: '2016-05' }))` → 2016. */
export const startYear = (e: Pick<ReformEvent, 't0'>): number => yearOf(e.t0);

/** `countByDecade([e1985, e1988, e2016])` → [['1980s', 2], ['2010s', 1]]. */
export function countByDecade(events: readonly ReformEvent[]): [string, number][] {
  const m = new Map<number, number>();
  for (const e of events) {
    const d = Math.floor(startYear(e) / 10) * 10;
    m.set(d, (m.get(d) ?? 0) + 1);
  }
  return [...m].sort((a, b) => a[0] - b[0]).map(([d, n]) => [`${d}s`, n]);
}

/** Every action with its count, in ACTIONS order: `countByAction([])` → [['create', 0], …]. */
export function countByAction(events: readonly ReformEvent[]): [Action, number][] {
  const m = new Map<Action, number>(ACTIONS.map((a) => [a, 0]));
  for (const e of events) m.set(e.action, (m.get(e.action) ?? 0) + 1);
  return [...m];
}

/** `countWithDocNo([{ docNo: '国发〔2016〕4号' }, { docNo: '' }])` → 1. */
export function countWithDocNo(events: readonly Pick<ReformEvent, 'docNo'>[]): number {
  return events.filter((e) => e.docNo !== '').length;
}

export interface ProvinceRow {
  code: string;
  /** Short name: 四川, 内蒙古. */
  name: string;
  /** Events touching the province (each once): the sum of the three ways, less overlaps. */
  total: number;
  /** Events naming the province's own code. */
  own: number;
  /** Events naming one of its cities. */
  cities: number;
  /** Events naming a group that contains it or one of its cities. */
  groups: number;
}

/**
 * Events per province and how they reach it. Groups in `skipGroups` (by default the economic
 * regions, which hold every province) do not count.
 * `provinceTable([sichuanEvent, chengduEvent], index, [sichuan])` →
 * [{ code: '510000', name: '四川', total: 2, own: 1, cities: 1, groups: 0 }].
 */
export function provinceTable(
  events: readonly ReformEvent[],
  index: RegionIndex,
  provinces: readonly RegionInfo[],
  skipGroups: ReadonlySet<string> = ECONOMIC_REGIONS,
): ProvinceRow[] {
  const rows = new Map<string, ProvinceRow>(
    provinces.map((p) => [
      p.adcode,
      { code: p.adcode, name: p.short, total: 0, own: 0, cities: 0, groups: 0 },
    ]),
  );
  for (const e of events) {
    for (const p of placesOf(e, index, { skipGroups }).provinces) {
      const row = rows.get(p);
      if (!row) continue;
      row.total++;
      if (e.regions.includes(p)) row.own++;
      if (e.regions.some((r) => index.byCode.get(r)?.parent === p)) row.cities++;
      if (
        e.regions.some(
          (r) => index.groups.has(r) && !skipGroups.has(r) && index.provincesOf(r).includes(p),
        )
      )
        row.groups++;
    }
  }
  return [...rows.values()];
}

export interface FamilyRow {
  id: string;
  nameZh: string;
  members: number;
  /** Start year of the earliest and latest member; null with no members. */
  firstYear: number | null;
  lastYear: number | null;
}

/** `familyTable([nidz], [zgc2009, tianjin2014])` → [{ id: 'nidz', members: 2, firstYear: 2009, lastYear: 2014, … }]. */
export function familyTable(
  families: readonly Family[],
  events: readonly ReformEvent[],
): FamilyRow[] {
  const members = familyMembers(families, events);
  return families.map((f) => {
    const years = (members.get(f.id) ?? []).map(startYear);
    return {
      id: f.id,
      nameZh: f.nameZh,
      members: years.length,
      firstYear: years.length ? minOf(years) : null,
      lastYear: years.length ? maxOf(years) : null,
    };
  });
}

export interface Span {
  /** '1985–89', …, '2020–24', '2025–'. */
  label: string;
  from: number;
  /** Last year, inclusive; null for the open last span. */
  to: number | null;
  count: number;
}

/**
 * Events per five-year span from `first`; the span starting at `openFrom` runs on with no end.
 * Events before `first` are not counted.
 * `fiveYearSpans([e1986, e2026])` → [{ label: '1985–89', count: 1 }, …, { label: '2025–', count: 1 }].
 */
export function fiveYearSpans(
  events: readonly ReformEvent[],
  first = 1985,
  openFrom = 2025,
): Span[] {
  const spans: Span[] = [];
  for (let from = first; from <= openFrom; from += 5) {
    const to = from === openFrom ? null : from + 4;
    const label = to === null ? `${from}–` : `${from}–${String(to).slice(-2)}`;
    spans.push({ label, from, to, count: 0 });
  }
  for (const e of events) {
    const y = startYear(e);
    const span = spans.find((s) => y >= s.from && (s.to === null || y <= s.to));
    if (span) span.count++;
  }
  return spans;
}

export interface Target {
  id: string;
  /** What is aimed at, e.g. '≥300 events'. */
  label: string;
  pass: boolean;
  /** What there is now, e.g. '92' or '2 below: 西藏 0, 青海 1'. */
  actual: string;
}

/** The dataset-v2 targets of issue #13. */
export const TARGETS = {
  events: 300,
  early: 60,
  perProvince: 4,
  henan: 10,
  recent: 15,
  families: 6,
  familyMembers: 8,
  docNo: 60,
  perSpan: 8,
} as const;

/**
 * Each target of issue #13 with PASS/FAIL and what there is now.
 * `checkTargets({ events: [], families: [], index, provinces })[0]` →
 * { id: 'events', label: '≥300 events', pass: false, actual: '0' }.
 */
export function checkTargets(data: {
  events: readonly ReformEvent[];
  families: readonly Family[];
  index: RegionIndex;
  /** The 31 mainland provinces (`mainlandProvinces`). */
  provinces: readonly RegionInfo[];
}): Target[] {
  const { events } = data;
  const T = TARGETS;
  const count = (ok: (e: ReformEvent) => boolean) => events.filter(ok).length;
  const target = (id: string, label: string, n: number, min: number): Target => ({
    id,
    label,
    pass: n >= min,
    actual: String(n),
  });

  const byProvince = provinceTable(events, data.index, data.provinces);
  const low = byProvince.filter((p) => p.total < T.perProvince);
  const henan = byProvince.find((p) => p.code === '410000')?.total ?? 0;
  const bigFamilies = familyTable(data.families, events).filter(
    (f) => f.members >= T.familyMembers,
  );
  const thinSpans = fiveYearSpans(events).filter((s) => s.count < T.perSpan);

  return [
    target('events', `≥${T.events} events`, events.length, T.events),
    target(
      'early',
      `≥${T.early} events dated 1985–2011`,
      count((e) => startYear(e) >= 1985 && startYear(e) <= 2011),
      T.early,
    ),
    {
      id: 'provinces',
      label: `each of the ${byProvince.length} provinces ≥${T.perProvince}`,
      pass: low.length === 0,
      actual: low.length
        ? `${low.length} below: ${low.map((p) => `${p.name} ${p.total}`).join(', ')}`
        : 'all',
    },
    target('henan', `河南 ≥${T.henan}`, henan, T.henan),
    target(
      'recent',
      `≥${T.recent} events dated 2023 or later`,
      count((e) => startYear(e) >= 2023),
      T.recent,
    ),
    {
      id: 'families',
      label: `≥${T.families} families with ≥${T.familyMembers} members`,
      pass: bigFamilies.length >= T.families,
      actual: `${bigFamilies.length}${bigFamilies.length ? ` (${bigFamilies.map((f) => f.id).join(', ')})` : ''}`,
    },
    target('doc-no', `≥${T.docNo} rows with doc_no`, countWithDocNo(events), T.docNo),
    {
      id: 'spans',
      label: `every five-year span from 1985 ≥${T.perSpan}`,
      pass: thinSpans.length === 0,
      actual: thinSpans.length
        ? `below: ${thinSpans.map((s) => `${s.label} ${s.count}`).join(', ')}`
        : 'all',
    },
  ];
}
