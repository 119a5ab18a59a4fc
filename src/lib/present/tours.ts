/** Curated presentation tours: what the present/ feature says about a tour it cannot play. */
import type { Tour } from '../data/tours';
import { translate, type Lang } from '../i18n';

/**
 * The steps of a tour whose event is not loaded (e.g. after an import replaced the events), as
 * sentences for people: `missingSteps(tour, ids, 'en')` → ['Tour “b” step 1 names the event id …'].
 */
export function missingSteps(tour: Tour, ids: ReadonlySet<string>, lang: Lang): string[] {
  return tour.steps
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => !ids.has(s.eventId))
    .map(({ s, i }) =>
      translate(lang, 'present.tourUnknownEvent', {
        tour: lang === 'en' ? tour.titleEn || tour.id : tour.titleZh || tour.id,
        step: i + 1,
        id: s.eventId,
        row: s.row,
      }),
    );
}
