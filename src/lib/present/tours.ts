/** Curated presentation tours (data/tours.csv): a title and, per step, an event and a narration. */
import { parseCsv } from '../data/csv';
import type { ValidationError } from '../data/schema';

export interface TourStep {
  eventId: string;
  narrationZh: string;
  narrationEn: string;
  /** Spreadsheet row of the step, for error messages. */
  row: number;
}

export interface Tour {
  id: string;
  titleZh: string;
  titleEn: string;
  steps: TourStep[];
}

/** `parseTours(csv)` → tours in file order, steps sorted by their `step` number. */
export function parseTours(text: string): Tour[] {
  const tours = new Map<string, Tour & { order: Map<TourStep, number> }>();
  parseCsv(text).rows.forEach((r, i) => {
    const id = (r.tour_id ?? '').trim();
    if (!id) return;
    let tour = tours.get(id);
    if (!tour) {
      tour = {
        id,
        titleZh: r.tour_title_zh ?? '',
        titleEn: r.tour_title_en ?? '',
        steps: [],
        order: new Map(),
      };
      tours.set(id, tour);
    }
    const step: TourStep = {
      eventId: (r.event_id ?? '').trim(),
      narrationZh: r.narration_zh ?? '',
      narrationEn: r.narration_en ?? '',
      row: i + 2,
    };
    tour.steps.push(step);
    tour.order.set(step, Number(r.step));
  });
  return [...tours.values()].map(({ order, ...tour }) => ({
    ...tour,
    steps: tour.steps.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
  }));
}

/** Every step must name a known event: unknown ids are reported with their row. */
export function validateTours(
  tours: readonly Tour[],
  ids: ReadonlySet<string>,
  file: string,
): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const tour of tours) {
    for (const s of tour.steps) {
      if (!ids.has(s.eventId)) {
        errors.push({
          file,
          row: s.row,
          column: 'event_id',
          value: s.eventId,
          code: 'related',
          expected: tour.id,
        });
      }
    }
  }
  return errors;
}
