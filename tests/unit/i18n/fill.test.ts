import { describe, expect, it } from 'vitest';
import { fill, formatParam } from '../../../src/lib/i18n/fill';

describe('formatParam writes numbers the language’s way', () => {
  it.each([
    ['zh', 0, '0'],
    ['en', 7, '7'],
    ['zh', 999, '999'],
    ['en', -999, '-999'],
    ['en', 1000, '1,000'],
    ['zh', 12345, '12,345'],
    ['en', 150000, '150,000'],
    ['en', -1200, '-1,200'],
    ['en', 0.5, '0.5'],
    ['zh', 2.25, '2.25'],
    ['en', 1234.5, '1,234.5'],
    ['zh', '江苏', '江苏'],
  ] as const)('%s %s → %s', (lang, value, text) => {
    expect(formatParam(lang, value)).toBe(text);
    // The same text toLocaleString gives, without building a formatter for every call.
    if (typeof value === 'number')
      expect(text).toBe(value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US'));
  });
});

describe('fill', () => {
  it.each([
    ['en', '{name}: {count} reforms', { name: 'Sichuan', count: 1200 }, 'Sichuan: 1,200 reforms'],
    ['zh', '{name}：{count} 项', { name: '四川省', count: 12 }, '四川省：12 项'],
    ['zh', '{name}：{count} 项', { name: '四川', count: 1200 }, '四川：1,200 项'],
    ['en', '{count} of {total}', { count: 0, total: 1234567 }, '0 of 1,234,567'],
    ['en', '{share}', { share: 0.25 }, '0.25'],
    ['zh', '{year}年', { year: '2016' }, '2016年'],
    ['en', '{missing} stays', {}, '{missing} stays'],
    ['zh', 'no parameters', { count: 3 }, 'no parameters'],
  ] as const)('fill(%s, %j, …) → %s', (lang, template, params, out) => {
    expect(fill(lang, template, params)).toBe(out);
  });

  it.each([0, 7, 1200, -45000, 3.14159, 1e9, 123456.789])(
    'writes %s as toLocaleString does in both languages',
    (n) => {
      expect(fill('zh', '{n}', { n })).toBe(n.toLocaleString('zh-CN'));
      expect(fill('en', '{n}', { n })).toBe(n.toLocaleString('en-US'));
    },
  );
});
