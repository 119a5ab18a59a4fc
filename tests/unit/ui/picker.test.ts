import { describe, expect, it } from 'vitest';
import { arrowTarget, matchOptions, type PickerOption } from '../../../src/lib/ui/picker';

const options: PickerOption[] = [
  { id: '510000', label: '四川省', hint: '省级', search: '四川 Sichuan' },
  { id: 'jjj', label: '京津冀', hint: '区域', search: 'Beijing-Tianjin-Hebei' },
  { id: '110000', label: '北京市' },
];
const ids = (query: string) => matchOptions(options, query).map((o) => o.id);

describe('matchOptions', () => {
  it.each([
    ['the label', '四川', ['510000']],
    ['the hint', '区域', ['jjj']],
    ['the search text, in any case', 'SICH', ['510000']],
    ['the id', '1100', ['110000']],
    ['a query with spaces around it', '  北京 ', ['110000']],
    ['nothing', 'Tibet', []],
  ])('matches by %s', (_, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('gives every option for an empty query', () => {
    expect(matchOptions(options, ' ')).toBe(options);
  });
});

describe('arrowTarget', () => {
  it.each([
    ['↓ opening the list: the first', 'ArrowDown', false, 3, 5, 0],
    ['↑ opening the list: the last', 'ArrowUp', false, 3, 5, 4],
    ['↓ in an open list: the next', 'ArrowDown', true, 1, 5, 2],
    ['↓ on the last: wraps to the first', 'ArrowDown', true, 4, 5, 0],
    ['↑ in an open list: the previous', 'ArrowUp', true, 2, 5, 1],
    ['↑ on the first: wraps to the last', 'ArrowUp', true, 0, 5, 4],
    ['an open list with no options: unchanged', 'ArrowDown', true, -1, 0, null],
  ] as const)('%s', (_, key, open, current, count, to) => {
    expect(arrowTarget(key, open, current, count)).toBe(to);
  });
});
