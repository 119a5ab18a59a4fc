/** Fixture builders shared by unit and component tests. */
import { readFileSync } from 'node:fs';
import { createRegionIndex } from '../src/lib/data/regions';
import { intervalEnd, intervalStart, parsePartialDate } from '../src/lib/data/dates';
import type { Dataset } from '../src/lib/data/dataset';
import type {
  Family,
  LevelInfo,
  ReformEvent,
  ReformType,
  RegionGroup,
  RegionInfo,
} from '../src/lib/data/types';

export function createRegion(
  adcode: string,
  name: string,
  short: string,
  en: string,
  parent: string | null = null,
): RegionInfo {
  return {
    adcode,
    level: parent ? 'city' : 'province',
    name,
    short,
    en,
    parent,
    center: [100, 30],
    bbox: [99, 29, 101, 31],
  };
}

export const REGIONS: RegionInfo[] = [
  createRegion('110000', '北京市', '北京', 'Beijing'),
  createRegion('120000', '天津市', '天津', 'Tianjin'),
  createRegion('130000', '河北省', '河北', 'Hebei'),
  createRegion('220000', '吉林省', '吉林', 'Jilin'),
  createRegion('220200', '吉林市', '吉林', 'Jilin', '220000'),
  createRegion('320000', '江苏省', '江苏', 'Jiangsu'),
  createRegion('320100', '南京市', '南京', 'Nanjing', '320000'),
  createRegion('370000', '山东省', '山东', 'Shandong'),
  createRegion('510000', '四川省', '四川', 'Sichuan'),
  createRegion('510100', '成都市', '成都', 'Chengdu', '510000'),
];

export const GROUPS: RegionGroup[] = [
  {
    id: 'jjj',
    nameZh: '京津冀',
    nameEn: 'Beijing–Tianjin–Hebei',
    members: ['110000', '120000', '130000'],
    source: '',
  },
  {
    id: 'nj-cd',
    nameZh: '宁蓉',
    nameEn: 'Nanjing–Chengdu',
    members: ['320100', '510100'],
    source: '',
  },
];

export const TYPES: ReformType[] = [
  {
    id: 'law',
    zh: '法治保障',
    en: 'Legislation',
    colour: '#4477AA',
    order: 1,
    descriptionZh: '',
    descriptionEn: '',
  },
  {
    id: 'party',
    zh: '党管科技组织',
    en: 'Party leadership bodies',
    colour: '#882255',
    order: 2,
    descriptionZh: '',
    descriptionEn: '',
  },
  {
    id: 'pilot',
    zh: '试点示范',
    en: 'Pilots',
    colour: '#EE7733',
    order: 3,
    descriptionZh: '',
    descriptionEn: '',
  },
];

export const createIndex = () => createRegionIndex(REGIONS, GROUPS);

export const LEVEL_INFO: LevelInfo[] = [
  { id: 'national', zh: '国家', en: 'National', order: 1 },
  { id: 'provincial', zh: '省级', en: 'Provincial', order: 2 },
  { id: 'municipal', zh: '市级', en: 'Municipal', order: 3 },
  { id: 'cross-regional', zh: '跨区域', en: 'Cross-regional', order: 4 },
];

/** A small dataset around the given events: the test regions, groups, types and levels. */
export function createDataset(events: ReformEvent[] = [], over: Partial<Dataset> = {}): Dataset {
  return {
    events,
    types: TYPES,
    levels: LEVEL_INFO,
    eras: [],
    groups: GROUPS,
    families: [],
    regions: REGIONS,
    index: createIndex(),
    tours: [],
    errors: [],
    ...over,
  };
}

/** What the URL decoder knows in the URL tests: a few types, events, provinces and a tour. */
export function createUrlContext() {
  return {
    types: new Set(['law', 'party', 'pilot']),
    ids: new Set(['sichuan', 'jjj']),
    resolveRegion: createIndex().resolve,
    provinces: new Set(['510000', '370000']),
    tours: new Set(['ownership']),
    families: new Set(['transform-reg', 'nidz']),
  };
}

export function createEvent(over: Partial<ReformEvent> & { id: string }): ReformEvent {
  const dateStart = over.dateStart ?? '2020';
  const dateEnd = over.dateEnd ?? '';
  const s = parsePartialDate(dateStart)!;
  const e = dateEnd ? parsePartialDate(dateEnd)! : s;
  return {
    dateStart,
    dateEnd,
    dateApprox: false,
    titleZh: `事件${over.id}`,
    titleEn: `Event ${over.id}`,
    summaryZh: '',
    summaryEn: '',
    type: 'law',
    level: 'provincial',
    regions: [],
    seedSection: '',
    seedQuote: '',
    sources: [],
    related: [],
    tags: [],
    note: '',
    noteEn: '',
    docNo: '',
    action: 'other',
    family: [],
    t0: intervalStart(s),
    t1: intervalEnd(e),
    span: dateEnd !== '',
    ...over,
  };
}

export function createFamily(over: Partial<Family> & { id: string }): Family {
  return {
    nameZh: `系列${over.id}`,
    nameEn: `Family ${over.id}`,
    descriptionZh: '',
    descriptionEn: '',
    unit: 'province',
    anchors: [],
    complete: false,
    note: '',
    noteEn: '',
    sources: [],
    ...over,
  };
}

/** A CSV row as the schema receives it: the columns of a v1 file (no note_en … family). */
export function createRow(over: Record<string, string> = {}): Record<string, string> {
  return {
    id: 'sichuan-pilot',
    date_start: '2016-01',
    date_end: '',
    date_approx: 'false',
    title_zh: '四川职务科技成果权属改革',
    title_en: 'Sichuan ownership reform',
    summary_zh: '',
    summary_en: '',
    type: 'pilot',
    level: 'provincial',
    regions: '510000',
    seed_section: '二.3',
    seed_quote: '四川省率先在全国开始探索职务科技成果权属改革',
    sources: '',
    related: '',
    tags: '',
    note: '',
    ...over,
  };
}

/** A bundled boundary file (data/geo/), parsed: the real topologies and regions table. */
export const readGeoFile = <T>(name: string): T =>
  JSON.parse(readFileSync(`data/geo/${name}`, 'utf8')) as T;
