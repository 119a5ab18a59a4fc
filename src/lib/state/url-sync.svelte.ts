/**
 * Keeps the address bar and the AppState in step: the URL is read once the data is ready, each
 * state change pushes a history entry (hover never does), back/forward re-apply the state, and the
 * language choice persists in localStorage.
 */
import { detectLang } from '../i18n';
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

/** Query string for the state, keeping pass-through parameters such as `data`. */
function searchFor(app: AppState): string {
  const own = encodeUrl(app.urlState);
  const data = new URLSearchParams(location.search).get('data');
  const params = new URLSearchParams(own);
  if (data) params.set('data', data);
  const s = params.toString();
  return s ? `?${s}` : '';
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

/** Call inside an $effect once the data is ready; returns the cleanup. */
export function syncUrl(app: AppState): () => void {
  app.setLang(detectLang(readStoredLang(), navigator.languages ?? [navigator.language]));
  const ignored = applyLocation(app);
  if (ignored.length) app.notify('warning', app.t('url.ignored', { params: ignored.join(', ') }));
  history.replaceState(null, '', searchFor(app) + location.hash);

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
