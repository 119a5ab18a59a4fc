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

function formatParam(lang: 'zh' | 'en', value: string | number): string {
  return typeof value === 'number'
    ? value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')
    : value;
}
