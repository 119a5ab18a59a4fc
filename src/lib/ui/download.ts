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
