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

/**
 * One number format per language, made once: `toLocaleString(locale)` builds a new one on every
 * call (the same output, many times the cost, and messages are filled on every frame).
 */
const ZH_NUMBERS = new Intl.NumberFormat('zh-CN');
const EN_NUMBERS = new Intl.NumberFormat('en-US');

function formatParam(lang: 'zh' | 'en', value: string | number): string {
  return typeof value === 'number'
    ? (lang === 'zh' ? ZH_NUMBERS : EN_NUMBERS).format(value)
    : value;
}
