/** File names for exports. */

/** `exportFileName('events', new Date(Date.UTC(2026, 10, 26)))` → `reform-atlas-events-2026-11-26.csv`. */
export function exportFileName(what: string, date: Date, ext = 'csv'): string {
  return `reform-atlas-${what}-${date.toISOString().slice(0, 10)}.${ext}`;
}
