/**
 * Options for the region pickers (the map's and the filter panel's): a region or group labelled in
 * the current language and findable by its short name and its name in the other language.
 * `regionOption(sichuan, 'zh', '省级')` → { id: '510000', label: '四川省', hint: '省级', search: '四川 Sichuan' }.
 */
import type { RegionGroup, RegionInfo } from '../data/types';
import { pick, type Lang } from '../i18n';
import type { PickerOption } from './picker';

export function regionOption(r: RegionInfo, lang: Lang, hint: string): PickerOption {
  const other = lang === 'zh' ? r.en : r.name;
  return {
    id: r.adcode,
    label: lang === 'en' ? r.en : r.name,
    hint,
    search: `${r.short} ${other}`,
  };
}

export function groupOption(g: RegionGroup, lang: Lang, hint: string): PickerOption {
  const other = lang === 'zh' ? g.nameEn : g.nameZh;
  return { id: g.id, label: pick(lang, g.nameZh, g.nameEn), hint, search: other };
}
