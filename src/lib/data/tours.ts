/** Curated presentation tours (data/tours.csv): parsing and checking. The present/ feature plays them. */
import { parseCsv } from './csv';
import type { ValidationError } from './schema';

export interface TourStep {
  eventId: string;
  narrationZh: string;
  narrationEn: string;
  /** Spreadsheet row of the step, for error messages. */
  row: number;
  /** The `step` column as written (NaN when it is not a number). */
  number: number;
}

export interface Tour {
  id: string;
  titleZh: string;
  titleEn: string;
  steps: TourStep[];
}

/** `parseTours(csv)` → tours in file order, steps sorted by their `step` number. */
export function parseTours(text: string): Tour[] {
  const tours = new Map<string, Tour>();
  parseCsv(text).rows.forEach((r, i) => {
    const id = (r.tour_id ?? '').trim();
    if (!id) return;
    let tour = tours.get(id);
    if (!tour) {
      tour = {
        id,
        titleZh: (r.tour_title_zh ?? '').trim(),
        titleEn: (r.tour_title_en ?? '').trim(),
        steps: [],
      };
      tours.set(id, tour);
    }
    const raw = (r.step ?? '').trim();
    tour.steps.push({
      eventId: (r.event_id ?? '').trim(),
      narrationZh: (r.narration_zh ?? '').trim(),
      narrationEn: (r.narration_en ?? '').trim(),
      row: i + 2,
      number: /^\d+$/.test(raw) ? Number(raw) : NaN,
    });
  });
  // Stable sort: rows with an invalid step number keep their file position at the end.
  const key = (s: TourStep) => (Number.isNaN(s.number) ? Infinity : s.number);
  return [...tours.values()].map((t) => ({
    ...t,
    steps: [...t.steps].sort((a, b) => key(a) - key(b)),
  }));
}

/**
 * Every step must name a known event, carry both narrations and a unique whole step number; each
 * tour needs a title. Each problem names the row and column:
 * `validateTours(tours, new Set(['a']), 'tours.csv')` → `[{ row: 4, column: 'event_id',
 * value: 'missing', code: 'related', expected: 'an id from events.csv (tour b, step 1)' }]`.
 */
export function validateTours(
  tours: readonly Tour[],
  ids: ReadonlySet<string>,
  file: string,
): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const tour of tours) {
    const firstRow = tour.steps[0]?.row ?? 0;
    if (!tour.titleZh)
      errors.push({ file, row: firstRow, column: 'tour_title_zh', value: '', code: 'required' });
    const seen = new Set<number>();
    for (const s of tour.steps) {
      const where = `tour ${tour.id}, step ${Number.isNaN(s.number) ? '?' : s.number}`;
      if (Number.isNaN(s.number) || s.number < 1) {
        errors.push({
          file,
          row: s.row,
          column: 'step',
          value: Number.isNaN(s.number) ? '' : String(s.number),
          code: 'parse',
          expected: `a whole number from 1 (${where})`,
        });
      } else if (seen.has(s.number)) {
        errors.push({
          file,
          row: s.row,
          column: 'step',
          value: String(s.number),
          code: 'duplicate_id',
          expected: `each step number once per tour (${where})`,
        });
      } else seen.add(s.number);
      if (!s.eventId) {
        errors.push({ file, row: s.row, column: 'event_id', value: '', code: 'required' });
      } else if (!ids.has(s.eventId)) {
        errors.push({
          file,
          row: s.row,
          column: 'event_id',
          value: s.eventId,
          code: 'related',
          expected: `an id from events.csv (${where})`,
        });
      }
      for (const column of ['narration_zh', 'narration_en'] as const) {
        const text = column === 'narration_zh' ? s.narrationZh : s.narrationEn;
        if (!text)
          errors.push({ file, row: s.row, column, value: '', code: 'required', expected: where });
      }
    }
  }
  return errors;
}
