/**
 * A message template with its parameters filled in, numbers written the language's way. Pure, and
 * free of the dictionaries (which the build serves per language), so Node scripts can use it too.
 * `fill('en', '{name}: {count} reforms', { name: 'Sichuan', count: 1200 })` → 'Sichuan: 1,200 reforms'.
 */
export function fill(
  lang: 'zh' | 'en',
  template: string,
  params: Record<string, string | number> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    name in params ? formatParam(lang, params[name]!) : `{${name}}`,
  );
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A parameter as text. Whole numbers under 1,000 read the same in both languages, so they skip
 * Intl: its first use on a page costs ~15 ms (a CPU profile of the first screen found it under the
 * header's export button), and every `toLocaleString` builds a new formatter.
 */
export function formatParam(lang: 'zh' | 'en', value: string | number): string {
  if (typeof value !== 'number') return value;
  if (Number.isInteger(value) && Math.abs(value) < 1000) return String(value);
  const locale = lang === 'zh' ? 'zh-CN' : 'en-US';
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}
