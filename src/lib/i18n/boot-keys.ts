/**
 * The messages the page shows before its language's chunk is in (the header and the loading line),
 * built into the first chunk in both languages (vite.config.ts, plugin `atlas:messages`).
 */
export const BOOT_KEYS = [
  'app.title',
  'app.subtitle',
  'header.actions',
  'lang.switch',
  'lang.switchLabel',
  'status.loading',
  'error.load',
  'import.open',
  'import.openLabel',
  'present.enter',
  'present.enterLabel',
] as const;
