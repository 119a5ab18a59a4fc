/**
 * The app's start, in order: load the data, restore what the user kept in this browser (imported
 * events, an approved boundary file), apply the URL, report. Only then do the views draw, so they
 * never show the built-in boundaries before an agency's own, nor warn about a link's `sel` that
 * names an imported event. App.svelte calls it once; it resolves to the URL sync's cleanup.
 */
import { loadDataset } from '../data/load';
import type { ValidationError } from '../data/schema';
import { restoreSaved } from '../import/import-apply';
import { restoreBoundary, type Restored } from '../map/saved-boundary';
import { reconcileSelection } from '../present/controller';
import type { AppState } from '../state/app-state.svelte';
import { dataParam } from '../state/url';
import { applyLocation, replaceUrl, startLang, syncUrl } from '../state/url-sync.svelte';

export async function boot(app: AppState): Promise<() => void> {
  // The loading and error messages are in the user's language already.
  app.setLang(startLang());

  // 1. Load: data/events.csv, or the same-origin events file `?data=` names.
  const file = dataParam(location.search);
  try {
    app.load(await loadDataset(file), file);
  } catch (e) {
    app.fail(e instanceof Error ? e.message : String(e));
    return () => {};
  }
  performance.mark('atlas:data-ready');

  // 2. Restore: the user's imported events and approved boundary file, each checked again (an
  // unreadable store leaves the built-in ones).
  const regions = app.data!.regions;
  const [imported, boundary] = await Promise.all([
    restoreSaved(app).catch(() => null),
    restoreBoundary(regions).catch(() => null),
  ]);
  if (boundary?.ok) {
    const { geo, attribution, fileName } = boundary;
    app.useBoundary({ geo, attribution, fileName });
  }

  // 3. Apply the URL, now that every event id is known; a deck link without `sel` selects its
  // step's event. The address bar then shows the state's own URL.
  const ignored = applyLocation(app);
  if (new URLSearchParams(location.search).has('data') && !file) ignored.push('data');
  reconcileSelection(app);
  replaceUrl(app);
  app.ready();

  // 4. Report what was left out or brought back.
  report(app, app.data!.errors, imported, boundary, ignored);
  return syncUrl(app);
}

function report(
  app: AppState,
  errors: readonly ValidationError[],
  imported: { dropped: number } | null,
  boundary: Restored | null,
  ignored: readonly string[],
) {
  const first = errors[0];
  if (first) {
    // Rows the validator rejected are left out; say how many and where the first one is.
    const { file, row, column } = first;
    const value = first.value.slice(0, 60);
    app.notify(
      'warning',
      app.t('data.rejected', { count: errors.length, file, row, column, value }),
    );
  }
  if (imported?.dropped)
    app.notify('warning', app.t('import.restoreDropped', { count: imported.dropped }));
  if (boundary?.ok) app.notify('info', app.t('map.boundaryRestored', { name: boundary.fileName }));
  else if (boundary) {
    const reason = app.t(boundary.error.key, boundary.error.params);
    app.notify('error', app.t('map.boundaryRestoreFailed', { name: boundary.fileName, reason }));
  }
  if (ignored.length) app.notify('warning', app.t('url.ignored', { params: ignored.join(', ') }));
}
