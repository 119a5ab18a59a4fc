/**
 * State ⇄ URL. Everything a person may want to share or come back to lives in the query string:
 * language, filters (types, levels, actions, regions, text), time window, selection, drilled-down
 * province, the presentation step and the diffusion view (family, scrubbed year, matrix order).
 * Decoding never throws: unknown or invalid parameters are dropped and named in `ignored`.
 */
import { DAY, intervalEnd, intervalStart, isoDay, parsePartialDate } from '../data/dates';
import { ACTIONS, LEVELS, type Action, type Level } from '../data/types';
import type { Lang } from '../i18n';
import { EMPTY_FILTERS, type Filters } from './selectors';

export interface UrlState {
  lang: Lang | null;
  filters: Filters;
  selectedId: string | null;
  /** Drilled-down province adcode, or null for the national view. */
  view: string | null;
  present: { active: boolean; tourId: string | null; step: number; cumulative?: boolean };
  /** The diffusion view (政策扩散); open when a family is chosen. */
  diffusion: Diffusion;
}

/** How the diffusion view's adoption matrix sorts its rows. */
export const DIFFUSION_SORTS = ['group', 'first', 'count'] as const;
export type DiffusionSort = (typeof DIFFUSION_SORTS)[number];

export interface Diffusion {
  /** The family shown, or null when the view is closed. */
  family: string | null;
  /** The year scrubbed to, or null for the latest year. */
  year: number | null;
  sort: DiffusionSort;
}

export const CLOSED_DIFFUSION: Diffusion = { family: null, year: null, sort: 'group' };

export interface UrlContext {
  types: ReadonlySet<string>;
  /** Event ids (a set, or the app's id → event map). */
  ids: { has(id: string): boolean };
  /** Canonical region id for a token, or null. */
  resolveRegion: (token: string) => string | null;
  provinces: ReadonlySet<string>;
  tours: ReadonlySet<string>;
  /** Family ids (`?family=`); none known when absent. */
  families?: ReadonlySet<string>;
}

export const DEFAULT_URL_STATE: UrlState = {
  lang: null,
  filters: EMPTY_FILTERS,
  selectedId: null,
  view: null,
  present: { active: false, tourId: null, step: 0, cumulative: false },
  diffusion: CLOSED_DIFFUSION,
};

/** Parameters the app owns; others (e.g. `data`) are left alone and not reported. */
/** Query parameters the app owns (the fuzz tests draw from this list too). */
export const URL_PARAMS = [
  'lang',
  'types',
  'levels',
  'act',
  'regions',
  'from',
  'to',
  'q',
  'sel',
  'view',
  'present',
  'tour',
  'step',
  'cum',
  'family',
  'year',
  'sort',
];
/**
 * Parameters read elsewhere (`data`: the benchmark's events file; `map`: the stored choice of map
 * renderer, src/lib/map/renderer-choice.ts).
 */
export const PASSTHROUGH_PARAMS = ['data', 'map'];
const MAX_PARAM = 500;

/**
 * `encodeUrl({...DEFAULT_URL_STATE, lang: 'en', selectedId: 'x'})` → `lang=en&sel=x`.
 * Parameters come in a fixed order and defaults are omitted, so equal states give equal URLs.
 */
export function encodeUrl(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.lang) p.set('lang', s.lang);
  if (s.filters.types.length) p.set('types', s.filters.types.join(','));
  if (s.filters.levels.length) p.set('levels', s.filters.levels.join(','));
  if (s.filters.actions.length) p.set('act', s.filters.actions.join(','));
  if (s.filters.regions.length) p.set('regions', s.filters.regions.join(','));
  if (s.filters.window) {
    p.set('from', isoDay(new Date(s.filters.window[0])));
    p.set('to', isoDay(new Date(s.filters.window[1] - DAY)));
  }
  if (s.filters.query) p.set('q', s.filters.query);
  if (s.selectedId) p.set('sel', s.selectedId);
  if (s.view) p.set('view', s.view);
  if (s.present.active) p.set('present', '1');
  if (s.present.tourId) p.set('tour', s.present.tourId);
  if (s.present.active && s.present.step > 0) p.set('step', String(s.present.step + 1));
  if (s.present.active && s.present.cumulative) p.set('cum', '1');
  if (s.diffusion.family) {
    p.set('family', s.diffusion.family);
    if (s.diffusion.year !== null) p.set('year', String(s.diffusion.year));
    if (s.diffusion.sort !== 'group') p.set('sort', s.diffusion.sort);
  }
  return p.toString();
}

export interface Decoded {
  state: UrlState;
  /** Names of parameters that were dropped. */
  ignored: string[];
}

/** Parse a query string against what is known; see the module comment. */
export function decodeUrl(search: string, ctx: UrlContext): Decoded {
  const ignored = new Set<string>();
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(search);
  } catch {
    return { state: DEFAULT_URL_STATE, ignored: ['?'] };
  }
  const get = (name: string): string | null => {
    const all = p.getAll(name);
    if (all.length === 0) return null;
    const v = all[all.length - 1]!;
    if (v.length > MAX_PARAM) {
      ignored.add(name);
      return null;
    }
    return v;
  };
  const list = <T extends string>(name: string, ok: (x: string) => T | null): T[] => {
    const raw = get(name);
    if (raw === null) return [];
    const out: T[] = [];
    for (const token of raw.split(',')) {
      if (!token) continue;
      const v = ok(token.trim());
      if (v === null) ignored.add(name);
      else if (!out.includes(v)) out.push(v);
    }
    return out;
  };

  for (const key of new Set(p.keys()))
    if (!URL_PARAMS.includes(key) && !PASSTHROUGH_PARAMS.includes(key)) ignored.add(key);

  const langRaw = get('lang');
  const lang = langRaw === 'zh' || langRaw === 'en' ? langRaw : null;
  if (langRaw !== null && !lang) ignored.add('lang');

  const types = list('types', (t) => (ctx.types.has(t) ? t : null));
  const levels = list<Level>('levels', (l) =>
    (LEVELS as readonly string[]).includes(l) ? (l as Level) : null,
  );
  const actions = list<Action>('act', (a) =>
    (ACTIONS as readonly string[]).includes(a) ? (a as Action) : null,
  );
  const regions = list('regions', (r) => ctx.resolveRegion(r));

  let window: [number, number] | null = null;
  const fromRaw = get('from');
  const toRaw = get('to');
  if (fromRaw !== null || toRaw !== null) {
    const from = fromRaw !== null ? parsePartialDate(fromRaw) : null;
    const to = toRaw !== null ? parsePartialDate(toRaw) : null;
    if ((fromRaw !== null && !from) || (toRaw !== null && !to)) {
      ignored.add(fromRaw !== null && !from ? 'from' : 'to');
    }
    const t0 = from ? intervalStart(from) : Date.UTC(1978, 0, 1);
    const t1 = to ? intervalEnd(to) : Date.UTC(2100, 0, 1);
    if ((from || to) && t1 > t0) window = [t0, t1];
    else if (from || to) ignored.add('to');
  }

  const query = (get('q') ?? '').slice(0, 200);

  const selRaw = get('sel');
  const selectedId = selRaw !== null && ctx.ids.has(selRaw) ? selRaw : null;
  if (selRaw !== null && !selectedId) ignored.add('sel');

  const viewRaw = get('view');
  const view = viewRaw !== null && ctx.provinces.has(viewRaw) ? viewRaw : null;
  if (viewRaw !== null && !view) ignored.add('view');

  const presentRaw = get('present');
  if (presentRaw !== null && presentRaw !== '1' && presentRaw !== '0') ignored.add('present');
  const tourRaw = get('tour');
  const tourId = tourRaw !== null && ctx.tours.has(tourRaw) ? tourRaw : null;
  if (tourRaw !== null && !tourId) ignored.add('tour');
  const stepRaw = get('step');
  let step = 0;
  if (stepRaw !== null) {
    const n = /^\d{1,6}$/.test(stepRaw) ? Number(stepRaw) : NaN;
    if (n >= 1) step = n - 1;
    else ignored.add('step');
  }
  const active = presentRaw === '1' || tourId !== null;
  const cumRaw = get('cum');
  if (cumRaw !== null && cumRaw !== '1' && cumRaw !== '0') ignored.add('cum');

  const familyRaw = get('family');
  const family = familyRaw !== null && ctx.families?.has(familyRaw) ? familyRaw : null;
  if (familyRaw !== null && !family) ignored.add('family');
  const yearRaw = get('year');
  const year = yearRaw !== null && /^\d{4}$/.test(yearRaw) ? Number(yearRaw) : null;
  if (yearRaw !== null && (year === null || year < 1978 || year > 2100)) ignored.add('year');
  const sortRaw = get('sort');
  const sort = DIFFUSION_SORTS.find((x) => x === sortRaw) ?? 'group';
  if (sortRaw !== null && sort !== sortRaw) ignored.add('sort');

  return {
    state: {
      lang,
      filters: { types, levels, actions, regions, window, query },
      selectedId,
      view,
      present: { active, tourId, step: active ? step : 0, cumulative: active && cumRaw === '1' },
      diffusion: family
        ? { family, year: year !== null && year >= 1978 && year <= 2100 ? year : null, sort }
        : CLOSED_DIFFUSION,
    },
    ignored: [...ignored],
  };
}

/** A same-origin events file named by `?data=` (used by the benchmark), or null. */
export function dataParam(search: string): string | null {
  const v = new URLSearchParams(search).get('data');
  if (!v || v.length > 200 || !/^[\w\-/]+\.csv$/.test(v) || v.includes('//') || v.startsWith('/'))
    return null;
  return v;
}
