/**
 * An approved boundary file lasts across reloads: it is stored as the text the user loaded and
 * checked again on restore (by src/lib/shell/boot.ts), like imported events
 * (src/lib/data/persist.ts). The file in use is the AppState's `boundary`.
 */
import type { ChinaGeo } from '../data/boundaries';
import { clearBoundary, loadBoundary, saveBoundary } from '../data/persist';
import type { RegionInfo } from '../data/types';
import type { AppState } from '../state/app-state.svelte';
import type { BoundaryIssue } from './boundary';

/** A boundary file the user approved in the dialog. */
export interface AppliedBoundary {
  geo: ChinaGeo;
  attribution: string;
  text: string;
  fileName: string;
}

export type Restored =
  | { ok: true; geo: ChinaGeo; attribution: string; fileName: string }
  | { ok: false; fileName: string; error: BoundaryIssue };

/** Keep (or, with null, forget) the user's boundary file. Resolves false when it cannot be kept. */
export async function keepBoundary(b: AppliedBoundary | null): Promise<boolean> {
  try {
    if (!b) await clearBoundary();
    else {
      const { text, fileName, attribution } = b;
      await saveBoundary({ version: 1, text, fileName, attribution, savedAt: Date.now() });
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Use the file the user approved (or, with null, the bundled boundaries again) and keep the choice
 * for the next visit; a notice says when the browser cannot keep it.
 */
export async function applyBoundary(app: AppState, b: AppliedBoundary | null): Promise<void> {
  app.useBoundary(b && { geo: b.geo, attribution: b.attribution, fileName: b.fileName });
  const kept = await keepBoundary(b);
  if (!kept) app.notify('warning', app.t(b ? 'map.boundaryNotSaved' : 'map.boundaryNotCleared'));
  else if (!b) app.notify('info', app.t('map.boundaryResetDone'));
}

/**
 * The saved boundary file, checked again; null when there is none. One that no longer passes
 * (e.g. the regions table changed) is forgotten, and the reason returned.
 */
export async function restoreBoundary(regions: readonly RegionInfo[]): Promise<Restored | null> {
  const saved = await loadBoundary();
  if (!saved) return null;
  const { parseBoundary } = await import('./boundary');
  const r = parseBoundary(saved.text, regions);
  if (!r.ok) {
    await clearBoundary();
    return { ok: false, fileName: saved.fileName, error: r.error };
  }
  return { ok: true, geo: r.geo, attribution: saved.attribution, fileName: saved.fileName };
}
