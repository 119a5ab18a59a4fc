/**
 * The one state object, in slices:
 * - data: the dataset (validated once; only the built-in events' longer texts are filled in, once,
 *   after the first frame), the events shown and where they come from;
 * - choices: language, filters, selection, hover, drilled-down view (what the URL carries);
 * - presentation: on or off, tour, step, cumulative mode (also in the URL);
 * - boundary: an agency's approved boundary file, and the credit line wherever the map appears;
 * - feedback: notices and the screen reader's announcement.
 * Every view reads the same derived sets. Views call its methods; nothing else writes it. The app
 * starts in one sequence, src/lib/shell/boot.ts.
 */
import { getContext, setContext } from 'svelte';
import type { CustomBoundary } from '../data/boundaries';
import type { Dataset } from '../data/dataset';
import { attachTexts, type PreparedTexts } from '../data/prepared';
import type { Action, Level, ReformEvent } from '../data/types';
import { hasMessages, loadMessages, pick, translate, type Lang, type MessageKey } from '../i18n';
import {
  EMPTY_FILTERS,
  countByRegion,
  facetCounts,
  matchesBase,
  matchesRegion,
  reachedProvinces,
  sortByTime,
  type Filters,
} from './selectors';
import { CLOSED_DIFFUSION, type Diffusion, type UrlState } from './url';

export type Status = 'loading' | 'ready' | 'error';

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: string;
}

export interface Presentation {
  active: boolean;
  tourId: string | null;
  /** 0-based step within the tour, or within the visible events when no tour is chosen. */
  step: number;
  /** Cumulative mode: the map keeps every region reached so far shaded. */
  cumulative?: boolean;
}

/** Where the events shown come from. */
export interface DataOrigin {
  /** The events file loaded at start: null for data/events.csv, else the `?data=` path. */
  file: string | null;
  /** Whether the user's imported events are shown (instead of, or beside, the loaded ones). */
  imported: boolean;
}

let noticeId = 0;

export class AppState {
  // Data.
  status = $state<Status>('loading');
  /**
   * The views that wait for the first frame (filters, presentation) may draw: set by boot once
   * the header, timeline and map have been painted. Their boxes are reserved meanwhile.
   */
  later = $state(false);
  error = $state('');
  data = $state.raw<Dataset | null>(null);
  /** The events shown: the loaded ones, or the user's after an import. */
  events = $state.raw<ReformEvent[]>([]);
  origin = $state.raw<DataOrigin>({ file: null, imported: false });
  /**
   * The built-in events carry their longer texts (summaries, notes, sources, quotes): true from the
   * start for a `?data=` file; for data/events.csv once `whenTexts` has read them.
   */
  textsIn = $state(false);
  #fetchTexts: (() => Promise<PreparedTexts>) | null = null;
  #texts: Promise<void> | null = null;

  // Choices.
  lang = $state<Lang>('zh');
  filters = $state.raw<Filters>(EMPTY_FILTERS);
  selectedId = $state<string | null>(null);
  hoverId = $state<string | null>(null);
  /** Drilled-down province (its prefecture-level cities shown), or null for the national view. */
  view = $state<string | null>(null);

  // Presentation (its player's own state — playing, speed — is PresentSession's).
  present = $state.raw<Presentation>({ active: false, tourId: null, step: 0 });
  /**
   * Where keyboard focus was asked to go: the details heading (Enter on a timeline event) or back
   * to the event on the timeline (Esc in the details). Counted, so that asking again works.
   */
  focusRequest = $state.raw<{ to: 'detail' | 'timeline'; n: number } | null>(null);

  // Boundary.
  /** An agency's approved boundary file in use, or null for the bundled boundaries. */
  boundary = $state.raw<CustomBoundary | null>(null);

  // Feedback.
  /** Text for the aria-live region: what the last action did. */
  announcement = $state('');
  notices = $state.raw<Notice[]>([]);
  /** The diffusion view: the family shown (null: closed), the scrubbed year, the matrix order. */
  diffusion = $state.raw<Diffusion>(CLOSED_DIFFUSION);
  /** A year hovered on the adoption curve: the map previews it (never in the URL). */
  diffusionPreview = $state<number | null>(null);
  /**
   * What presentation steps through when a view other than the event list supplies it (the
   * diffusion view steps through years). Set once at start-up; called inside `presentSteps`, so
   * the steps stay derived. It returns null when it has nothing to say.
   */
  stepSource = $state.raw<(() => string[] | null) | null>(null);

  byId = $derived(new Map(this.events.map((e) => [e.id, e])));
  /** All events in time order: sorted once per data change, as filtering keeps the order. */
  sorted = $derived(sortByTime([...this.events]));
  /** Events passing every filter but region, in time order: what the timeline draws. */
  base = $derived.by(() => {
    // A text query searches the summaries and quotes too: it filters again once they are in.
    if (this.filters.query) void this.textsIn;
    return this.sorted.filter((e) => matchesBase(e, this.filters));
  });
  /** Events passing every filter, region included, in time order. */
  visible = $derived(
    this.data ? this.base.filter((e) => matchesRegion(e, this.filters, this.data!.index)) : [],
  );
  visibleIds = $derived(new Set(this.visible.map((e) => e.id)));
  /** Events per region under the current filters (region filter excepted): the choropleth. */
  counts = $derived(
    this.data ? countByRegion(this.base, this.data.index) : new Map<string, number>(),
  );
  /** Each facet counted under every other filter: the filter chips and the summary's type rows. */
  facets = $derived(this.data ? facetCounts(this.events, this.filters, this.data.index) : null);
  selected = $derived<ReformEvent | null>(
    this.selectedId ? (this.byId.get(this.selectedId) ?? null) : null,
  );
  hovered = $derived<ReformEvent | null>(
    this.hoverId ? (this.byId.get(this.hoverId) ?? null) : null,
  );
  /**
   * The selection as the map and lists show it: null while the filters hide it (the details keep
   * it, marked, with a way to clear the filters). A presentation step is always shown.
   */
  shownSelected = $derived<ReformEvent | null>(
    this.selected && (this.present.active || this.visibleIds.has(this.selected.id))
      ? this.selected
      : null,
  );
  /** The selected event is hidden by the filters. */
  selectionHidden = $derived(this.selected !== null && this.shownSelected === null);
  /** Event ids the presentation steps through: the tour's, else the visible events in time order. */
  presentSteps = $derived.by<string[]>(() => {
    const own = this.stepSource?.();
    if (own) return own;
    const tour = this.present.tourId
      ? this.data?.tours.find((t) => t.id === this.present.tourId)
      : undefined;
    return tour ? tour.steps.map((s) => s.eventId) : this.visible.map((e) => e.id);
  });
  /** Provinces reached by the steps so far, in cumulative presentation mode; else empty. */
  reached = $derived.by<string[]>(() => {
    if (!this.data || !this.present.active || !this.present.cumulative) return [];
    const steps = this.presentSteps.slice(0, this.present.step + 1);
    return reachedProvinces(
      steps.map((id) => this.byId.get(id)),
      this.data.index,
    );
  });
  /** Everything the URL carries. */
  urlState = $derived<UrlState>({
    lang: this.lang,
    filters: this.filters,
    selectedId: this.selectedId,
    view: this.view,
    present: this.present,
    diffusion: this.diffusion,
  });

  t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(this.lang, key, params);
  /** A content field in the current language, e.g. `state.text(e.titleZh, e.titleEn)`. */
  text = (zhText: string, enText: string) => pick(this.lang, zhText, enText);
  regionName = (id: string) => this.data?.index.name(id, this.lang) ?? id;
  titleOf = (e: ReformEvent) => pick(this.lang, e.titleZh, e.titleEn);
  /** The credit line wherever the map appears (map, PNG export, handout): the file's, else ours. */
  attribution = $derived(this.boundary?.attribution ?? this.t('map.attribution'));

  /**
   * The dataset is in (from data/events.csv, or from the `?data=` file): its events are shown.
   * `texts` fetches the built-in events' longer texts, which come later (see `whenTexts`).
   */
  load(
    data: Dataset,
    file: string | null = null,
    texts: (() => Promise<PreparedTexts>) | null = null,
  ) {
    this.data = data;
    this.events = data.events;
    this.origin = { file, imported: false };
    this.#fetchTexts = texts;
    this.#texts = null;
    this.textsIn = !texts;
  }

  /**
   * Resolves once the built-in events carry their longer texts, reading them now if nothing asked
   * before: boot asks after the first frame; the details, an export and a search wait for them.
   * A failed read rejects, and the next call tries again.
   */
  whenTexts(): Promise<void> {
    const fetchTexts = this.#fetchTexts;
    if (this.textsIn || !fetchTexts || !this.data) return Promise.resolve();
    const events = this.data.events;
    this.#texts ??= fetchTexts().then(
      (t) => {
        attachTexts(events, t);
        this.textsIn = true;
      },
      (e: unknown) => {
        this.#texts = null;
        throw e;
      },
    );
    return this.#texts;
  }

  /**
   * `whenTexts` for whoever needs the texts before going on (boot's deferred views, an export):
   * true once they are in; a failed read is reported to the user and gives false.
   */
  async readTexts(): Promise<boolean> {
    try {
      await this.whenTexts();
      return true;
    } catch {
      this.notify('error', this.t('data.textsFailed'));
      return false;
    }
  }

  /** Start: the views draw (after boot has restored the user's data and applied the URL). */
  ready() {
    this.status = 'ready';
  }

  /** After the first frame: the deferred views draw (see `later`). */
  drawLater() {
    this.later = true;
  }

  fail(message: string) {
    this.error = message;
    this.status = 'error';
  }

  /** Show the user's events instead of (replace) or beside (merge) the current ones. */
  useEvents(events: ReformEvent[], mode: 'replace' | 'merge') {
    this.events = mode === 'replace' ? events : [...this.events, ...events];
    this.origin = { ...this.origin, imported: true };
    if (this.selectedId && !this.events.some((e) => e.id === this.selectedId))
      this.selectedId = null;
  }

  restoreBuiltIn() {
    if (!this.data) return;
    this.events = this.data.events;
    this.origin = { ...this.origin, imported: false };
    if (this.selectedId && !this.byId.has(this.selectedId)) this.selectedId = null;
  }

  select(id: string | null) {
    const e = id ? this.byId.get(id) : undefined;
    this.selectedId = e ? e.id : null;
    if (!e) {
      this.announcement = this.t('announce.cleared');
      return;
    }
    const regions = e.regions.length
      ? e.regions.map(this.regionName).join(this.t('list.sep'))
      : this.t('detail.national');
    this.announcement = this.t('announce.selected', { title: this.titleOf(e), regions });
  }

  requestFocus(to: 'detail' | 'timeline') {
    this.focusRequest = { to, n: (this.focusRequest?.n ?? 0) + 1 };
  }

  hover(id: string | null) {
    this.hoverId = id;
  }

  setFilters(patch: Partial<Filters>) {
    this.filters = { ...this.filters, ...patch };
  }

  toggleType(id: string) {
    const has = this.filters.types.includes(id);
    this.setFilters({
      types: has ? this.filters.types.filter((t) => t !== id) : [...this.filters.types, id],
    });
  }

  toggleLevel(id: Level) {
    const has = this.filters.levels.includes(id);
    this.setFilters({
      levels: has ? this.filters.levels.filter((l) => l !== id) : [...this.filters.levels, id],
    });
  }

  toggleAction(id: Action) {
    const has = this.filters.actions.includes(id);
    this.setFilters({
      actions: has ? this.filters.actions.filter((a) => a !== id) : [...this.filters.actions, id],
    });
  }

  setWindow(window: readonly [number, number] | null) {
    this.setFilters({ window });
  }

  setQuery(query: string) {
    this.setFilters({ query });
  }

  clearFilters() {
    this.filters = EMPTY_FILTERS;
  }

  /** Click on a region: filter to it, or clear the filter when it is the only one already. */
  toggleRegion(id: string) {
    const only = this.filters.regions.length === 1 && this.filters.regions[0] === id;
    this.setFilters({ regions: only ? [] : [id] });
    this.announcement = only
      ? this.t('announce.regionCleared')
      : this.t('announce.regionFilter', {
          region: this.regionName(id),
          count: this.visible.length,
        });
  }

  /** Add a region to the filter (or remove it when present): the filter panel's multi-select. */
  toggleRegionInFilter(id: string) {
    const has = this.filters.regions.includes(id);
    this.setFilters({
      regions: has ? this.filters.regions.filter((r) => r !== id) : [...this.filters.regions, id],
    });
    this.announcement = this.t('announce.regionFilter', {
      region: this.filters.regions.map(this.regionName).join(this.t('list.sep')) || '—',
      count: this.visible.length,
    });
  }

  /** Drill down into a province's cities, or back to the national view with null. */
  drill(province: string | null) {
    this.view = province;
  }

  setPresent(present: Partial<Presentation>) {
    this.present = { ...this.present, ...present };
  }

  /** Open the diffusion view on a family (or switch family), or close it with null. */
  openDiffusion(family: string | null) {
    this.diffusion = family
      ? {
          ...this.diffusion,
          family,
          year: family === this.diffusion.family ? this.diffusion.year : null,
        }
      : CLOSED_DIFFUSION;
    this.diffusionPreview = null;
  }

  setDiffusion(patch: Partial<Omit<Diffusion, 'family'>>) {
    if (this.diffusion.family) this.diffusion = { ...this.diffusion, ...patch };
  }

  /** Preview a year on the map (hovering the adoption curve), or stop with null. */
  previewDiffusion(year: number | null) {
    this.diffusionPreview = year;
  }

  /** The last language asked for: a slower earlier request must not win. */
  #langWanted: Lang | null = null;

  /** Switch language; one whose messages are not in yet switches once they are (its own chunk). */
  setLang(lang: Lang) {
    this.#langWanted = lang;
    if (hasMessages(lang)) {
      this.lang = lang;
      return;
    }
    loadMessages(lang).then(
      () => {
        if (this.#langWanted === lang) this.lang = lang;
      },
      () => this.notify('error', this.t('error.load', { message: lang })),
    );
  }

  /** Use an approved boundary file, or the bundled boundaries again with null. */
  useBoundary(boundary: CustomBoundary | null) {
    this.boundary = boundary;
  }

  notify(kind: Notice['kind'], text: string) {
    this.notices = [...this.notices, { id: ++noticeId, kind, text }];
  }

  dismiss(id: number) {
    this.notices = this.notices.filter((n) => n.id !== id);
  }

  /** Take the state a URL describes (on load and on back/forward). */
  applyUrl(s: UrlState) {
    if (s.lang) this.setLang(s.lang);
    // Equal values keep their identity: a link that changes only the selection must not make
    // every view recompute its filtered events (at 10,000 events that is most of a frame).
    if (!sameValue(s.filters, this.filters)) this.filters = s.filters;
    this.selectedId = s.selectedId;
    this.view = s.view;
    if (!sameValue(s.present, this.present)) this.present = s.present;
    if (!sameValue(s.diffusion, this.diffusion)) this.diffusion = s.diffusion;
  }
}

/** Plain data (strings, numbers, arrays, null) compared by value. */
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const KEY = Symbol('app-state');

export function provideAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

export function useAppState(): AppState {
  return getContext<AppState>(KEY);
}

/**
 * The context that provides `app` to a component mounted on its own, outside App.svelte:
 * `render(ChartPanel, { context: appContext(app) })` in a component test.
 */
export function appContext(app: AppState): Map<symbol, AppState> {
  return new Map([[KEY, app]]);
}
