/**
 * The import's three effects on the app, each called from a user action (or once at start-up, by
 * src/lib/shell/boot.ts):
 * apply a confirmed preview, restore a saved import after a reload, and go back to the built-in
 * data. They call AppState's methods and persist.ts; nothing else writes the events. The parser
 * and validator load when first needed, outside the first screen's code.
 */
import type { AppState } from '../state/app-state.svelte';
import type { ImportContext, ImportPreview } from './import';
import { clearImport, loadImport, saveImport, type SavedImport } from '../data/persist';
import type { ReformEvent } from '../data/types';

/** What the validator needs from the app: its types, regions and the events shown now. */
export function importContext(app: AppState): ImportContext {
  const data = app.data!;
  return {
    types: new Set(data.types.map((t) => t.id)),
    families: new Set(data.families.map((f) => f.id)),
    resolveRegion: data.index.resolve,
    suggestRegion: data.index.suggest,
    existing: app.events,
  };
}

/**
 * The user's own events after this import, and how they sit with the built-in ones. A merge onto
 * an earlier import adds to it; a replace starts over.
 */
export function nextSaved(
  app: Pick<AppState, 'events' | 'origin'>,
  builtIn: readonly ReformEvent[],
  previous: SavedImport | null,
  preview: ImportPreview,
): { mode: SavedImport['mode']; events: ReformEvent[] } {
  if (preview.mode === 'replace') return { mode: 'replace', events: preview.events };
  if (!app.origin.imported || !previous) return { mode: 'merge', events: preview.events };
  const builtInIds = new Set(builtIn.map((e) => e.id));
  const own =
    previous.mode === 'replace' ? app.events : app.events.filter((e) => !builtInIds.has(e.id));
  return { mode: previous.mode, events: [...own, ...preview.events] };
}

/** Show the preview's valid events (merge or replace) and save them for the next visit. */
export async function applyImport(app: AppState, preview: ImportPreview): Promise<void> {
  const previous = app.origin.imported ? await loadImport() : null;
  const next = nextSaved(app, app.data!.events, previous, preview);
  app.useEvents(preview.events, preview.mode);
  app.notify(
    'info',
    app.t(preview.mode === 'merge' ? 'import.done.merge' : 'import.done.replace', {
      count: preview.events.length,
    }),
  );
  try {
    const { eventsToCsv } = await import('../data/csv');
    await saveImport({
      version: 1,
      mode: next.mode,
      csv: eventsToCsv(next.events),
      fileName: preview.fileName,
      count: next.events.length,
      savedAt: Date.now(),
    });
  } catch {
    app.notify('warning', app.t('import.saveFailed'));
  }
}

/**
 * After a reload: show the saved import again, re-validated against today's data. Resolves to how
 * many saved events no longer pass (0 when all do), or null when nothing was saved.
 */
export async function restoreSaved(app: AppState): Promise<{ dropped: number } | null> {
  const saved = await loadImport();
  if (!saved || !app.data) return null;
  const { parseText, validateParsed } = await import('./import');
  const parsed = await parseText(saved.csv, saved.fileName);
  const preview = await validateParsed(
    parsed,
    { ...importContext(app), existing: saved.mode === 'merge' ? app.data.events : [] },
    saved.mode,
  );
  if (preview.events.length) app.useEvents(preview.events, saved.mode);
  return { dropped: Math.max(0, saved.count - preview.events.length) };
}

/** Back to the built-in events; the saved import is deleted. */
export async function restoreBuiltIn(app: AppState): Promise<void> {
  app.restoreBuiltIn();
  await clearImport();
  app.notify('info', app.t('import.restored'));
}
