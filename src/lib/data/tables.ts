/** The small companion tables of data/: reform types, levels, eras, regional groups. */
import { intervalEnd, intervalStart, parsePartialDate } from './dates';
import { parseCsv } from './csv';
import { parseSources } from './schema';
import type { Era, Level, LevelInfo, ReformType, RegionGroup } from './types';

const list = (s: string | undefined) =>
  (s ?? '')
    .split(/[;；]/)
    .map((x) => x.trim())
    .filter(Boolean);

/** data/taxonomy.csv → types sorted by `order`. */
export function parseTaxonomy(text: string): ReformType[] {
  return parseCsv(text)
    .rows.map((r) => ({
      id: r.id ?? '',
      zh: r.zh ?? '',
      en: r.en ?? '',
      // tokens.css --type-unknown (data/ imports nothing outside data/; tests/unit/styles checks).
      colour: r.colour ?? '#777777',
      order: Number(r.order ?? 0),
      descriptionZh: r.description_zh ?? '',
      descriptionEn: r.description_en ?? '',
    }))
    .filter((t) => t.id)
    .sort((a, b) => a.order - b.order);
}

export function parseLevels(text: string): LevelInfo[] {
  return parseCsv(text)
    .rows.map((r) => ({
      id: r.id as Level,
      zh: r.zh ?? '',
      en: r.en ?? '',
      order: Number(r.order ?? 0),
    }))
    .filter((l) => l.id)
    .sort((a, b) => a.order - b.order);
}

/** data/eras.csv → eras with their intervals; an empty end runs to `now`. */
export function parseEras(text: string, now = Date.now()): Era[] {
  const eras: Era[] = [];
  for (const r of parseCsv(text).rows) {
    const s = parsePartialDate(r.start ?? '');
    if (!r.id || !s) continue;
    const e = r.end ? parsePartialDate(r.end) : null;
    eras.push({
      id: r.id,
      nameZh: r.name_zh ?? '',
      nameEn: r.name_en ?? '',
      start: r.start ?? '',
      end: r.end ?? '',
      t0: intervalStart(s),
      t1: e ? intervalEnd(e) : now,
      docZh: r.defining_doc_zh ?? '',
      docEn: r.defining_doc_en ?? '',
      sources: parseSources(r.sources ?? '') ?? [],
    });
  }
  return eras.sort((a, b) => a.t0 - b.t0);
}

export function parseGroups(text: string): RegionGroup[] {
  return parseCsv(text)
    .rows.map((r) => ({
      id: r.id ?? '',
      nameZh: r.name_zh ?? '',
      nameEn: r.name_en ?? '',
      members: list(r.members),
      source: r.source ?? '',
    }))
    .filter((g) => g.id);
}
