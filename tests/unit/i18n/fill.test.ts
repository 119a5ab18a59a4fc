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
    ['en', '{missing} stays', {}, '{missing} stays'],
  ] as const)('%s %s', (lang, template, params, text) => {
    expect(fill(lang, template, params)).toBe(text);
  });
});
