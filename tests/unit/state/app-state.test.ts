import { describe, expect, it } from 'vitest';
import { AppState } from '../../../src/lib/state/app-state.svelte';
import { DEFAULT_URL_STATE, type UrlState } from '../../../src/lib/state/url';

const withFilters = (types: string[], over: Partial<UrlState> = {}): UrlState => ({
  ...DEFAULT_URL_STATE,
  filters: { ...DEFAULT_URL_STATE.filters, types },
  ...over,
});

describe('AppState.applyUrl', () => {
  it('keeps equal filters and presentation as they are (no recomputation downstream)', () => {
    const app = new AppState();
    app.applyUrl(withFilters(['law']));
    const { filters, present } = app;
    app.applyUrl(withFilters(['law'], { selectedId: 'x', present: { ...present } }));
    expect(app.filters).toBe(filters);
    expect(app.present).toBe(present);
    expect(app.selectedId).toBe('x');
  });

  it.each<[string, UrlState]>([
    ['another type', withFilters(['party'])],
    [
      'a time window',
      withFilters(['law'], {
        filters: { ...DEFAULT_URL_STATE.filters, types: ['law'], window: [0, 1] },
      }),
    ],
    ['presentation on', withFilters(['law'], { present: { active: true, tourId: null, step: 0 } })],
  ])('takes a changed state: %s', (_, next) => {
    const app = new AppState();
    app.applyUrl(withFilters(['law']));
    app.applyUrl(next);
    expect(app.filters).toEqual(next.filters);
    expect(app.present).toEqual(next.present);
  });
});

describe('AppState.toggleAction', () => {
  it('adds an action to the filter, then takes it away', () => {
    const app = new AppState();
    app.toggleAction('create');
    app.toggleAction('abolish');
    expect(app.filters.actions).toEqual(['create', 'abolish']);
    app.toggleAction('create');
    expect(app.filters.actions).toEqual(['abolish']);
  });
});
