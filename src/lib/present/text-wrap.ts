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

/**
 * Lines as even as they can be in the fewest lines that fit (CSS `text-wrap: balance`), so a title
 * never leaves one character or word alone on its last line.
 * `balanceLines('改革试点推广', 5, (s) => s.length)` → ['改革试', '点推广'].
 */
export function balanceLines(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
): string[] {
  const lines = wrapText(text, maxWidth, measure);
  if (lines.length < 2) return lines;
  // The narrowest width that still needs no more lines.
  let [narrow, wide] = [0, maxWidth];
  for (let i = 0; i < 20 && wide - narrow > 0.5; i++) {
    const mid = (narrow + wide) / 2;
    if (wrapText(text, mid, measure).length <= lines.length) wide = mid;
    else narrow = mid;
  }
  const out = wrapText(text, wide, measure);
  // Characters break evenly only so far (17 in lines of 4 leave 1): the last line, a lone token,
  // takes the previous line's last one (with any closing punctuation) when that still fits.
  const tokens = (line: string) => line.match(TOKEN) ?? [];
  const last = tokens(out.at(-1)!);
  const prev = tokens(out.at(-2)!);
  if (last.length === 1 && prev.length > 2) {
    const take = [prev.pop()!];
    while (prev.length > 1 && CLOSING.test(take[0]!)) take.unshift(prev.pop()!);
    // Two Latin words were parted by a space at the break; Han characters by nothing.
    const han = /[\u2e80-\u9fff\uff00-\uffef]/;
    const gap = han.test(take.at(-1)!.slice(-1)) || han.test(last[0]![0]!) ? '' : ' ';
    const moved = take.join('') + gap + last[0];
    if (measure(moved) <= maxWidth) {
      out[out.length - 2] = prev.join('').trimEnd();
      out[out.length - 1] = moved;
    }
  }
  return out;
}
