// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { eventsToCsv } from '../../../src/lib/data/csv';
import { saveBoundary, saveImport } from '../../../src/lib/data/persist';
import { createRegionIndex } from '../../../src/lib/data/regions';
import type { RegionInfo } from '../../../src/lib/data/types';
import { loadDataset, loadTexts } from '../../../src/lib/data/load';
import { boot } from '../../../src/lib/shell/boot';
import { AppState } from '../../../src/lib/state/app-state.svelte';
import { GROUPS, createDataset, createEvent, readGeoFile } from '../../helpers';

// The tables come from the test's dataset; storage is jsdom's localStorage (it has no IndexedDB).
vi.mock('../../../src/lib/data/load', () => ({ loadDataset: vi.fn(), loadTexts: vi.fn() }));
const load = vi.mocked(loadDataset);

const regions = readGeoFile<RegionInfo[]>('regions.json');
const source = [{ title: '来源', url: '', date: '' }];
const builtIn = [
  createEvent({ id: 'a', dateStart: '2015', type: 'law', regions: ['510000'], sources: source }),
  createEvent({ id: 'b', dateStart: '2018', type: 'pilot', regions: ['370000'], sources: source }),
];
const mine = createEvent({ id: 'mine', dateStart: '2020', regions: ['510000'], sources: source });
const dataset = (over = {}) =>
  createDataset(builtIn, { regions, index: createRegionIndex(regions, GROUPS), ...over });

function open(search: string) {
  history.replaceState(null, '', `/${search}`);
}

async function start(search = '') {
  open(search);
  const app = new AppState();
  const stop = await boot(app);
  stop();
  return app;
}

const texts = (app: AppState) => app.notices.map((n) => n.text);

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem('reform-atlas.lang', 'zh');
  load.mockReset();
  load.mockResolvedValue(dataset());
});

describe('boot', () => {
  it('loads the data, applies the URL, rewrites it in the app’s form, then starts', async () => {
    const app = await start('?sel=a&types=law');
    expect(app.status).toBe('ready');
    expect(app.selectedId).toBe('a');
    expect(app.filters.types).toEqual(['law']);
    expect(location.search).toBe('?lang=zh&types=law&sel=a');
    expect(app.notices).toEqual([]);
  });

  it('loads the events file `?data=` names, and keeps it in the URL', async () => {
    const app = await start('?data=bench-data/x.csv&sel=b');
    expect(load).toHaveBeenCalledWith('bench-data/x.csv');
    expect(app.origin).toEqual({ file: 'bench-data/x.csv', imported: false });
    expect(location.search).toBe('?lang=zh&sel=b&data=bench-data%2Fx.csv');
  });

  it('hands the app the reader of the built-in events’ texts, and none for a `?data=` file', async () => {
    // Copies: the texts are filled into the events in place.
    load.mockResolvedValue(dataset({ events: builtIn.map((e) => ({ ...e })) }));
    const app = await start('');
    expect(app.textsIn).toBe(false);
    vi.mocked(loadTexts).mockResolvedValue({
      version: 1,
      id: ['a', 'b'],
      summaryZh: ['四川立法', ''],
      summaryEn: ['', ''],
      seedSection: ['', ''],
      seedQuote: ['', ''],
      sources: [[['来源', '', '']], [['来源', '', '']]],
      tags: [[], []],
      note: ['', ''],
      noteEn: ['', ''],
    });
    await app.whenTexts();
    expect(loadTexts).toHaveBeenCalledTimes(1);
    expect(app.byId.get('a')!.summaryZh).toBe('四川立法');
    expect((await start('?data=bench-data/x.csv')).textsIn).toBe(true);
    expect(loadTexts).toHaveBeenCalledTimes(1);
  });

  it('names a `?data=` it will not load among the ignored parameters', async () => {
    const app = await start('?data=http://evil.example/x.csv');
    expect(load).toHaveBeenCalledWith(null);
    expect(texts(app)).toEqual(['链接中有无法识别的参数，已忽略：data']);
  });

  it('says why when the data cannot be loaded', async () => {
    load.mockRejectedValue(new Error('events.csv: HTTP 404'));
    const app = await start();
    expect(app.status).toBe('error');
    expect(app.error).toBe('events.csv: HTTP 404');
  });

  it('reports rows the validator left out', async () => {
    const error = { file: 'events.csv', row: 3, column: 'date_start', value: '2016-13' };
    load.mockResolvedValue(dataset({ errors: [{ ...error, code: 'date_invalid' }] }));
    const app = await start();
    expect(texts(app)).toHaveLength(1);
    expect(texts(app)[0]).toContain('“date_start”');
  });

  it('restores the saved import before the URL: a link to an imported event is no warning', async () => {
    await saveImport({
      version: 1,
      mode: 'replace',
      csv: eventsToCsv([mine]),
      fileName: 'mine.csv',
      count: 1,
      savedAt: 0,
    });
    const app = await start('?sel=mine&bogus=1');
    expect(app.origin.imported).toBe(true);
    expect(app.events.map((e) => e.id)).toEqual(['mine']);
    expect(app.selectedId).toBe('mine');
    expect(texts(app)).toEqual(['链接中有无法识别的参数，已忽略：bogus']);
  });

  it('uses a saved boundary file from the first drawing on, and says so', async () => {
    const text = readFileSync('data/geo/china.topo.json', 'utf8');
    await saveBoundary({
      version: 1,
      text,
      fileName: 'approved.topo.json',
      attribution: '某局审定数据',
      savedAt: 0,
    });
    open('');
    const app = new AppState();
    let atStart: string | null = null;
    vi.spyOn(app, 'ready').mockImplementation(() => {
      atStart = app.attribution;
      app.status = 'ready';
    });
    (await boot(app))();
    expect(atStart).toBe('某局审定数据');
    expect(app.boundary?.fileName).toBe('approved.topo.json');
    expect(texts(app)).toEqual([
      '正在使用您保存的边界数据：approved.topo.json。“更换边界数据…”可恢复内置边界。',
    ]);
  });

  it('drops a saved boundary file that no longer passes, with the reason', async () => {
    await saveBoundary({
      version: 1,
      text: '{"type":"FeatureCollection","features":[]}',
      fileName: 'old.json',
      attribution: '某局',
      savedAt: 0,
    });
    const app = await start();
    expect(app.boundary).toBeNull();
    expect(app.notices.map((n) => n.kind)).toEqual(['error']);
    expect(texts(app)[0]).toContain('old.json');
  });

  it('selects the step’s event for a deck link without `sel`', async () => {
    const app = await start('?present=1&step=2');
    expect(app.present).toMatchObject({ active: true, step: 1 });
    expect(app.selectedId).toBe('b');
    expect(location.search).toBe('?lang=zh&sel=b&present=1&step=2');
  });
});
