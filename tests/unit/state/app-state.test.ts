import { describe, expect, it } from 'vitest';
import { AppState } from '../../../src/lib/state/app-state.svelte';
import { DEFAULT_URL_STATE, type UrlState } from '../../../src/lib/state/url';
import { translate } from '../../../src/lib/i18n';
import { createDataset, createEvent } from '../../helpers';
import type { PreparedTexts } from '../../../src/lib/data/prepared';

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

describe('AppState slices', () => {
  const empty = { type: 'FeatureCollection' as const, features: [] };
  const agency = {
    geo: { provinces: empty, dash: empty, lines: empty },
    attribution: '某省自然资源厅',
    fileName: 'approved.geojson',
  };

  it('credits the built-in boundaries, an agency’s file while in use, and ours again after', () => {
    const app = new AppState();
    expect(app.attribution).toBe(translate('zh', 'map.attribution'));
    app.useBoundary(agency);
    expect(app.attribution).toBe('某省自然资源厅');
    app.useBoundary(null);
    app.setLang('en');
    expect(app.attribution).toBe(translate('en', 'map.attribution'));
  });

  it('records where the events come from: the loaded file, then an import on top, then back', () => {
    const app = new AppState();
    const data = createDataset([createEvent({ id: 'a' })]);
    app.load(data, 'bench-data/x.csv');
    expect(app.origin).toEqual({ file: 'bench-data/x.csv', imported: false });
    app.useEvents([createEvent({ id: 'mine' })], 'merge');
    expect(app.origin).toEqual({ file: 'bench-data/x.csv', imported: true });
    expect(app.events.map((e) => e.id)).toEqual(['a', 'mine']);
    app.restoreBuiltIn();
    expect(app.origin).toEqual({ file: 'bench-data/x.csv', imported: false });
    expect(app.events).toBe(data.events);
  });

  it('is loading until boot starts it', () => {
    const app = new AppState();
    app.load(createDataset());
    expect(app.status).toBe('loading');
    app.ready();
    expect(app.status).toBe('ready');
  });
});

describe('AppState: the built-in events’ longer texts, read after the first screen', () => {
  const textsFor = (ids: string[], summary: (id: string) => string): PreparedTexts => ({
    version: 1,
    id: ids,
    summaryZh: ids.map(summary),
    summaryEn: ids.map(() => ''),
    seedSection: ids.map(() => ''),
    seedQuote: ids.map((id) => `原文${id}`),
    sources: ids.map(() => [['来源', 'https://www.gov.cn/', '2016']]),
    tags: ids.map(() => []),
    note: ids.map(() => ''),
    noteEn: ids.map(() => ''),
  });

  /** A reader of the texts whose first read fails (HTTP 503) and whose later ones succeed. */
  const failingOnce = () => {
    const reader = {
      reads: 0,
      read: () =>
        ++reader.reads === 1
          ? Promise.reject(new Error('HTTP 503'))
          : Promise.resolve(textsFor(['a'], () => '摘要')),
    };
    return reader;
  };

  it('fills the events in place once, and a text search then finds words of the summaries', async () => {
    const a = createEvent({ id: 'a' });
    const b = createEvent({ id: 'b' });
    const app = new AppState();
    let reads = 0;
    app.load(createDataset([a, b]), null, () => {
      reads++;
      return Promise.resolve(textsFor(['a', 'b'], (id) => (id === 'b' ? '知识产权质押' : '')));
    });
    app.setFilters({ ...app.filters, query: '质押' });
    expect(app.textsIn).toBe(false);
    expect(app.visible).toEqual([]);
    await Promise.all([app.whenTexts(), app.whenTexts()]);
    expect(reads).toBe(1);
    expect(app.textsIn).toBe(true);
    expect(app.visible).toEqual([b]);
    expect(app.events[1]).toBe(b);
    expect(b.sources).toEqual([{ title: '来源', url: 'https://www.gov.cn/', date: '2016' }]);
    await app.whenTexts();
    expect(reads).toBe(1);
  });

  it('has them from the start for a `?data=` file (nothing to read)', async () => {
    const app = new AppState();
    app.load(createDataset([createEvent({ id: 'a' })]), 'bench-data/x.csv');
    expect(app.textsIn).toBe(true);
    await expect(app.whenTexts()).resolves.toBeUndefined();
  });

  it('rejects a failed read, and the next call reads again', async () => {
    const app = new AppState();
    const reader = failingOnce();
    app.load(createDataset([createEvent({ id: 'a' })]), null, reader.read);
    await expect(app.whenTexts()).rejects.toThrow('HTTP 503');
    expect(app.textsIn).toBe(false);
    await app.whenTexts();
    expect(reader.reads).toBe(2);
    expect(app.events[0]!.summaryZh).toBe('摘要');
  });

  it('says so when they cannot be read, for whoever needs them first (an export)', async () => {
    const app = new AppState();
    app.load(createDataset([createEvent({ id: 'a' })]), null, failingOnce().read);
    await expect(app.readTexts()).resolves.toBe(false);
    expect(app.notices.map((n) => [n.kind, n.text])).toEqual([
      ['error', translate('zh', 'data.textsFailed')],
    ]);
    await expect(app.readTexts()).resolves.toBe(true);
    expect(app.notices).toHaveLength(1);
  });
});

describe('AppState: a selection the filters hide', () => {
  const beijing = createEvent({ id: 'zgc', dateStart: '2009', regions: ['110000'], type: 'pilot' });
  const sichuan = createEvent({ id: 'sc', dateStart: '2016', regions: ['510000'], type: 'law' });
  function createApp() {
    const app = new AppState();
    app.load(createDataset([beijing, sichuan]));
    app.ready();
    app.select('zgc');
    return app;
  }

  it('is shown while the filters let it through', () => {
    const app = createApp();
    expect(app.shownSelected?.id).toBe('zgc');
    expect(app.selectionHidden).toBe(false);
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
