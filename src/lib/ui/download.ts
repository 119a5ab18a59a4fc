import { isoDay } from '../data/dates';

/**
 * The name of every exported file: the app, what it holds (made safe for a file name), the day.
 * `exportFileName('sichuan-pilot', new Date(Date.UTC(2026, 10, 3)), 'png')`
 * → `reform-atlas-sichuan-pilot-2026-11-03.png`; a null subject is `view`.
 */
export function exportFileName(what: string | null, now: Date, ext: 'csv' | 'png'): string {
  const safe = (what ?? 'view').replace(/[^\w-]+/g, '-').slice(0, 60);
  return `reform-atlas-${safe}-${isoDay(now)}.${ext}`;
}

/**
 * Offer a file to the user without leaving the page: a same-origin blob: URL clicked through a
 * hidden <a download>, revoked afterwards. Used by the CSV export, the import template and the PNG.
 * `download(new Blob(['a,b']), 'x.csv')`.
 */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the blob only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `downloadText(csv, 'template.csv')`: text as a UTF-8 file (CSV by default). */
export function downloadText(text: string, name: string, type = 'text/csv;charset=utf-8'): void {
  download(new Blob([text], { type }), name);
}
