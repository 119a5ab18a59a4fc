/**
 * Message lookup. Dictionaries live per feature in ./dict/*.ts (each with `zh` and `en` of the same
 * keys) so features add strings without touching each other's files.
 * `translate('en', 'map.tooltip', { name: 'Sichuan', count: 3 })` → `Sichuan: 3 reforms`.
 */
import * as core from './dict/core';
import * as map from './dict/map';
import * as timeline from './dict/timeline';
import * as explore from './dict/explore';
import * as present from './dict/present';
import * as importing from './dict/import';
import * as diffusion from './dict/diffusion';
import * as dataModel from './dict/data';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const zh = {
  ...core.zh,
  ...map.zh,
  ...timeline.zh,
  ...explore.zh,
  ...present.zh,
  ...importing.zh,
  ...diffusion.zh,
  ...dataModel.zh,
};
export type MessageKey = keyof typeof zh;
const en: Record<MessageKey, string> = {
  ...core.en,
  ...map.en,
  ...timeline.en,
  ...explore.en,
  ...present.en,
  ...importing.en,
  ...diffusion.en,
  ...dataModel.en,
};

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

/** Every key of both dictionaries, for the completeness test. */
export const dictionaryKeys = { zh: Object.keys(zh), en: Object.keys(en) };

/**
 * The starting language when the URL names none: the stored choice, else the browser's.
 * `detectLang(null, ['en-US'])` → 'en'; `detectLang(null, ['zh-CN'])` → 'zh'; default 'zh'.
 */
export function detectLang(stored: string | null, browser: readonly string[]): Lang {
  if (stored === 'zh' || stored === 'en') return stored;
  for (const l of browser) {
    if (/^zh\b/i.test(l)) return 'zh';
    if (/^en\b/i.test(l)) return 'en';
  }
  return 'zh';
}
