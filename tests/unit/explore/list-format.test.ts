import { describe, expect, it } from 'vitest';
import { compactDate } from '../../../src/lib/explore/list-format';

describe('compactDate', () => {
  it.each([
    ['a year', '2018', '', false, '2018', '2018'],
    ['a month', '1988-08', '', false, '1988.8', 'Aug 1988'],
    ['a day', '1985-03-13', '', false, '1985.3.13', '13 Mar 1985'],
    ['years apart: the years only', '2015-04', '2022-12-30', false, '2015–2022', '2015–2022'],
    ['one year, months apart', '2021-03', '2021-12-30', false, '2021.3–12', 'Mar–Dec 2021'],
    ['one month, days apart', '2012-11-08', '2012-11-14', false, '2012.11.8–14', '8–14 Nov 2012'],
    ['one year, a month unknown', '2016', '2016-07', false, '2016', '2016'],
    ['the same day twice', '2020-05-01', '2020-05-01', false, '2020.5.1', '1 May 2020'],
    ['an approximate range', '2015', '2022', true, '2015–2022 约', 'c. 2015–2022'],
    ['an approximate year', '1995', '', true, '1995 约', 'c. 1995'],
    ['an unreadable date, as written', '19xx', '', false, '19xx', '19xx'],
  ])('%s', (_, start, end, approx, zh, en) => {
    expect(compactDate(start, end, approx, 'zh')).toBe(zh);
    expect(compactDate(start, end, approx, 'en')).toBe(en);
  });

  it('is never longer than the full date it stands for', async () => {
    const { formatDateRange } = await import('../../../src/lib/data/dates');
    for (const [s, e] of [
      ['1985-03-13', '2012-11-14'],
      ['2021-03', '2021-12-30'],
      ['2016', ''],
    ] as const) {
      for (const lang of ['zh', 'en'] as const)
        expect(compactDate(s, e, false, lang).length).toBeLessThanOrEqual(
          formatDateRange(s, e, lang).length,
        );
    }
  });
});
