import { describe, expect, it } from 'vitest';
import { AppState } from '../../../src/lib/state/app-state.svelte';
import { DEFAULT_URL_STATE, type UrlState } from '../../../src/lib/state/url';
import { GROUPS, REGIONS, TYPES, createEvent, createIndex } from '../../helpers';

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

describe('AppState: a selection the filters hide', () => {
  const beijing = createEvent({ id: 'zgc', dateStart: '2009', regions: ['110000'], type: 'pilot' });
  const sichuan = createEvent({ id: 'sc', dateStart: '2016', regions: ['510000'], type: 'law' });
  function createApp() {
    const app = new AppState();
    app.ready({
      events: [beijing, sichuan],
      types: TYPES,
      levels: [],
      eras: [],
      groups: GROUPS,
      regions: REGIONS,
      index: createIndex(),
      tours: [],
      errors: [],
    });
    app.select('zgc');
    return app;
  }

  it('is shown while the filters let it through', () => {
    const app = createApp();
    expect(app.shownSelected?.id).toBe('zgc');
    expect(app.selectionHidden).toBe(false);
    expect(app.highlighted).toEqual(['110000']);
  });

  it.each<[string, (app: AppState) => void]>([
    ['by a region', (app) => app.toggleRegion('510000')],
    ['by a type', (app) => app.toggleType('law')],
    ['by a time window', (app) => app.setWindow([Date.UTC(2016, 0, 1), Date.UTC(2017, 0, 1)])],
  ])('stays selected but is not shown when hidden %s', (_, hide) => {
    const app = createApp();
    hide(app);
    expect(app.selectedId).toBe('zgc');
    expect(app.shownSelected).toBeNull();
    expect(app.selectionHidden).toBe(true);
    expect(app.highlighted).toEqual([]);
  });

  it('is shown again when the filters are cleared', () => {
    const app = createApp();
    app.toggleRegion('510000');
    app.clearFilters();
    expect(app.shownSelected?.id).toBe('zgc');
  });

  it('is always shown as the presentation step', () => {
    const app = createApp();
    app.toggleRegion('510000');
    app.setPresent({ active: true });
    expect(app.shownSelected?.id).toBe('zgc');
  });
});
