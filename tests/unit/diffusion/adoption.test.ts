import { describe, expect, it } from 'vitest';
import {
  adoptions,
  anchorsOf,
  byProvince,
  inOrder,
  lagAnchor,
  lagYears,
  membersOf,
  placesOf,
  provinceOf,
  scopePlaces,
} from '../../../src/lib/diffusion/adoption';
import { createRegionIndex } from '../../../src/lib/data/regions';
import {
  GROUPS,
  REGIONS,
  createEvent,
  createFamily,
  createIndex,
  createRegion,
} from '../../helpers';

const index = createIndex();
const member = (id: string, regions: string[], dateStart: string, over = {}) =>
  createEvent({ id, regions, dateStart, family: ['fam'], ...over });

describe('membersOf', () => {
  it('keeps the events whose family names the id, in order', () => {
    const a = member('a', ['510000'], '2016');
    const b = createEvent({ id: 'b', family: ['other'] });
    const c = createEvent({ id: 'c', family: ['other', 'fam'] });
    expect(membersOf([a, b, c], 'fam').map((e) => e.id)).toEqual(['a', 'c']);
  });
});

describe('placesOf', () => {
  it.each<[string, string[], 'province' | 'city', string[]]>([
    ['a province, in a province family', ['510000'], 'province', ['510000']],
    ['a city counts for its province', ['510100'], 'province', ['510000']],
    [
      'a group counts for each member province',
      ['jjj'],
      'province',
      ['110000', '120000', '130000'],
    ],
    ['a group of cities, for their provinces', ['nj-cd'], 'province', ['320000', '510000']],
    ['a city, in a city family', ['510100'], 'city', ['510100']],
    ['a group of cities, in a city family', ['nj-cd'], 'city', ['320100', '510100']],
    ['a municipality, in a city family', ['110000'], 'city', ['110000']],
    ['a national event (no region)', [], 'province', []],
  ])('%s', (_, regions, unit, out) => {
    expect(placesOf(createEvent({ id: 'x', regions }), unit, index).sort()).toEqual(out);
  });

  it('leaves out Taiwan, Hong Kong and Macao (not among the 31 rows)', () => {
    const idx = createRegionIndex(
      [...REGIONS, createRegion('810000', '香港特别行政区', '香港', 'Hong Kong')],
      GROUPS,
    );
    expect(
      placesOf(createEvent({ id: 'x', regions: ['810000', '510000'] }), 'province', idx),
    ).toEqual(['510000']);
  });
});

describe('provinceOf', () => {
  it.each([
    ['510100', '510000'],
    ['510000', '510000'],
    ['999999', '999999'],
  ])('provinceOf(%s) → %s', (code, out) => expect(provinceOf(code, index)).toBe(out));
});

describe('adoptions', () => {
  it('takes the earliest member event in each place', () => {
    const late = member('late', ['320000'], '2018');
    const early = member('early', ['320000'], '2016-05');
    const a = adoptions([late, early], 'province', index);
    expect(a.get('320000')).toMatchObject({ eventId: 'early', year: 2016, dateStart: '2016-05' });
  });

  it('counts a city member for its province', () => {
    const a = adoptions([member('cd', ['510100'], '2017')], 'province', index);
    expect([...a.keys()]).toEqual(['510000']);
    expect(a.get('510000')).toMatchObject({ place: '510000', province: '510000', eventId: 'cd' });
  });

  it('lets a city member beat a later provincial one', () => {
    const prov = member('prov', ['510000'], '2019');
    const city = member('city', ['510100'], '2017');
    expect(adoptions([prov, city], 'province', index).get('510000')?.eventId).toBe('city');
  });

  it('breaks a tie on the same start by the smaller event id', () => {
    const b = member('b', ['320000'], '2016-03');
    const a = member('a', ['320000'], '2016-03');
    expect(adoptions([b, a], 'province', index).get('320000')?.eventId).toBe('a');
  });

  it('keeps cities apart in a city family, with their province', () => {
    const a = adoptions([member('cd', ['510100'], '2017')], 'city', index);
    expect(a.get('510100')).toMatchObject({ place: '510100', province: '510000' });
  });

  it('takes the start of a date range and marks an approximate date', () => {
    const range = member('r', ['370000'], '2016', { dateEnd: '2018', dateApprox: true });
    expect(adoptions([range], 'province', index).get('370000')).toMatchObject({
      year: 2016,
      approx: true,
    });
  });

  it('does not mutate its input', () => {
    const events = [member('b', ['320000'], '2018'), member('a', ['320000'], '2016')];
    const copy = structuredClone(events);
    adoptions(events, 'province', index);
    expect(events).toEqual(copy);
  });
});

describe('byProvince', () => {
  it('keeps the earliest place of each province', () => {
    const a = adoptions(
      [member('nj', ['320100'], '2019'), member('cd', ['510100'], '2017')],
      'city',
      index,
    );
    const p = byProvince(a);
    expect([...p.keys()].sort()).toEqual(['320000', '510000']);
    expect(p.get('510000')?.eventId).toBe('cd');
  });
});

describe('inOrder', () => {
  it('sorts by start, then event id, then place', () => {
    const a = adoptions(
      [
        member('z', ['jjj'], '2016'),
        member('a', ['370000'], '2016'),
        member('e', ['510000'], '2015'),
      ],
      'province',
      index,
    );
    expect(inOrder(a.values()).map((x) => x.place)).toEqual([
      '510000',
      '370000',
      '110000',
      '120000',
      '130000',
    ]);
  });
});

describe('scopePlaces', () => {
  it('gives every province of the mainland for a province family', () => {
    expect(scopePlaces(REGIONS, 'province', [])).toEqual([
      '110000',
      '120000',
      '130000',
      '220000',
      '320000',
      '370000',
      '510000',
    ]);
  });

  it('narrows to the filtered provinces', () => {
    expect(scopePlaces(REGIONS, 'province', ['510000', '320000'])).toEqual(['320000', '510000']);
  });

  it('gives cities, and provinces without cities (municipalities), for a city family', () => {
    expect(scopePlaces(REGIONS, 'city', [])).toEqual([
      '110000',
      '120000',
      '130000',
      '220200',
      '320100',
      '370000',
      '510100',
    ]);
  });

  it('leaves out Taiwan, Hong Kong and Macao', () => {
    const regions = [...REGIONS, createRegion('710000', '台湾省', '台湾', 'Taiwan')];
    expect(scopePlaces(regions, 'province', [])).not.toContain('710000');
  });
});

describe('anchors and lag', () => {
  const pilot = createEvent({ id: 'pilot', level: 'provincial', dateStart: '2016' });
  const mandate = createEvent({ id: 'mandate', level: 'national', dateStart: '2020-05' });
  const byId = new Map([pilot, mandate].map((e) => [e.id, e]));

  it('finds the loaded anchors in the family order and skips missing ones', () => {
    const f = createFamily({ id: 'f', anchors: ['pilot', 'gone', 'mandate'] });
    expect(anchorsOf(f, byId).map((e) => e.id)).toEqual(['pilot', 'mandate']);
  });

  it('counts lags from the national anchor when there is one', () => {
    expect(lagAnchor([pilot, mandate])?.id).toBe('mandate');
  });

  it('falls back to the first anchor', () => {
    expect(lagAnchor([pilot])?.id).toBe('pilot');
  });

  it('has no anchor for a family without one', () => {
    expect(lagAnchor([])).toBeNull();
  });

  it.each<[string, number | null]>([
    ['2022', 2],
    ['2020-01', 0],
    ['2016', -4],
  ])('an adoption in %s is %s years after the 2020 mandate', (date, lag) => {
    const a = adoptions([member('x', ['510000'], date)], 'province', index).get('510000')!;
    expect(lagYears(a, mandate)).toBe(lag);
  });

  it('has no lag without an anchor', () => {
    const a = adoptions([member('x', ['510000'], '2020')], 'province', index).get('510000')!;
    expect(lagYears(a, null)).toBeNull();
  });
});
