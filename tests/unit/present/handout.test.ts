import { describe, expect, it } from 'vitest';
import { filterSummary, type SummaryNames } from '../../../src/lib/present/handout';
import { EMPTY_FILTERS, type Filters } from '../../../src/lib/state/selectors';

const names: SummaryNames = {
  type: (id) => ({ law: '法治保障', pilot: '试点示范' })[id] ?? id,
  level: (id) => ({ provincial: '省级' })[id] ?? id,
  action: (id) => ({ create: '设立', abolish: '撤销' })[id] ?? id,
  region: (id) => ({ '510000': '四川' })[id] ?? id,
  window: ([a, b]) => `${new Date(a).getUTCFullYear()}—${new Date(b).getUTCFullYear() - 1}`,
  labels: {
    types: '类型：',
    levels: '层级：',
    actions: '动作：',
    regions: '地区：',
    query: '关键词：',
  },
  sep: '、',
  partSep: '；',
};
const f = (over: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...over });

describe('filterSummary', () => {
  it.each<[string, Filters, string]>([
    ['no filters', f({}), ''],
    ['types', f({ types: ['law', 'pilot'] }), '类型：法治保障、试点示范'],
    [
      'level and region',
      f({ levels: ['provincial'], regions: ['510000'] }),
      '层级：省级；地区：四川',
    ],
    ['actions', f({ actions: ['create', 'abolish'] }), '动作：设立、撤销'],
    ['window', f({ window: [Date.UTC(2015, 0, 1), Date.UTC(2021, 0, 1)] }), '2015—2020'],
    ['query', f({ query: '权属' }), '关键词：“权属”'],
  ])('%s', (_, filters, out) => {
    expect(filterSummary(filters, names)).toBe(out);
  });
});
