import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildDataset } from '../../../src/lib/data/dataset';
import { DataError, formatError, prepareData, type DataTexts } from '../../../src/lib/data/prepare';
import {
  TEXT_FIELDS,
  attachTexts,
  decodePrepared,
  encodePrepared,
} from '../../../src/lib/data/prepared';
import type { RegionInfo } from '../../../src/lib/data/types';

const read = (p: string) => readFileSync(p, 'utf8');
/** The real tables of data/, as the build reads them. */
const real = (): DataTexts => ({
  events: read('data/events.csv'),
  taxonomy: read('data/taxonomy.csv'),
  levels: read('data/levels.csv'),
  eras: read('data/eras.csv'),
  groups: read('data/region-groups.csv'),
  families: read('data/families.csv'),
  tours: read('data/tours.csv'),
  regions: JSON.parse(read('data/geo/regions.json')) as RegionInfo[],
});

describe('prepareData (the build’s data step)', () => {
  it('stops on a broken events file, naming file, row, column, value and what was expected', () => {
    const texts = { ...real(), events: read('tests/fixtures/data/events-broken.csv'), tours: '' };
    expect(() => prepareData(texts)).toThrow(DataError);
    expect(() => prepareData(texts)).toThrow(
      'data/events.csv row 3, column date_start: "2020-13" — expected a date: YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });

  it('counts every error and lists each in the message', () => {
    const texts = { ...real(), events: read('tests/fixtures/data/events-broken.csv'), tours: '' };
    try {
      prepareData(texts);
      expect.unreachable();
    } catch (e) {
      expect((e as DataError).errors).toHaveLength(1);
      expect((e as Error).message).toMatch(/^Built-in data is invalid \(1 error\):/);
    }
  });

  it('stops on a tour step naming an event that is not in events.csv', () => {
    const texts = {
      ...real(),
      tours: read('data/tours.csv').replace(/,1,[a-z0-9-]+,/, ',1,gone,'),
    };
    expect(() => prepareData(texts)).toThrow(/data\/tours\.csv row 2, column event_id: "gone"/);
  });

  it('adds the validator’s own hint (a suggestion, the known ids) after what was expected', () => {
    expect(
      formatError({
        file: 'events.csv',
        row: 7,
        column: 'regions',
        value: '四州',
        code: 'region',
        expected: '四川',
      }),
    ).toBe(
      'data/events.csv row 7, column regions: "四州" — expected an adcode, a region group id or a known region name (四川)',
    );
  });
});

describe('prepared data round trip', () => {
  beforeEach(() => {
    // Eras without an end run to "now": one instant for both sides.
    vi.useFakeTimers();
    vi.setSystemTime(Date.UTC(2026, 5, 1));
  });
  afterEach(() => vi.useRealTimers());

  it('decodes to what the CSV pipeline builds from the real data/', () => {
    const texts = real();
    const { index, ...fromCsv } = buildDataset(texts);
    const prepared = JSON.parse(JSON.stringify(prepareData(texts))) as ReturnType<
      typeof prepareData
    >;
    const { index: decodedIndex, ...decoded } = decodePrepared(prepared.data);
    attachTexts(decoded.events, prepared.texts);
    expect(fromCsv.errors).toEqual([]);
    expect(decoded).toEqual(fromCsv);
    expect([...decodedIndex.byCode.keys()]).toEqual([...index.byCode.keys()]);
    expect([...decodedIndex.groups.keys()]).toEqual([...index.groups.keys()]);
  });

  it('leaves the longer texts out of the first file and fills them, in place, from the second', () => {
    const { data, texts } = prepareData(real());
    for (const f of TEXT_FIELDS) expect(data.events).not.toHaveProperty(f);
    const events = decodePrepared(data).events;
    const quoted = events.findIndex((_, i) => texts.seedQuote[i] && texts.sources[i]!.length);
    const event = events[quoted]!;
    expect([event.summaryZh, event.seedQuote, event.sources, event.note]).toEqual(['', '', [], '']);
    attachTexts(events, texts);
    expect(events[quoted]).toBe(event);
    expect(event.seedQuote).toBe(texts.seedQuote[quoted]);
    expect(event.summaryZh).toBe(texts.summaryZh[quoted]);
    expect(event.sources[0]!.url).toBe(texts.sources[quoted]![0]![1]);
    // JSON.stringify keeps the first file at about a third of the whole.
    expect(JSON.stringify(data).length).toBeLessThan(JSON.stringify(texts).length);
  });

  it('refuses texts for other events, filling nothing', () => {
    const { data, texts } = prepareData(real());
    const events = decodePrepared(data).events;
    const swapped = { ...texts, id: [...texts.id].reverse() };
    expect(() => attachTexts(events, swapped)).toThrow(/events differ/);
    expect(() => attachTexts(events.slice(1), texts)).toThrow(/events differ/);
    expect(events.every((e) => e.summaryZh === '' && e.sources.length === 0)).toBe(true);
  });

  it('keeps an open era open: it runs to the moment the data is decoded', () => {
    const prepared = prepareData(real()).data;
    const open = prepared.eras.filter((e) => e.t1 === null);
    expect(open.length).toBeGreaterThan(0);
    const later = Date.UTC(2030, 0, 1);
    for (const era of decodePrepared(prepared, later).eras.filter((e) => !e.end))
      expect(era.t1).toBe(later);
  });

  it('stores regions as indexes into the regions table, groups after the regions', () => {
    const data = buildDataset(real());
    const prepared = encodePrepared(data).data;
    const i = data.events.findIndex((e) => e.regions.length > 0);
    const ids = [...data.regions.map((r) => r.adcode), ...data.groups.map((g) => g.id)];
    expect(prepared.events.regions[i]!.map((n) => ids[n])).toEqual(data.events[i]!.regions);
  });

  it('refuses a file whose indexes point nowhere', () => {
    const prepared = prepareData(real()).data;
    prepared.events.type[0] = prepared.types.length;
    expect(() => decodePrepared(prepared)).toThrow(/no type at index/);
  });
});
