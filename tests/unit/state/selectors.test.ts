import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  countByRegion,
  facetCounts,
  inRegion,
  matchesBase,
  matchesText,
  selectVisible,
  reachedProvinces,
  type Filters,
} from '../../../src/lib/state/selectors';
import { createEvent, createIndex } from '../../helpers';

const index = createIndex();
const sichuan = createEvent({
  id: 'sichuan',
  regions: ['510000'],
  type: 'pilot',
  dateStart: '2016',
  action: 'pilot',
  docNo: '川委发〔2016〕4号',
});
const chengdu = createEvent({
  id: 'chengdu',
  regions: ['510100'],
  level: 'municipal',
  dateStart: '2019-05',
  action: 'create',
});
const jjj = createEvent({
  id: 'jjj',
  regions: ['jjj'],
  level: 'cross-regional',
  type: 'party',
  dateStart: '2014',
  action: 'abolish',
});
const corridor = createEvent({
  id: 'corridor',
  regions: ['nj-cd'],
  level: 'cross-regional',
  dateStart: '2018',
  dateEnd: '2020',
});
const national = createEvent({
  id: 'national',
  regions: [],
  level: 'national',
  dateStart: '1985-03-13',
  titleEn: 'Decision on S&T reform',
});
const all = [national, corridor, chengdu, jjj, sichuan];

const f = (over: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...over });

describe('inRegion', () => {
  it.each([
    ['sichuan', '510000', true],
    ['chengdu', '510000', true],
    ['chengdu', '510100', true],
    ['sichuan', '510100', false],
    ['jjj', '110000', true],
    ['jjj', 'jjj', true],
    ['corridor', '320100', true],
    ['corridor', '320000', true],
    ['corridor', '510000', true],
    ['chengdu', 'nj-cd', true],
    ['national', '510000', false],
    ['sichuan', 'unknown', false],
  ])('%s in %s → %s', (id, region, expected) => {
    expect(
      inRegion(
        all.find((e) => e.id === id)!,
        region,
        index,
      ),
    ).toBe(expected);
  });
});

describe('selectVisible', () => {
  it.each([
    ['nothing', f({}), ['national', 'jjj', 'sichuan', 'corridor', 'chengdu']],
    ['type', f({ types: ['pilot'] }), ['sichuan']],
    ['two types', f({ types: ['pilot', 'party'] }), ['jjj', 'sichuan']],
    ['level', f({ levels: ['cross-regional'] }), ['jjj', 'corridor']],
    ['region province', f({ regions: ['510000'] }), ['sichuan', 'corridor', 'chengdu']],
    ['region city', f({ regions: ['510100'] }), ['corridor', 'chengdu']],
    ['region group', f({ regions: ['jjj'] }), ['jjj']],
    ['two regions', f({ regions: ['110000', '510100'] }), ['jjj', 'corridor', 'chengdu']],
    [
      'window',
      f({ window: [Date.UTC(2016, 0, 1), Date.UTC(2019, 0, 1)] }),
      ['sichuan', 'corridor'],
    ],
    ['window edge excludes', f({ window: [Date.UTC(2017, 0, 1), Date.UTC(2018, 0, 1)] }), []],
    ['text zh', f({ query: '事件sichuan' }), ['sichuan']],
    ['text en, any case', f({ query: 'decision' }), ['national']],
    ['document number', f({ query: '川委发〔2016〕' }), ['sichuan']],
    ['one action', f({ actions: ['abolish'] }), ['jjj']],
    ['two actions', f({ actions: ['create', 'pilot'] }), ['sichuan', 'chengdu']],
    ['action and type', f({ actions: ['create', 'pilot'], types: ['pilot'] }), ['sichuan']],
    [
      'combined',
      f({
        types: ['law'],
        regions: ['510000'],
        window: [Date.UTC(2019, 0, 1), Date.UTC(2030, 0, 1)],
      }),
      ['corridor', 'chengdu'],
    ],
  ])('%s', (_, filters, ids) => {
    expect(selectVisible(all, filters, index).map((e) => e.id)).toEqual(ids);
  });

  it('does not mutate its input', () => {
    const copy = [...all];
    selectVisible(all, f({}), index);
    expect(all).toEqual(copy);
  });
});

describe('matchesText', () => {
  it.each([
    ['川委发〔2016〕4号', true],
    ['川委发〔2016〕', true],
    ['川委发[2016]', true],
    ['川委发（2016）4', true],
    ['川委发 (2016', true],
    ['〔2016〕4号', true],
    ['川委发〔2017〕', false],
  ])('finds the document number by %j → %s', (query, found) => {
    expect(matchesText(sichuan, query)).toBe(found);
  });

  it('does not match an empty document number', () => {
    expect(matchesText(national, '〔')).toBe(false);
  });
});

describe('facetCounts', () => {
  it('counts actions under the other filters, ignoring the action filter itself', () => {
    const c = facetCounts(all, f({ actions: ['abolish'], levels: ['cross-regional'] }), index);
    expect(Object.fromEntries(c.actions)).toEqual({ abolish: 1, other: 1 });
    expect(Object.fromEntries(c.levels)).toEqual({ 'cross-regional': 1 });
  });
});

describe('matchesBase', () => {
  it('ignores the region filter', () => {
    expect(matchesBase(national, f({ regions: ['510000'] }))).toBe(true);
  });
});

describe('countByRegion', () => {
  it('counts each event once per place, provinces and cities', () => {
    const counts = countByRegion(all, index);
    expect(counts.get('510000')).toBe(3);
    expect(counts.get('510100')).toBe(2);
    expect(counts.get('110000')).toBe(1);
    expect(counts.get('320000')).toBe(1);
    expect(counts.has('370000')).toBe(false);
  });
});

describe('reachedProvinces (cumulative presentation)', () => {
  const index = createIndex();
  const at = (id: string, regions: string[]) => createEvent({ id, dateStart: '2016', regions });
  const sichuan = at('sc', ['510000']);
  const chengdu = at('cd', ['510100']);
  const beijing = at('bj', ['110000']);
  const jjj = at('jjj', ['jjj']);
  const national = at('nat', []);

  it.each<[string, (ReturnType<typeof at> | undefined)[], string[]]>([
    ['nothing before the first step', [], []],
    ['a province', [sichuan], ['510000']],
    ['a city adds its province', [chengdu], ['510000']],
    ['a group adds its members', [jjj], ['110000', '120000', '130000']],
    ['a place reached twice counts once', [sichuan, chengdu], ['510000']],
    ['a national step adds nothing (not every province)', [national], []],
    ['a national step keeps what was reached', [sichuan, national, beijing], ['110000', '510000']],
    ['a missing event adds nothing', [sichuan, undefined], ['510000']],
  ])('%s', (_, steps, want) => {
    expect(reachedProvinces(steps, index)).toEqual(want);
  });

  it('never shrinks from one step to the next', () => {
    const steps = [national, sichuan, jjj, national, chengdu, beijing];
    const counts = steps.map((_, i) => reachedProvinces(steps.slice(0, i + 1), index).length);
    expect(counts).toEqual([0, 1, 4, 4, 4, 4]);
  });
});
