/** The small companion tables of data/: reform types, levels, eras, regional groups, families. */
import { intervalEnd, intervalStart, parsePartialDate } from './dates';
import { parseCsv } from './csv';
import { parseSources, type ErrorCode, type ValidationError } from './schema';
import type { Era, Family, Level, LevelInfo, ReformType, RegionGroup } from './types';

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

/**
 * data/families.csv → the families and the rows' errors (a bad row is left out, so events naming
 * it are then rejected too). Anchors and members need the events: see `checkFamilies`.
 * `parseFamilies('id,name_zh,unit,complete\nnidz,国家自主创新示范区,city,false\n').families[0]`
 * → { id: 'nidz', nameZh: '国家自主创新示范区', unit: 'city', complete: false, anchors: [], … }.
 */
export function parseFamilies(
  text: string,
  file = 'families.csv',
): { families: Family[]; errors: ValidationError[] } {
  const families: Family[] = [];
  const errors: ValidationError[] = [];
  const seen = new Map<string, number>();
  parseCsv(text).rows.forEach((r, i) => {
    const row = i + 2;
    const before = errors.length;
    const err = (column: string, value: string, code: ErrorCode, expected?: string) =>
      errors.push({ file, row, column, value, code, expected });
    const id = (r.id ?? '').trim();
    const unit = (r.unit ?? '').trim();
    const complete = (r.complete ?? '').trim().toLowerCase();
    const sources = parseSources(r.sources ?? '');
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) err('id', id, id ? 'id_format' : 'required');
    else if (seen.has(id)) err('id', id, 'duplicate_id', String(seen.get(id)));
    else seen.set(id, row);
    if (!(r.name_zh ?? '').trim()) err('name_zh', '', 'required');
    if (unit !== 'province' && unit !== 'city') err('unit', unit, 'unit', 'province, city');
    if (complete !== 'true' && complete !== 'false') err('complete', r.complete ?? '', 'bool');
    if (!sources) err('sources', r.sources ?? '', 'source_format');
    if (errors.length > before) return;
    families.push({
      id,
      nameZh: (r.name_zh ?? '').trim(),
      nameEn: (r.name_en ?? '').trim(),
      descriptionZh: (r.description_zh ?? '').trim(),
      descriptionEn: (r.description_en ?? '').trim(),
      unit: unit as Family['unit'],
      anchors: list(r.anchors),
      complete: complete === 'true',
      note: (r.note ?? '').trim(),
      noteEn: (r.note_en ?? '').trim(),
      sources: sources ?? [],
    });
  });
  return { families, errors };
}
