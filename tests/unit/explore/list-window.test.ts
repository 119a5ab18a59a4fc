import { describe, expect, it } from 'vitest';
import {
  ariaSort,
  nextSort,
  scrollToShow,
  visibleRows,
} from '../../../src/lib/explore/list-window';

describe('visibleRows', () => {
  it.each([
    ['at the top: no rows before the first', 0, 400, 1000, { first: 0, last: 16 }],
    ['scrolled: overscan either side', 500, 400, 1000, { first: 2, last: 26 }],
    ['near the end: no rows past the last', 49_800, 400, 1000, { first: 988, last: 1000 }],
    ['fewer rows than the view holds', 0, 400, 3, { first: 0, last: 3 }],
    ['no rows', 0, 400, 0, { first: 0, last: 0 }],
  ])('%s', (_, scrollTop, height, count, range) => {
    expect(visibleRows(scrollTop, height, 50, count, 8)).toEqual(range);
  });
});

describe('scrollToShow', () => {
  it.each([
    ['a row in view stays', 2, 0, null],
    ['a row below the view is centred', 40, 0, 1800],
    ['a row above the view is centred', 1, 1000, 0],
    ['a row cut by the bottom edge is centred', 8, 30, 200],
    ['the last whole row in view stays', 7, 0, null],
  ])('%s', (_, index, scrollTop, to) => {
    expect(scrollToShow(index, 50, scrollTop, 400)).toBe(to);
  });
});

describe('nextSort', () => {
  it.each([
    ['another column sorts ascending', { key: 'date', dir: 'asc' }, 'title', 'asc'],
    ['the same column flips to descending', { key: 'date', dir: 'asc' }, 'date', 'desc'],
    ['a descending column flips back', { key: 'date', dir: 'desc' }, 'date', 'asc'],
    [
      'another column after descending starts ascending',
      { key: 'type', dir: 'desc' },
      'date',
      'asc',
    ],
  ] as const)('%s', (_, sort, key, dir) => {
    expect(nextSort(sort, key)).toEqual({ key, dir });
  });
});

describe('ariaSort', () => {
  it.each([
    ['the sorted column, ascending', 'asc', 'date', 'ascending'],
    ['the sorted column, descending', 'desc', 'date', 'descending'],
    ['another column', 'asc', 'title', 'none'],
  ] as const)('%s', (_, dir, key, aria) => {
    expect(ariaSort({ key: 'date', dir }, key)).toBe(aria);
  });
});
