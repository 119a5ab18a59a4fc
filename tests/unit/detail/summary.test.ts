import { describe, expect, it } from 'vitest';
import { createRegionIndex } from '../../../src/lib/data/regions';
import type { ReformEvent } from '../../../src/lib/data/types';
import { playableTours, summarise, typeRows } from '../../../src/lib/detail/summary';
import { EMPTY_FILTERS, facetCounts } from '../../../src/lib/state/selectors';
import { GROUPS, REGIONS, TYPES, createEvent, createRegion } from '../../helpers';

// The helpers' eight provinces, plus Taiwan and Hong Kong (provincial-level, not mainland).
const index = createRegionIndex(
  [
    ...REGIONS,
    createRegion('710000', '台湾省', '台湾', 'Taiwan'),
    createRegion('810000', '香港特别行政区', '香港', 'Hong Kong'),
  ],
  [...GROUPS, { id: 'gba', nameZh: '粤港', nameEn: 'GD–HK', members: ['810000'], source: '' }],
);
const MAINLAND = REGIONS.filter((r) => r.level === 'province').length;
const at = (id: string, dateStart: string, over: Partial<ReformEvent> = {}) =>
  createEvent({ ...over, id, dateStart });
const provincesOf = (...events: ReformEvent[]) => summarise(events, TYPES, index).provinces;

describe('summarise', () => {
  it.each([
    ['a province code', ['510000'], 1],
    ['a city: its province', ['510100'], 1],
    ['a city and its province: one province', ['510100', '510000'], 1],
    ['a group: its members’ provinces', ['jjj'], 3],
    ['a group of cities: their provinces', ['nj-cd'], 2],
    ['no regions (national): none', [], 0],
    ['Taiwan or Hong Kong: not mainland', ['710000', '810000'], 0],
    ['a group of only Hong Kong: none', ['gba'], 0],
  ])('counts provinces reached by %s', (_, regions, n) => {
    expect(provincesOf(at('a', '2016', { regions }))).toBe(n);
  });

  it('counts a province once however many events name it', () => {
    const events = [
      at('a', '2016', { regions: ['510000'] }),
      at('b', '2017', { regions: ['510100'] }),
      at('c', '2018', { regions: ['jjj', '110000'] }),
    ];
    expect(provincesOf(...events)).toBe(4);
  });

  it('counts provinces out of the mainland ones in the region table', () => {
    expect(summarise([], TYPES, index).provinceTotal).toBe(MAINLAND);
  });

  it('counts the events', () => {
    expect(summarise([at('a', '2016'), at('b', '1985')], TYPES, index).events).toBe(2);
  });

  it.each([
    ['one year', [at('a', '2016')], [2016, 2016]],
    [
      'the earliest start to the latest start',
      [at('a', '2016'), at('b', '1985-03-13')],
      [1985, 2016],
    ],
    [
      'an end date extends the range',
      [at('a', '2014', { dateEnd: '2019-06' }), at('b', '2016')],
      [2014, 2019],
    ],
    ['a day on 31 December stays in its year', [at('a', '2020-12-31')], [2020, 2020]],
  ])('covers %s', (_, events, years) => {
    expect(summarise(events, TYPES, index).years).toEqual(years);
  });

  it('has no years without events', () => {
    expect(summarise([], TYPES, index).years).toBeNull();
  });

  it('counts events per type in the taxonomy order, leaving out types without events', () => {
    const events = [
      at('a', '2016', { type: 'pilot' }),
      at('b', '2016', { type: 'law' }),
      at('c', '2017', { type: 'pilot' }),
    ];
    const reversed = [...TYPES].reverse();
    expect(summarise(events, reversed, index).types.map((t) => [t.type.id, t.count])).toEqual([
      ['law', 1],
      ['pilot', 2],
    ]);
  });

  it('does not mutate its inputs', () => {
    const events = [at('b', '2017'), at('a', '2016')];
    const types = [...TYPES].reverse();
    const [eventsBefore, typesBefore] = [[...events], [...types]];
    summarise(events, types, index);
    expect(events).toEqual(eventsBefore);
    expect(types).toEqual(typesBefore);
  });
});

describe('typeRows of the facet counts (the type rows under filters)', () => {
  const [law, party] = [TYPES[0]!.id, TYPES[1]!.id];
  const events = [
    at('a', '2016', { type: law, regions: ['510000'] }),
    at('b', '2017', { type: party, regions: ['510100'] }),
    at('c', '2018', { type: party, regions: ['320000'] }),
    at('d', '1999', { type: law, regions: ['510000'] }),
  ];
  const counts = (f: Partial<typeof EMPTY_FILTERS>) =>
    typeRows(TYPES, facetCounts(events, { ...EMPTY_FILTERS, ...f }, index).types).map((r) => [
      r.type.id,
      r.count,
    ]);
  it.each([
    [
      'no filter: every event',
      {},
      [
        [law, 2],
        [party, 2],
      ],
    ],
    [
      'a type filter is ignored: the other types stay',
      { types: [law] },
      [
        [law, 2],
        [party, 2],
      ],
    ],
    [
      'a region filter narrows every type (a city counts for its province)',
      { regions: ['510000'] },
      [
        [law, 2],
        [party, 1],
      ],
    ],
    [
      'a time window narrows every type',
      { window: [Date.UTC(2015, 0, 1), Date.UTC(2030, 0, 1)] as const },
      [
        [law, 1],
        [party, 2],
      ],
    ],
    [
      'region and type together: only the region counts',
      { regions: ['320000'], types: [law] },
      [[party, 1]],
    ],
  ])('%s', (_, f, want) => expect(counts(f)).toEqual(want));
});

describe('playableTours', () => {
  const tour = (id: string, ...eventIds: string[]) => ({
    id,
    steps: eventIds.map((eventId) => ({ eventId })),
  });
  const shown = new Set(['a', 'b']);
  const has = (id: string) => shown.has(id);

  it('keeps tours whose every step is shown, in order', () => {
    expect(playableTours([tour('t2', 'b'), tour('t1', 'a', 'b')], has).map((t) => t.id)).toEqual([
      't2',
      't1',
    ]);
  });
  it('drops a tour with a step not shown', () => {
    expect(playableTours([tour('t', 'a', 'gone')], has)).toEqual([]);
  });
  it('drops a tour without steps', () => {
    expect(playableTours([tour('t')], has)).toEqual([]);
  });
});
