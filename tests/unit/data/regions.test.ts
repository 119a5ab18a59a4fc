import { describe, expect, it } from 'vitest';
import { editDistance } from '../../../src/lib/data/regions';
import { createIndex } from '../../helpers';

const index = createIndex();

describe('resolve', () => {
  it.each([
    ['510000', '510000'],
    ['四川', '510000'],
    ['四川省', '510000'],
    ['sichuan', '510000'],
    ['成都市', '510100'],
    ['吉林', '220000'],
    ['吉林市', '220200'],
    ['jjj', 'jjj'],
    ['京津冀', 'jjj'],
    ['999999', null],
    ['火星', null],
  ])('%s → %s', (token, expected) => {
    expect(index.resolve(token)).toBe(expected);
  });
});

describe('provincesOf / citiesOf', () => {
  it.each([
    ['510000', ['510000'], []],
    ['510100', ['510000'], ['510100']],
    ['jjj', ['110000', '120000', '130000'], []],
    ['nj-cd', ['320000', '510000'], ['320100', '510100']],
    ['nope', [], []],
  ])('%s', (id, provinces, cities) => {
    expect(index.provincesOf(id)).toEqual(provinces);
    expect(index.citiesOf(id)).toEqual(cities);
  });
});

describe('names', () => {
  it.each([
    ['510000', 'zh', '四川省'],
    ['510000', 'en', 'Sichuan'],
    ['jjj', 'zh', '京津冀'],
    ['jjj', 'en', 'Beijing–Tianjin–Hebei'],
    ['unknown', 'zh', 'unknown'],
  ] as const)('%s in %s → %s', (id, lang, name) => {
    expect(index.name(id, lang)).toBe(name);
  });

  it('suggests near names, not far ones', () => {
    expect(index.suggest('四川x')).toBe('四川省');
    expect(index.suggest('Sichaun')).toBe('sichuan');
    expect(index.suggest('完全不同的地方名字')).toBeUndefined();
  });

  it.each([
    ['', '', 0],
    ['四川', '四川省', 1],
    ['kitten', 'sitting', 3],
  ])('editDistance(%j, %j) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});
