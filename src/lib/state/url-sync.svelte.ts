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

/** Call inside an $effect once the data is ready; returns the cleanup. */
export function syncUrl(app: AppState): () => void {
  app.setLang(detectLang(readStoredLang(), navigator.languages ?? [navigator.language]));
  const ignored = applyLocation(app);
  if (ignored.length) app.notify('warning', app.t('url.ignored', { params: ignored.join(', ') }));
  history.replaceState(null, '', searchFor(app) + location.hash);

  const onPop = () => applyLocation(app);
  addEventListener('popstate', onPop);

  const stop = $effect.root(() => {
    $effect(() => {
      const next = searchFor(app);
      if (next === location.search) return;
      // A new selection or presentation step replaces the entry (500 autoplay steps must not
      // mean 500 presses of Back); filters, window, language and view push one.
      const minor = sameButSelection(location.search, next);
      history[minor ? 'replaceState' : 'pushState'](null, '', next + location.hash);
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
