/**
 * What the map lights, in words for its live region: each region by name, a group followed by its
 * members (a group alone says nothing of which places are filled). Pure.
 * `litNames(['jjj', '510000'], index, 'zh', '、')` → `京津冀（北京市、天津市、河北省）、四川省`.
 */
import type { RegionIndex } from '../data/regions';

export function litNames(
  ids: readonly string[],
  index: RegionIndex,
  lang: 'zh' | 'en',
  sep: string,
): string {
  const [open, close] = lang === 'zh' ? ['（', '）'] : [' (', ')'];
  return ids
    .map((id) => {
      const members = index.groups.get(id)?.members ?? [];
      const name = index.name(id, lang);
      return members.length
        ? `${name}${open}${members.map((m) => index.name(m, lang)).join(sep)}${close}`
        : name;
    })
    .join(sep);
}
