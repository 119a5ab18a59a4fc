/**
 * Seeded synthetic reform events for the benchmark and scale tests: `syntheticCsv(10000, 1)` → the
 * text of an events.csv with 10,000 valid rows spread over 1985–2025, every type and level, real
 * province/city adcodes and groups. Same seed, same file.
 */
import { randomLcg } from 'd3-random';
import { eventsToCsv } from '../src/lib/data/csv';
import { intervalEnd, intervalStart, parsePartialDate } from '../src/lib/data/dates';
import { LEVELS, type ReformEvent } from '../src/lib/data/types';

const TYPES = [
  'law',
  'party',
  'governance',
  'forces',
  'factors',
  'regional',
  'pilot',
  'digital',
  'evaluation',
  'open',
  'national',
];
export const PROVINCES = [
  '110000',
  '120000',
  '130000',
  '140000',
  '150000',
  '210000',
  '220000',
  '230000',
  '310000',
  '320000',
  '330000',
  '340000',
  '350000',
  '360000',
  '370000',
  '410000',
  '420000',
  '430000',
  '440000',
  '450000',
  '460000',
  '500000',
  '510000',
  '520000',
  '530000',
  '540000',
  '610000',
  '620000',
  '630000',
  '640000',
  '650000',
  '710000',
  '810000',
  '820000',
];
const CITIES = [
  '320100',
  '340100',
  '210100',
  '330100',
  '330200',
  '440300',
  '440100',
  '440400',
  '441900',
  '350200',
  '420100',
  '610100',
  '510100',
  '411000',
];
const GROUPS = ['jjj', 'yrd', 'gba', 'g60', 'gs-corridor', 'optics-valley'];
/** The families of data/families.csv: about a third of the synthetic events join one. */
export const FAMILIES = [
  'nidz',
  'csc',
  'transfer-demo',
  'cirz',
  'transform-reg',
  'innov-reg',
  'party-stc',
  'ownership-pilot',
];

export function syntheticEvents(n: number, seed = 1): ReformEvent[] {
  const rand = randomLcg(seed / 1000);
  // Families draw from their own stream, so adding them left every other field as it was.
  const familyRand = randomLcg(seed / 1000 + 0.5);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const pad = (x: number) => String(x).padStart(2, '0');
  const out: ReformEvent[] = [];
  for (let i = 0; i < n; i++) {
    const year = 1985 + Math.floor(Math.pow(rand(), 0.6) * 41);
    const precision = rand();
    const dateStart =
      precision < 0.3
        ? `${year}`
        : precision < 0.6
          ? `${year}-${pad(1 + Math.floor(rand() * 12))}`
          : `${year}-${pad(1 + Math.floor(rand() * 12))}-${pad(1 + Math.floor(rand() * 28))}`;
    const spanYears = rand() < 0.1 ? 1 + Math.floor(rand() * 4) : 0;
    // A range ends in a later year (never "2025" after a start late in 2025: end before start).
    const dateEnd = spanYears && year + spanYears <= 2025 ? `${year + spanYears}` : '';
    const level = pick(LEVELS);
    const regions =
      level === 'national'
        ? []
        : level === 'municipal'
          ? [pick(CITIES)]
          : level === 'cross-regional'
            ? [pick(GROUPS)]
            : [pick(PROVINCES)];
    const s = parsePartialDate(dateStart)!;
    const e = dateEnd ? parsePartialDate(dateEnd)! : s;
    out.push({
      id: `synthetic-${i}`,
      dateStart,
      dateEnd,
      dateApprox: rand() < 0.15,
      titleZh: `合成改革事件 ${i}`,
      titleEn: `Synthetic reform event ${i}`,
      summaryZh: '用于性能测试的合成数据。',
      summaryEn: 'Synthetic data for performance testing.',
      type: pick(TYPES),
      level,
      regions,
      seedSection: '',
      seedQuote: '',
      sources: [{ title: 'synthetic', url: '', date: '2026' }],
      related: [],
      tags: ['synthetic'],
      note: '',
      noteEn: '',
      docNo: '',
      action: 'other',
      family: familyRand() < 0.3 ? [FAMILIES[Math.floor(familyRand() * FAMILIES.length)]!] : [],
      t0: intervalStart(s),
      t1: intervalEnd(e),
      span: dateEnd !== '',
    });
  }
  return out;
}

export function syntheticCsv(n: number, seed = 1): string {
  return eventsToCsv(syntheticEvents(n, seed));
}
