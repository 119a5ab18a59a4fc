/** Set by vite.config.ts (`define`): package.json's version, e.g. '0.1.0'. */
declare const __APP_VERSION__: string;

/**
 * The URLs of the built-in data, prepared at build time (vite.config.ts, plugin `atlas:data`):
 * what the first screen draws, and the events' longer texts.
 */
declare module 'virtual:atlas-data' {
  const url: string;
  export default url;
  export const texts: string;
}

/** One language's messages, every dictionary file of src/lib/i18n/dict/ (plugin `atlas:messages`). */
declare module 'virtual:atlas-messages/*' {
  const messages: Record<string, string>;
  export default messages;
}

/** The header's and loading line's messages in both languages (src/lib/i18n/boot-keys.ts). */
declare module 'virtual:atlas-messages/boot' {
  const boot: Record<'zh' | 'en', Record<string, string>>;
  export default boot;
}
