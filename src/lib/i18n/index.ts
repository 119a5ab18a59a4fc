/** Message lookup: `translate('en', 'map.tooltip', { name: 'Sichuan', count: 3 })` → `Sichuan: 3 reforms`. */
import { en } from './en';
import { zh, type MessageKey } from './zh';

export type Lang = 'zh' | 'en';
export type { MessageKey };
export const LANGS: readonly Lang[] = ['zh', 'en'];

const dictionaries: Record<Lang, Record<MessageKey, string>> = { zh, en };

export function translate(
  lang: Lang,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = dictionaries[lang][key] ?? zh[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) =>
    name in params ? formatParam(lang, params[name]!) : `{${name}}`,
  );
}

function formatParam(lang: Lang, value: string | number): string {
  return typeof value === 'number'
    ? value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US')
    : value;
}

/** Pick a content field by language, falling back to the other one. */
export function pick(lang: Lang, zhText: string, enText: string): string {
  return lang === 'en' ? enText || zhText : zhText || enText;
}
