import { describe, expect, it } from 'vitest';
import { placesOf } from '../../../src/lib/data/places';
import { createIndex } from '../../helpers';

const index = createIndex();

describe('placesOf', () => {
  it.each<[string, string[], string[], string[]]>([
    ['nationwide (no regions)', [], [], []],
    ['a province: itself, none of its cities', ['510000'], ['510000'], []],
    ['a city: itself and its province', ['510100'], ['510000'], ['510100']],
    ['a group of provinces', ['jjj'], ['110000', '120000', '130000'], []],
    ['a group of cities', ['nj-cd'], ['320000', '510000'], ['320100', '510100']],
    ['a city beside its province: the province once', ['510000', '510100'], ['510000'], ['510100']],
    ['a mix, sorted', ['510100', 'jjj'], ['110000', '120000', '130000', '510000'], ['510100']],
    ['an unknown id touches nothing', ['999999', 'atlantis'], [], []],
  ])('%s', (_, regions, provinces, cities) => {
    expect(placesOf({ regions }, index)).toEqual({ provinces, cities });
  });

  it('leaves out the groups it is told to skip', () => {
    expect(
      placesOf({ regions: ['jjj', '510000'] }, index, { skipGroups: new Set(['jjj']) }),
    ).toEqual({ provinces: ['510000'], cities: [] });
  });

  it('does not mutate its input', () => {
    const event = { regions: ['nj-cd', '510000'] };
    placesOf(event, index);
    expect(event.regions).toEqual(['nj-cd', '510000']);
  });
});
