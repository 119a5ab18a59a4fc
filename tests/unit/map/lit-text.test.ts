import { describe, expect, it } from 'vitest';
import { litNames } from '../../../src/lib/map/lit-text';
import { createIndex } from '../../helpers';

describe('litNames', () => {
  const index = createIndex();
  it.each<[string, string[], string, string]>([
    ['nothing', [], '', ''],
    ['a province', ['510000'], '四川省', 'Sichuan'],
    ['a city', ['510100'], '成都市', 'Chengdu'],
    [
      'a group, with its members',
      ['jjj'],
      '京津冀（北京市、天津市、河北省）',
      'Beijing–Tianjin–Hebei (Beijing, Tianjin, Hebei)',
    ],
    [
      'several, in the order given',
      ['510000', 'nj-cd'],
      '四川省、宁蓉（南京市、成都市）',
      'Sichuan, Nanjing–Chengdu (Nanjing, Chengdu)',
    ],
  ])('%s', (_, ids, zh, en) => {
    expect(litNames(ids, index, 'zh', '、')).toBe(zh);
    expect(litNames(ids, index, 'en', ', ')).toBe(en);
  });
});
