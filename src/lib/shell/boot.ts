/**
 * The app's start, in order: load the data, restore what the user kept in this browser (imported
 * events, an approved boundary file), apply the URL, report. Only then do the views draw, so they
 * never show the built-in boundaries before an agency's own, nor warn about a link's `sel` that
 * names an imported event. App.svelte calls it once; it resolves to the URL sync's cleanup.
 */
import { loadDataset, loadTexts } from '../data/load';
import type { ValidationError } from '../data/schema';
import type { Restored } from '../map/saved-boundary';
import { reconcileSelection } from '../present/controller';
import { holdEnterKey } from '../present/early-key';
import type { AppState } from '../state/app-state.svelte';
import { LANGS, loadMessages } from '../i18n';
import { dataParam } from '../state/url';
import { applyLocation, replaceUrl, startLang, syncUrl } from '../state/url-sync.svelte';
import { onIdle } from '../ui/idle';

export async function boot(app: AppState): Promise<() => void> {
  // P pressed before presentation mode is in (it comes after the first frame) opens it then.
  holdEnterKey();
  // The loading and error messages are in the user's language already. Its messages (and those of
  // a language the link asks for) arrive beside the data, each language in its own chunk.
  const lang = startLang();
  const linked = new URLSearchParams(location.search).get('lang');
  const messages = Promise.all(
    [...new Set([lang, ...LANGS.filter((l) => l === linked)])].map(loadMessages),
  );
  void messages.then(
    () => app.setLang(lang),
    () => undefined,
  );

  // Restoring a saved import or boundary file (and the browser store) comes in chunks of its own,
  // asked for beside the data.
  const importApply = import('../import/import-apply');
  const savedBoundary = import('../map/saved-boundary');

  // 1. Load: data/events.csv, or the same-origin events file `?data=` names.
  const file = dataParam(location.search);
  try {
    const [data] = await Promise.all([loadDataset(file), messages]);
    app.load(data, file, file ? null : loadTexts);
  } catch (e) {
    app.fail(e instanceof Error ? e.message : String(e));
    return () => {};
  }
  performance.mark('atlas:data-ready');

  // 2. Restore: the user's imported events and approved boundary file, each checked again (an
  // unreadable store leaves the built-in ones). User Timing: `atlas:restored` when both are read.
  const regions = app.data!.regions;
  const [imported, boundary] = await Promise.all([
    importApply.then((m) => m.restoreSaved(app)).catch(() => null),
    savedBoundary.then((m) => m.restoreBoundary(regions)).catch(() => null),
  ]);
  performance.mark('atlas:restored');
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
  void drawLater(app);
  return syncUrl(app);
}

/** Resolves once the next frame has been painted (a task after its animation frame). */
const painted = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/**
 * Resolves when the main thread is next idle, at the latest after a second. After the first frame
 * the map is still drawing; reading the events' texts then (~60 ms at 1× CPU) made the map idle
 * ~95 ms later in interleaved loads (15 each).
 */
const idle = () => new Promise<void>((done) => onIdle(done));

/**
 * 5. After the first frame (header, timeline, map): fetch the chunks of the views that wait for it
 * — the filter panel and presentation mode —, the other language's messages and (once the main
 * thread is idle) the events' longer texts, then let the views draw into their reserved boxes.
 * User Timing: `atlas:first-frame`, `atlas:later-loaded` (their chunks and the texts are in),
 * `atlas:later-drawn`.
 */
async function drawLater(app: AppState) {
  if (typeof requestAnimationFrame !== 'function') return app.drawLater();
  await painted();
  performance.mark('atlas:first-frame');
  await Promise.all([
    // Summaries, notes and sources, once the map has drawn: the details, card and search need
    // them, so the views wait too.
    idle().then(() => app.readTexts()),
    import('../explore/FilterPanel.svelte'),
    import('../present/PresentMode.svelte'),
    // The other language, so that switching (mid-talk, on a projector) is immediate.
    ...LANGS.map(loadMessages),
  ]).catch(() => undefined);
  performance.mark('atlas:later-loaded');
  app.drawLater();
  await painted();
  performance.mark('atlas:later-drawn');
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
