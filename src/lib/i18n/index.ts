/**
 * Message lookup. Dictionaries live per feature in ./dict/*.ts (each with `zh` and `en` of the same
 * keys) so features add strings without touching each other's files. Each language arrives in its
 * own chunk (`loadMessages`; the build's plugin `atlas:messages` in vite.config.ts keeps one
 * language of each dictionary file), so the first screen loads only the language it shows.
 * `translate('en', 'map.tooltip', { name: 'Sichuan', count: 3 })` → `Sichuan: 3 reforms`.
 */
import type * as core from './dict/core';
import type * as map from './dict/map';
import type * as timeline from './dict/timeline';
import type * as explore from './dict/explore';
import type * as present from './dict/present';
import type * as importing from './dict/import';
import type * as diffusion from './dict/diffusion';
import type * as dataModel from './dict/data';

import boot from 'virtual:atlas-messages/boot';
import { fill } from './fill';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

type Zh = typeof core.zh &
  typeof map.zh &
  typeof timeline.zh &
  typeof explore.zh &
  typeof present.zh &
  typeof importing.zh &
  typeof diffusion.zh &
  typeof dataModel.zh;
export type MessageKey = keyof Zh;
type Messages = Record<MessageKey, string>;

const dictionaries: Partial<Record<Lang, Messages>> = {};
const loading: Partial<Record<Lang, Promise<void>>> = {};

/** Are a language's messages in? */
export const hasMessages = (lang: Lang): boolean => dictionaries[lang] !== undefined;

/**
 * Fetch a language's messages (once); `translate` uses them from then on.
 * `await loadMessages('en'); translate('en', 'app.title')` → 'Reform Atlas'.
 */
export function loadMessages(lang: Lang): Promise<void> {
  loading[lang] ??= (
    lang === 'zh' ? import('virtual:atlas-messages/zh') : import('virtual:atlas-messages/en')
  ).then(
    (m) => void (dictionaries[lang] = m.default as Messages),
    (e: unknown) => {
      delete loading[lang];
      throw e;
    },
  );
  return loading[lang];
}

export function translate(
  lang: Lang,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  // Until a language's messages are in (see loadMessages) the other's stand in; with none, the
  // header's and loading line's (./boot-keys.ts), else nothing.
  const own = dictionaries[lang] ?? dictionaries.zh ?? dictionaries.en;
  const template = own ? (own[key] ?? dictionaries.zh?.[key] ?? key) : boot[lang][key];
  if (template === undefined) return '';
  return fill(lang, template, params);
}

/** Pick a content field by language, falling back to the other one. */
export function pick(lang: Lang, zhText: string, enText: string): string {
  return lang === 'en' ? enText || zhText : zhText || enText;
}

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
