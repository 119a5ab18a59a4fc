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

describe('AppState: the diffusion view', () => {
  it('opens on a family at the latest year, and closes', () => {
    const app = new AppState();
    app.openDiffusion('nidz');
    expect(app.diffusion).toEqual({ family: 'nidz', year: null, sort: 'group' });
    app.openDiffusion(null);
    expect(app.diffusion.family).toBeNull();
  });

  it('keeps the order but forgets the year when switching family', () => {
    const app = new AppState();
    app.openDiffusion('nidz');
    app.setDiffusion({ year: 2016, sort: 'count' });
    app.openDiffusion('transform-reg');
    expect(app.diffusion).toEqual({ family: 'transform-reg', year: null, sort: 'count' });
  });

  it('ignores a year or order while the view is closed', () => {
    const app = new AppState();
    app.setDiffusion({ year: 2016 });
    expect(app.diffusion.year).toBeNull();
  });

  it('takes the diffusion view from a URL, keeping an equal one as it is', () => {
    const app = new AppState();
    const diffusion = { family: 'nidz', year: 2016, sort: 'first' } as const;
    app.applyUrl({ ...DEFAULT_URL_STATE, diffusion });
    const kept = app.diffusion;
    app.applyUrl({ ...DEFAULT_URL_STATE, diffusion: { ...diffusion } });
    expect(app.diffusion).toBe(kept);
    expect(app.urlState.diffusion).toEqual(diffusion);
  });

  it('steps presentation through what a step source supplies', () => {
    const app = new AppState();
    expect(app.presentSteps).toEqual([]);
    app.stepSource = () => ['year:2015', 'year:2016'];
    expect(app.presentSteps).toEqual(['year:2015', 'year:2016']);
    app.stepSource = () => null;
    expect(app.presentSteps).toEqual([]);
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
