/** The export action: composite the current view into a 1920×1080 PNG and offer it as a download. */
import { editionLine } from '../state/edition';
import { mapSnapshot } from '../map/snapshot';
import { isoDay } from '../data/dates';
import { download, exportFileName } from '../ui/download';
import type { AppState } from '../state/app-state.svelte';
import type { ExportContent } from './export';
import type { PresentView } from './view';

export function exportContent(app: AppState, view: PresentView, now: Date): ExportContent {
  return {
    title: app.t('app.title'),
    subtitle: view.heading || app.t('app.subtitle'),
    stepLabel: view.stepLabel,
    card: view.card,
    emptyText: view.message,
    times: view.times,
    step: view.step,
    year: view.year,
    reached: view.reached,
    // The map's credit line as shown: an agency's boundary file brings its own, instead of ours.
    attribution: app.attribution,
    edition: editionLine(app.lang, app.data?.events ?? null),
    exportedAt: app.t('present.exportedAt', { date: isoDay(now) }),
    mapUnavailable: app.t('present.mapUnavailable'),
  };
}

/** Render and download (a failure is reported, by default as a notice). Resolves to the file name, or null. */
export async function exportImage(
  app: AppState,
  view: PresentView,
  report: (text: string) => void = (text) => app.notify('error', text),
): Promise<string | null> {
  try {
    const now = new Date();
    // The compositor is loaded on first use: it is not needed to present.
    const { renderExportPng } = await import('./export');
    const map = await mapSnapshot().catch(() => null);
    const blob = await renderExportPng(exportContent(app, view, now), map);
    const file = exportFileName(app.presentSteps[view.step] ?? null, now, 'png');
    download(blob, file);
    return file;
  } catch (e) {
    report(app.t('present.exportFailed', { message: e instanceof Error ? e.message : String(e) }));
    return null;
  }
}
