/**
 * Which edition is this: the app's version (package.json's, set at build time) and the edition of
 * its built-in data — the month of the newest event and how many events there are — so a meeting
 * room can tell whether its copy is the current one.
 * `editionLine('zh', [{ dateStart: '2025-11' }, { dateStart: '2026-03-01' }], '0.1.0')`
 * → `v0.1.0 · 数据截至 2026年3月 · 2 项事件`.
 */
import { translate, type Lang } from '../i18n';
import { dataEdition, editionDate } from '../data/edition';

export { dataEdition, editionDate, type DataEdition } from '../data/edition';

export const APP_VERSION: string = __APP_VERSION__;

/** The one line shown in the app, the handout and the exported image. */
export function editionLine(
  lang: Lang,
  events: readonly { dateStart: string }[] | null,
  version: string = APP_VERSION,
): string {
  const e = events ? dataEdition(events) : null;
  return e
    ? translate(lang, 'edition.line', { version, date: editionDate(e, lang), count: e.count })
    : translate(lang, 'edition.version', { version });
}
