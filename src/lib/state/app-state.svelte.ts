/**
 * The one state object. It holds the loaded data (validated once, never mutated) apart from the
 * user's choices (filters, selection, hover, language); every view reads the same derived sets.
 */
/* eslint-disable svelte/prefer-svelte-reactivity -- derived Maps/Sets are rebuilt, never mutated */
import { getContext, setContext } from 'svelte';
import type { Dataset } from '../data/dataset';
import type { ReformEvent } from '../data/types';
import { pick, translate, type Lang, type MessageKey } from '../i18n';
import {
  EMPTY_FILTERS,
  countByRegion,
  highlightedProvinces,
  matchesBase,
  matchesRegion,
  sortByTime,
  type Filters,
} from './selectors';

export type Status = 'loading' | 'ready' | 'error';

export class AppState {
  status = $state<Status>('loading');
  error = $state('');
  data = $state.raw<Dataset | null>(null);
  lang = $state<Lang>('zh');
  filters = $state.raw<Filters>(EMPTY_FILTERS);
  selectedId = $state<string | null>(null);
  hoverId = $state<string | null>(null);
  /** Text for the aria-live region: what the last action did. */
  announcement = $state('');

  events = $derived(this.data?.events ?? []);
  byId = $derived(new Map(this.events.map((e) => [e.id, e])));
  /** Events passing every filter but region, in time order: what the timeline draws. */
  base = $derived(
    this.data ? sortByTime(this.events.filter((e) => matchesBase(e, this.filters))) : [],
  );
  /** Events passing every filter, region included. */
  visible = $derived(
    this.data ? this.base.filter((e) => matchesRegion(e, this.filters, this.data!.index)) : [],
  );
  visibleIds = $derived(new Set(this.visible.map((e) => e.id)));
  /** Events per region under the current filters (region filter excepted): the choropleth. */
  counts = $derived(
    this.data ? countByRegion(this.base, this.data.index) : new Map<string, number>(),
  );
  selected = $derived<ReformEvent | null>(
    this.selectedId ? (this.byId.get(this.selectedId) ?? null) : null,
  );
  hovered = $derived<ReformEvent | null>(
    this.hoverId ? (this.byId.get(this.hoverId) ?? null) : null,
  );
  /** Provinces lit on the map: the hovered event previews, else the selected one. */
  highlighted = $derived(
    this.data ? highlightedProvinces(this.hovered ?? this.selected, this.data.index) : [],
  );

  t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(this.lang, key, params);
  /** A content field in the current language, e.g. `state.text(e.titleZh, e.titleEn)`. */
  text = (zhText: string, enText: string) => pick(this.lang, zhText, enText);

  regionName = (id: string) => this.data?.index.name(id, this.lang) ?? id;

  ready(data: Dataset) {
    this.data = data;
    this.status = 'ready';
  }

  fail(message: string) {
    this.error = message;
    this.status = 'error';
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
    this.announcement = this.t('announce.selected', {
      title: this.text(e.titleZh, e.titleEn),
      regions,
    });
  }

  hover(id: string | null) {
    this.hoverId = id;
  }

  /** Click on a region: filter to it, or clear the filter when it is the only one already. */
  toggleRegion(id: string) {
    const only = this.filters.regions.length === 1 && this.filters.regions[0] === id;
    this.filters = { ...this.filters, regions: only ? [] : [id] };
    this.announcement = only
      ? this.t('announce.regionCleared')
      : this.t('announce.regionFilter', {
          region: this.regionName(id),
          count: this.visible.length,
        });
  }

  setLang(lang: Lang) {
    this.lang = lang;
  }
}

const KEY = Symbol('app-state');

export function provideAppState(state: AppState): AppState {
  return setContext(KEY, state);
}

export function useAppState(): AppState {
  return getContext<AppState>(KEY);
}
