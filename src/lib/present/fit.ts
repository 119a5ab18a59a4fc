/**
 * Fitting the presentation card's text to its box: the type is scaled down until it fits, to a
 * floor; past the floor the body is shortened after a whole clause or word, never inside one.
 * The searches are pure (a `fits` test in, a value out); `fitCard` runs them on a hidden copy of
 * the card, so the page's own elements are only measured, never rewritten.
 */

/** The body's floor: 24 px at 1080p, where it is set at 29.16 px (2.7vh, tokens.css). */
export const MIN_FIT = 24 / 29.16;

/**
 * The largest scale in [lo, hi] at which `fits` holds, to within `eps`, assuming a smaller scale
 * never fits worse; `lo` when nothing fits. `fitScale((s) => s <= 0.9, 0.8, 1)` → ≈ 0.9.
 */
export function fitScale(fits: (scale: number) => boolean, lo: number, hi = 1, eps = 0.01): number {
  if (fits(hi)) return hi;
  if (!fits(lo)) return lo;
  let [ok, bad] = [lo, hi];
  while (bad - ok > eps) {
    const mid = (ok + bad) / 2;
    if (fits(mid)) ok = mid;
    else bad = mid;
  }
  return ok;
}

const CLAUSE_END = /[。！？；，、：.!?;,:)）」』”’]/;

/**
 * Where a text may be cut without cutting a word: after clause punctuation (Chinese runs of Han
 * characters break only there) and before each space.
 * `cutPoints('改革试点，推广全国。Then more')` → [5, 10, 14].
 */
export function cutPoints(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (CLAUSE_END.test(text[i]!) && i + 1 < text.length) out.push(i + 1);
    else if (text[i] === ' ' && i > 0 && text[i - 1] !== ' ' && !CLAUSE_END.test(text[i - 1]!))
      out.push(i);
  }
  return [...new Set(out)];
}

/** `shorten('改革试点，推广全国。', 5)` → `改革试点…`: the head, its trailing comma or space dropped. */
export function shorten(text: string, at: number): string {
  return `${text.slice(0, at).replace(/[\s，、；：,;:]+$/u, '')}…`;
}

/**
 * The whole text when it fits, else the longest head cut at a cut point that fits, else ''.
 * `fitHead('one two three', (s) => s.length <= 8)` → `one two…`.
 */
export function fitHead(text: string, fits: (shown: string) => boolean): string {
  if (fits(text)) return text;
  const cuts = cutPoints(text);
  let [lo, hi] = [0, cuts.length - 1];
  let best = '';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const head = shorten(text, cuts[mid]!);
    if (fits(head)) {
      best = head;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * Fit a card: measured on a hidden copy laid over it at the same size, with its scale set through
 * the `--fit` custom property and its body text (the element matching `bodySelector`) replaced.
 * Returns the scale and the body to show.
 */
export function fitCard(
  card: HTMLElement,
  body: string,
  bodySelector = '.body',
): { scale: number; body: string } {
  const copy = card.cloneNode(true) as HTMLElement;
  copy.setAttribute('aria-hidden', 'true');
  copy.removeAttribute('data-testid');
  for (const el of copy.querySelectorAll('[data-testid], [id]')) {
    el.removeAttribute('data-testid');
    el.removeAttribute('id');
  }
  // The exact (fractional) size: a copy 0.8 px narrower can wrap a title differently.
  const rect = card.getBoundingClientRect();
  Object.assign(copy.style, {
    position: 'absolute',
    visibility: 'hidden',
    pointerEvents: 'none',
    left: `${card.offsetLeft}px`,
    top: `${card.offsetTop}px`,
    width: `${rect.width}px`,
    height: `${rect.height}px`,
  });
  card.parentElement!.appendChild(copy);
  try {
    const bodyEl = copy.querySelector<HTMLElement>(bodySelector);
    const fits = (scale: number, text = body) => {
      copy.style.setProperty('--fit', String(scale));
      if (bodyEl) bodyEl.textContent = text;
      return copy.scrollHeight <= copy.clientHeight && copy.scrollWidth <= copy.clientWidth;
    };
    // A step below the largest fit: right at a line break, rounding can tip the page's own copy over.
    const found = fitScale((s) => fits(s), MIN_FIT);
    const scale = found < 1 ? Math.max(MIN_FIT, found - 0.01) : 1;
    const shown = bodyEl && !fits(scale) ? fitHead(body, (t) => fits(scale, t)) : body;
    return { scale, body: shown };
  } finally {
    copy.remove();
  }
}
