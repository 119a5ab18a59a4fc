/**
 * Line breaking for canvas text (the PNG export): Han characters break anywhere, Latin words only
 * at spaces, closing punctuation never starts a line, and an ellipsis ends a cut-off last line.
 * `wrapText('改革试点', 2, (s) => s.length)` → ['改革', '试点'].
 */
const TOKEN =
  /[\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]+|\s+/g;
const CLOSING = /^[，。、；：？！）》」』】”’,.;:?!)\]]$/;

export function wrapText(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
  maxLines = Infinity,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of text.replace(/\s+/g, ' ').trim().match(TOKEN) ?? []) {
    const candidate = line + token;
    if (!line || measure(candidate) <= maxWidth || CLOSING.test(token)) {
      line = candidate;
      continue;
    }
    lines.push(line.trimEnd());
    line = /^\s+$/.test(token) ? '' : token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last && measure(`${last}…`) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
