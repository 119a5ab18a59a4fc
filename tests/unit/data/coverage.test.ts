import { describe, expect, it } from 'vitest';
import {
  ECONOMIC_REGIONS,
  TARGETS,
  checkTargets,
  countByAction,
  countByDecade,
  countWithDocNo,
  familyTable,
  fiveYearSpans,
  mainlandProvinces,
  provinceTable,
  startYear,
} from '../../../src/lib/data/coverage';
import { createRegionIndex } from '../../../src/lib/data/regions';
import type { ReformEvent } from '../../../src/lib/data/types';
import { GROUPS, REGIONS, createEvent, createFamily, createRegion } from '../../helpers';

const EAST = {
  id: 'east',
  nameZh: '东部',
  nameEn: 'Eastern region',
  members: ['110000', '120000', '130000', '320000', '370000'],
  source: '',
};
const index = createRegionIndex(REGIONS, [...GROUPS, EAST]);
const SICHUAN = REGIONS.find((r) => r.adcode === '510000')!;
const BEIJING = REGIONS.find((r) => r.adcode === '110000')!;
const JIANGSU = REGIONS.find((r) => r.adcode === '320000')!;

/** `n` events starting in `year`, ids `${prefix}-${i}`. */
const many = (n: number, year: number, over: Partial<ReformEvent> = {}, prefix = `y${year}`) =>
  Array.from({ length: n }, (_, i) =>
    createEvent({ id: `${prefix}-${i}`, dateStart: String(year), ...over }),
  );

describe('mainlandProvinces', () => {
  it('keeps the provinces of the mainland, in adcode order, without Taiwan, Hong Kong, Macao', () => {
    const regions = [
      createRegion('810000', '香港特别行政区', '香港', 'Hong Kong'),
      createRegion('510000', '四川省', '四川', 'Sichuan'),
      createRegion('510100', '成都市', '成都', 'Chengdu', '510000'),
      createRegion('710000', '台湾省', '台湾', 'Taiwan'),
      createRegion('110000', '北京市', '北京', 'Beijing'),
      createRegion('820000', '澳门特别行政区', '澳门', 'Macao'),
    ];
    expect(mainlandProvinces(regions).map((r) => r.adcode)).toEqual(['110000', '510000']);
  });
});

describe('startYear', () => {
  it.each([
    ['1985', 1985],
    ['2016-05', 2016],
    ['2023-12-31', 2023],
  ])('%s → %i', (dateStart, year) => {
    expect(startYear(createEvent({ id: 'x', dateStart }))).toBe(year);
  });
});

describe('countByDecade', () => {
  it('counts by the decade of the start year, in time order', () => {
    const events = [...many(1, 2016), ...many(2, 1985), ...many(1, 1989), ...many(1, 2020)];
    expect(countByDecade(events)).toEqual([
      ['1980s', 3],
      ['2010s', 1],
      ['2020s', 1],
    ]);
  });

  it('is empty with no events', () => {
    expect(countByDecade([])).toEqual([]);
  });
});

describe('countByAction', () => {
  it('lists every action in ACTIONS order, zeros included', () => {
    const events = [
      createEvent({ id: 'a', action: 'abolish' }),
      createEvent({ id: 'b', action: 'create' }),
      createEvent({ id: 'c', action: 'create' }),
    ];
    expect(countByAction(events)).toEqual([
      ['create', 2],
      ['revise', 0],
      ['abolish', 1],
      ['pilot', 0],
      ['other', 0],
    ]);
  });
});

describe('countWithDocNo', () => {
  it('counts the rows with a document number', () => {
    expect(countWithDocNo([{ docNo: '国发〔2016〕4号' }, { docNo: '' }, { docNo: '第3号' }])).toBe(
      2,
    );
  });
});

describe('provinceTable', () => {
  it.each<[string, string[], { own: number; cities: number; groups: number }]>([
    ['its own code', ['510000'], { own: 1, cities: 0, groups: 0 }],
    ['one of its cities', ['510100'], { own: 0, cities: 1, groups: 0 }],
    ['a group with one of its cities', ['nj-cd'], { own: 0, cities: 0, groups: 1 }],
  ])('counts an event naming %s', (_, regions, ways) => {
    const [row] = provinceTable([createEvent({ id: 'x', regions })], index, [SICHUAN]);
    expect(row).toEqual({ code: '510000', name: '四川', total: 1, ...ways });
  });

  it('counts an event once when it reaches the province several ways', () => {
    const e = createEvent({ id: 'x', regions: ['510000', '510100', 'nj-cd'] });
    expect(provinceTable([e], index, [SICHUAN])[0]).toMatchObject({
      total: 1,
      own: 1,
      cities: 1,
      groups: 1,
    });
  });

  it('leaves out the economic regions by default', () => {
    const e = createEvent({ id: 'x', regions: ['east'] });
    expect(provinceTable([e], index, [BEIJING])[0]!.total).toBe(0);
    expect(ECONOMIC_REGIONS.has('east')).toBe(true);
  });

  it('counts the groups it is not told to skip (a skip set replaces the default)', () => {
    const e = createEvent({ id: 'x', regions: ['jjj', 'east'] });
    expect(provinceTable([e], index, [BEIJING])[0]).toMatchObject({ total: 1, groups: 1 });
    expect(provinceTable([e], index, [BEIJING], new Set(['jjj']))[0]).toMatchObject({
      total: 1,
      groups: 1,
    });
  });

  it('has a row for every province asked for, with zeros, and none for the rest', () => {
    const rows = provinceTable([createEvent({ id: 'x', regions: ['510000'] })], index, [JIANGSU]);
    expect(rows).toEqual([
      { code: '320000', name: '江苏', total: 0, own: 0, cities: 0, groups: 0 },
    ]);
  });
});

describe('familyTable', () => {
  it('gives each family its members and their first and last start year', () => {
    const events = [
      createEvent({ id: 'tj', dateStart: '2014-12', family: ['nidz'] }),
      createEvent({ id: 'zgc', dateStart: '2009-03-13', family: ['nidz'] }),
      createEvent({ id: 'other', dateStart: '2020' }),
    ];
    const families = [createFamily({ id: 'nidz', nameZh: '示范区' }), createFamily({ id: 'none' })];
    expect(familyTable(families, events)).toEqual([
      { id: 'nidz', nameZh: '示范区', members: 2, firstYear: 2009, lastYear: 2014 },
      { id: 'none', nameZh: '系列none', members: 0, firstYear: null, lastYear: null },
    ]);
  });
});

describe('fiveYearSpans', () => {
  it('labels the spans from 1985 to the open one from 2025', () => {
    expect(fiveYearSpans([]).map((s) => s.label)).toEqual([
      '1985–89',
      '1990–94',
      '1995–99',
      '2000–04',
      '2005–09',
      '2010–14',
      '2015–19',
      '2020–24',
      '2025–',
    ]);
  });

  it.each([
    [1985, '1985–89'],
    [1989, '1985–89'],
    [1990, '1990–94'],
    [2024, '2020–24'],
    [2025, '2025–'],
    [2026, '2025–'],
  ])('puts %i in %s', (year, label) => {
    const spans = fiveYearSpans(many(1, year));
    expect(spans.filter((s) => s.count).map((s) => s.label)).toEqual([label]);
  });

  it('does not count events before 1985', () => {
    expect(fiveYearSpans(many(1, 1980)).every((s) => s.count === 0)).toBe(true);
  });
});

describe('checkTargets', () => {
  const provinces = [BEIJING, SICHUAN];
  const run = (events: ReformEvent[], families = [createFamily({ id: 'f' })]) =>
    Object.fromEntries(checkTargets({ events, families, index, provinces }).map((t) => [t.id, t]));

  it('reports every target, all FAIL with no events', () => {
    const t = run([]);
    expect(Object.keys(t)).toEqual([
      'events',
      'early',
      'provinces',
      'henan',
      'recent',
      'families',
      'doc-no',
      'spans',
    ]);
    expect(Object.values(t).every((x) => !x.pass)).toBe(true);
    expect(t.events).toMatchObject({ label: '≥300 events', actual: '0' });
  });

  it.each<[string, ReformEvent[], boolean]>([
    ['events: 300', many(300, 2016), true],
    ['events: 299', many(299, 2016), false],
    ['early: 60 in 1985–2011', [...many(30, 1985), ...many(30, 2011)], true],
    ['early: 2012 does not count', [...many(59, 1985), ...many(1, 2012)], false],
    ['recent: 15 from 2023', many(15, 2023), true],
    ['recent: 2022 does not count', [...many(14, 2023), ...many(1, 2022)], false],
    ['doc-no: 60', many(60, 2016, { docNo: '国发〔2016〕4号' }), true],
    ['doc-no: 59', many(59, 2016, { docNo: '国发〔2016〕4号' }), false],
  ])('%s', (name, events, pass) => {
    expect(run(events)[name.split(':')[0]!]!.pass).toBe(pass);
  });

  it('names the provinces below 4 with their counts', () => {
    const events = [
      ...many(4, 2016, { regions: ['110000'] }, 'bj'),
      ...many(1, 2016, { regions: ['510100'] }, 'cd'),
    ];
    expect(run(events).provinces).toMatchObject({ pass: false, actual: '1 below: 四川 1' });
  });

  it('passes provinces when each has 4', () => {
    const events = [
      ...many(4, 2016, { regions: ['110000'] }, 'bj'),
      ...many(4, 2016, { regions: ['510000'] }, 'sc'),
    ];
    expect(run(events).provinces).toMatchObject({ pass: true, actual: 'all' });
  });

  it('counts 河南 by its code', () => {
    const henan = createRegion('410000', '河南省', '河南', 'Henan');
    const withHenan = createRegionIndex([...REGIONS, henan], GROUPS);
    const events = many(TARGETS.henan, 2016, { regions: ['410000'] });
    const t = checkTargets({ events, families: [], index: withHenan, provinces: [henan] });
    expect(t.find((x) => x.id === 'henan')).toMatchObject({ pass: true, actual: '10' });
  });

  it('needs 6 families of 8 members', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const families = ids.map((id) => createFamily({ id }));
    const events = ids.flatMap((id) => many(8, 2016, { family: [id] }, id));
    expect(run(events, families).families).toMatchObject({ pass: true });
    expect(run(events.slice(1), families).families).toMatchObject({
      pass: false,
      actual: '5 (b, c, d, e, f)',
    });
  });

  it('names the five-year spans below 8', () => {
    const spans = [1985, 1990, 1995, 2000, 2005, 2010, 2015, 2020, 2025];
    const events = spans.flatMap((y) => many(8, y));
    expect(run(events).spans).toMatchObject({ pass: true, actual: 'all' });
    expect(run(events.slice(1)).spans).toMatchObject({ pass: false, actual: 'below: 1985–89 7' });
  });
});
