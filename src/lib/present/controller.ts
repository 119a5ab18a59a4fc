/**
 * Presentation actions on the one AppState. Each step change also selects the step's event, so the
 * map (which follows the selection) flies to its regions and the URL carries `sel` with `step`.
 * `goToStep(app, 3)` → present.step 3, selectedId = presentSteps[3].
 */
import type { AppState } from '../state/app-state.svelte';
import { clampStep, moveStep, startStep, type StepMove } from './steps';

/** The event id of the current step, or null when there are no steps. */
export function currentStepId(app: AppState): string | null {
  const steps = app.presentSteps;
  return steps.length ? steps[clampStep(app.present.step, steps.length)]! : null;
}

export function goToStep(app: AppState, step: number) {
  const s = clampStep(step, app.presentSteps.length);
  app.setPresent({ step: s });
  const id = currentStepId(app);
  if (id && app.byId.has(id) && app.selectedId !== id) app.select(id);
}

export function moveBy(app: AppState, move: StepMove) {
  goToStep(app, moveStep(app.present.step, app.presentSteps.length, move));
}

/** Enter presentation: on a tour from its start, else at the selected event (or the first). */
export function enterPresent(app: AppState, tourId: string | null = app.present.tourId) {
  app.setPresent({ active: true, tourId, step: 0 });
  goToStep(app, tourId ? 0 : startStep(app.presentSteps, app.selectedId));
}

export function leavePresent(app: AppState) {
  app.setPresent({ active: false, tourId: null, step: 0, cumulative: false });
}

/** Switch to a tour (or back to the visible events with null), from its first step. */
export function chooseTour(app: AppState, tourId: string | null) {
  app.setPresent({ tourId, step: 0 });
  goToStep(app, 0);
}

/**
 * A URL may name a step without `sel` (a hand-written deck link): select the step's event once.
 * Returns true when it changed the selection.
 */
export function reconcileSelection(app: AppState): boolean {
  if (!app.present.active) return false;
  const id = currentStepId(app);
  if (!id || !app.byId.has(id) || app.selectedId === id) return false;
  app.select(id);
  return true;
}
