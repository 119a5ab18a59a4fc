/**
 * Keeps the address bar and the AppState in step. At start-up (src/lib/shell/boot.ts) the URL is
 * applied once and rewritten in the app's own form; from then on `syncUrl` makes each state change
 * push a history entry (hover never does), back/forward re-apply the state, and the language
 * choice persist in localStorage.
 */
import { detectLang, type Lang } from '../i18n';
import type { AppState } from './app-state.svelte';
import { decodeUrl, encodeUrl, type UrlContext } from './url';

const LANG_KEY = 'reform-atlas.lang';

export function readStoredLang(): string | null {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    return null;
  }
}

/** The language before the URL is read: the stored choice, else the browser's. */
export function startLang(): Lang {
  return detectLang(readStoredLang(), navigator.languages ?? [navigator.language]);
}

function urlContext(app: AppState): UrlContext {
  const data = app.data!;
  return {
    types: new Set(data.types.map((t) => t.id)),
    ids: app.byId,
    resolveRegion: data.index.resolve,
    provinces: new Set(data.regions.filter((r) => r.level === 'province').map((r) => r.adcode)),
    tours: new Set(data.tours.map((t) => t.id)),
    families: new Set(data.families.map((f) => f.id)),
  };
}

/** Apply `location.search` to the state; returns the names of ignored parameters. */
export function applyLocation(app: AppState): string[] {
  const { state, ignored } = decodeUrl(location.search, urlContext(app));
  app.applyUrl(state);
  return ignored;
}

/** Query string for the state, keeping the `?data=` file the app was opened with. */
function searchFor(app: AppState): string {
  const params = new URLSearchParams(encodeUrl(app.urlState));
  if (app.origin.file) params.set('data', app.origin.file);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Write the state's own URL in the address bar, without a new history entry. */
export function replaceUrl(app: AppState): void {
  history.replaceState(null, '', searchFor(app) + location.hash);
}

/** Do two query strings differ only in the selection and the presentation step? */
export function sameButSelection(a: string, b: string): boolean {
  const strip = (q: string) => {
    const p = new URLSearchParams(q);
    p.delete('sel');
    p.delete('step');
    return p.toString();
  };
  return strip(a) === strip(b);
}

/** Do two query strings differ in the diffusion view's scrubbed year, and nothing else but the selection? */
export function onlyYear(a: string, b: string): boolean {
  const year = (q: string) => new URLSearchParams(q).get('year');
  const strip = (q: string) => {
    const p = new URLSearchParams(q);
    p.delete('year');
    return p.toString();
  };
  return year(a) !== year(b) && sameButSelection(strip(a), strip(b));
}

/**
 * How a new query string enters history. A new selection or presentation step replaces the entry
 * (500 autoplay steps must not mean 500 presses of Back); so does a year change right after another
 * (a scrub, or play, is one entry: Back returns to before it); anything else pushes one.
 * `historyMode('?family=a', '?family=a&year=2016', false)` → 'push'.
 */
export function historyMode(
  current: string,
  next: string,
  lastWasYear: boolean,
): 'push' | 'replace' {
  if (onlyYear(current, next)) return lastWasYear ? 'replace' : 'push';
  return sameButSelection(current, next) ? 'replace' : 'push';
}

/** Keep the URL in step with the state from now on (after the URL was applied); returns the cleanup. */
export function syncUrl(app: AppState): () => void {
  /** The last entry written was a year change (see historyMode). */
  let lastWasYear = false;
  const onPop = () => {
    lastWasYear = false;
    applyLocation(app);
  };
  addEventListener('popstate', onPop);

  const stop = $effect.root(() => {
    $effect(() => {
      const next = searchFor(app);
      if (next === location.search) return;
      const mode = historyMode(location.search, next, lastWasYear);
      lastWasYear = onlyYear(location.search, next);
      history[mode === 'replace' ? 'replaceState' : 'pushState'](null, '', next + location.hash);
    });
    $effect(() => {
      try {
        localStorage.setItem(LANG_KEY, app.lang);
      } catch {
        /* private mode: the URL still carries the language */
      }
    });
  });
  return () => {
    removeEventListener('popstate', onPop);
    stop();
  };
}
