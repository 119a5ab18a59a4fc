import { describe, expect, it } from 'vitest';
import { groupOption, regionOption } from '../../../src/lib/ui/region-options';
import { GROUPS, REGIONS } from '../../helpers';

const sichuan = REGIONS.find((r) => r.adcode === '510000')!;
const jjj = GROUPS.find((g) => g.id === 'jjj')!;

describe('region picker options', () => {
  it.each([
    [
      'zh',
      { id: '510000', label: sichuan.name, hint: 'h', search: `${sichuan.short} ${sichuan.en}` },
    ],
    [
      'en',
      { id: '510000', label: sichuan.en, hint: 'h', search: `${sichuan.short} ${sichuan.name}` },
    ],
  ] as const)('a region in %s is labelled in it and found by the other name', (lang, expected) => {
    expect(regionOption(sichuan, lang, 'h')).toEqual(expected);
  });

  it.each([
    ['zh', { id: 'jjj', label: jjj.nameZh, hint: 'g', search: jjj.nameEn }],
    ['en', { id: 'jjj', label: jjj.nameEn, hint: 'g', search: jjj.nameZh }],
  ] as const)('a group in %s likewise', (lang, expected) => {
    expect(groupOption(jjj, lang, 'g')).toEqual(expected);
  });

  it('a group without an English name is labelled in Chinese', () => {
    expect(groupOption({ ...jjj, nameEn: '' }, 'en', 'g').label).toBe(jjj.nameZh);
  });
});
