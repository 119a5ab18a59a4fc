/** File names and downloads for exports. */

/** `exportFileName('events', new Date(Date.UTC(2026, 10, 26)))` → `reform-atlas-events-2026-11-26.csv`. */
export function exportFileName(what: string, date: Date, ext = 'csv'): string {
  return `reform-atlas-${what}-${date.toISOString().slice(0, 10)}.${ext}`;
}

/** Offer a Blob as a download (an <a download> click; no request leaves the page). */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
