/**
 * Everything the presentation shows for the current step, derived from the AppState as plain
 * values: the card, the step counter, the strip's instants, the year counter and the reach.
 * PresentMode and the PNG export both draw from it, so the image matches the screen.
 */
import type { AppState } from '../state/app-state.svelte';
import { stepCard, type StepCard } from './card';
import { yearOf } from '../data/dates';
import { clampStep } from './steps';

export interface PresentView {
  /** Tour title, or '' when stepping through the visible events. */
  heading: string;
  stepLabel: string;
  card: StepCard | null;
  /** Why there is no card: no steps, or the step's event is not loaded. */
  message: string;
  /** Start of each step's event (where the year counter reads), in step order. */
  times: number[];
  step: number;
  count: number;
  year: string;
  reached: string;
}

/**
 * What a feature presents instead of events (the diffusion view steps through years): the view of
 * its current step and its own picture export. Its step ids come through `AppState.stepSource`.
 */
export interface PresentDeck {
  view: () => PresentView;
  /** Render and download its picture; a failure is told through `report`. */
  exportImage: (report: (text: string) => void) => Promise<unknown>;
}

/**
 * Instants for the strip, one per step; a step whose event is missing borrows its neighbour's.
 * `fillTimes([1, NaN, 3])` → [1, 1, 3].
 */
export function fillTimes(times: readonly number[]): number[] {
  const out = [...times];
  const firstKnown = out.find(Number.isFinite) ?? Date.UTC(2000, 0, 1);
  for (let i = 0; i < out.length; i++) {
    if (!Number.isFinite(out[i])) out[i] = i > 0 ? out[i - 1]! : firstKnown;
  }
  return out;
}

export function presentView(app: AppState): PresentView {
  const ids = app.presentSteps;
  const count = ids.length;
  const step = clampStep(app.present.step, count);
  const tour = app.present.tourId
    ? app.data?.tours.find((t) => t.id === app.present.tourId)
    : undefined;
  const id = ids[step];
  const e = id ? app.byId.get(id) : undefined;
  const card =
    e && app.data
      ? stepCard(e, {
          lang: app.lang,
          types: app.data.types,
          regionName: app.regionName,
          national: app.t('present.national'),
          sep: app.t('list.sep'),
          narration: tour?.steps[step],
        })
      : null;
  return {
    heading: tour ? app.text(tour.titleZh, tour.titleEn) : '',
    stepLabel: count ? app.t('present.step', { step: step + 1, count }) : '',
    card,
    message: !count ? app.t('present.empty') : app.t('present.missing', { id: id ?? '' }),
    times: fillTimes(
      ids.map((i) => {
        const ev = app.byId.get(i);
        return ev ? ev.t0 : NaN;
      }),
    ),
    step,
    count,
    year: e ? app.t('present.year', { year: String(yearOf(e.t0)) }) : '',
    reached: app.present.cumulative ? app.t('present.reached', { count: app.reached.length }) : '',
  };
}
