import { describe, expect, it } from 'vitest';
import pkg from '../../../package.json';
import {
  APP_VERSION,
  dataEdition,
  editionDate,
  editionLine,
  type DataEdition,
} from '../../../src/lib/state/edition';

const createEvents = (...dates: string[]) => dates.map((dateStart) => ({ dateStart }));

describe('dataEdition', () => {
  it.each<[string[], DataEdition | null]>([
    [[], null],
    [['1985-03-13'], { year: 1985, month: 3, count: 1 }],
    [['2025-11', '2026-03-01', '1999'], { year: 2026, month: 3, count: 3 }],
    // A year-only date starts on 1 January: a later month of the same year is newer.
    [['2026', '2026-03'], { year: 2026, month: 3, count: 2 }],
    [['2026-03', '2026'], { year: 2026, month: 3, count: 2 }],
    // Same start, the more precise date wins, in either order.
    [['2026', '2026-01'], { year: 2026, month: 1, count: 2 }],
    [['2026-01', '2026'], { year: 2026, month: 1, count: 2 }],
    [['2027', '2026-12-31'], { year: 2027, month: null, count: 2 }],
    // Unreadable dates are skipped for the date but still counted.
    [['2020-05', 'not a date'], { year: 2020, month: 5, count: 2 }],
    [['???'], null],
  ])('%j → %j', (dates, expected) => {
    expect(dataEdition(createEvents(...dates))).toEqual(expected);
  });

  it('does not mutate its input', () => {
    const events = createEvents('2020', '2019-01');
    const copy = structuredClone(events);
    dataEdition(events);
    expect(events).toEqual(copy);
  });
});

describe('editionDate', () => {
  it.each<[DataEdition, string, string]>([
    [{ year: 2026, month: 3, count: 1 }, '2026年3月', 'March 2026'],
    [{ year: 2026, month: 12, count: 1 }, '2026年12月', 'December 2026'],
    [{ year: 2026, month: 1, count: 1 }, '2026年1月', 'January 2026'],
    [{ year: 2025, month: null, count: 1 }, '2025年', '2025'],
  ])('%j → %s / %s', (e, zh, en) => {
    expect(editionDate(e, 'zh')).toBe(zh);
    expect(editionDate(e, 'en')).toBe(en);
  });
});

describe('editionLine', () => {
  it.each<['zh' | 'en', string[] | null, string]>([
    ['zh', ['2025-11', '2026-03-01'], 'v1.2.3 · 数据截至 2026年3月 · 2 项事件'],
    ['en', ['2025-11', '2026-03-01'], 'v1.2.3 · Data as of March 2026 · 2 events'],
    ['zh', ['2024'], 'v1.2.3 · 数据截至 2024年 · 1 项事件'],
    [
      'en',
      Array.from({ length: 1200 }, () => '2020-07'),
      'v1.2.3 · Data as of July 2020 · 1,200 events',
    ],
    ['zh', null, 'v1.2.3'],
    ['en', [], 'v1.2.3'],
  ])('%s %j → %s', (lang, dates, line) => {
    expect(editionLine(lang, dates && createEvents(...dates), '1.2.3')).toBe(line);
  });

  it("uses package.json's version by default (injected at build time)", () => {
    expect(APP_VERSION).toBe(pkg.version);
    expect(editionLine('en', null)).toBe(`v${pkg.version}`);
  });
});
