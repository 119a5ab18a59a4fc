/** Region lookup: adcodes, regional groups and their names, and how events map onto provinces. */
import type { RegionGroup, RegionInfo } from './types';

export interface RegionIndex {
  byCode: ReadonlyMap<string, RegionInfo>;
  groups: ReadonlyMap<string, RegionGroup>;
  /** Canonical id for a token: an adcode, a group id, or a zh/en name (四川, 四川省, Sichuan, 京津冀). */
  resolve(token: string): string | null;
  /** Nearest known name for an unknown token, for "did you mean". */
  suggest(token: string): string | undefined;
  /** Province adcodes a region id covers: a city → its province, a group → its members' provinces. */
  provincesOf(id: string): string[];
  /** Prefecture-level adcodes a region id names directly (cities, or a group's city members). */
  citiesOf(id: string): string[];
  /** Display name in a language; the id itself when unknown. */
  name(id: string, lang: 'zh' | 'en'): string;
}

/** `createRegionIndex(regions, groups).resolve('四川省')` → `'510000'`. */
export function createRegionIndex(
  regions: readonly RegionInfo[],
  groups: readonly RegionGroup[],
): RegionIndex {
  const byCode = new Map(regions.map((r) => [r.adcode, r]));
  const groupMap = new Map(groups.map((g) => [g.id, g]));
  const names = new Map<string, string>();
  const add = (name: string, id: string) => {
    const key = name.trim().toLowerCase();
    // A province name wins over a same-named city (吉林省 vs 吉林市 both shorten to 吉林).
    if (key && !names.has(key)) names.set(key, id);
  };
  const ordered = [...regions].sort((a, b) =>
    a.level === b.level ? 0 : a.level === 'province' ? -1 : 1,
  );
  for (const r of ordered) {
    add(r.name, r.adcode);
    add(r.short, r.adcode);
    add(r.en, r.adcode);
  }
  for (const g of groups) {
    add(g.nameZh, g.id);
    add(g.nameEn, g.id);
  }

  const resolve = (token: string): string | null => {
    const t = token.trim();
    if (byCode.has(t) || groupMap.has(t)) return t;
    return names.get(t.toLowerCase()) ?? null;
  };

  const provinceOfCode = (code: string): string | null => {
    const r = byCode.get(code);
    if (!r) return null;
    return r.level === 'province' ? r.adcode : r.parent;
  };

  return {
    byCode,
    groups: groupMap,
    resolve,
    suggest(token) {
      const t = token.trim().toLowerCase();
      if (!t) return undefined;
      let best: string | undefined;
      let bestD = Infinity;
      for (const name of names.keys()) {
        const d = editDistance(t, name);
        if (d < bestD) {
          bestD = d;
          best = name;
        }
      }
      return bestD <= Math.max(1, Math.floor(t.length / 2)) ? best : undefined;
    },
    provincesOf(id) {
      const g = groupMap.get(id);
      const codes = g ? g.members : [id];
      const out = new Set<string>();
      for (const c of codes) {
        const p = provinceOfCode(c);
        if (p) out.add(p);
      }
      return [...out];
    },
    citiesOf(id) {
      const g = groupMap.get(id);
      const codes = g ? g.members : [id];
      return codes.filter((c) => byCode.get(c)?.level === 'city');
    },
    name(id, lang) {
      const g = groupMap.get(id);
      if (g) return (lang === 'en' ? g.nameEn : g.nameZh) || g.nameZh || id;
      const r = byCode.get(id);
      if (!r) return id;
      return lang === 'en' ? r.en || r.name : r.name;
    },
  };
}

/** Levenshtein distance, for suggestions. `editDistance('四川', '四川省')` → 1. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[n]!;
}
