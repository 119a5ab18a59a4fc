/**
 * Seeded random and mangled URL query strings for the hardening tests: bad types, huge strings,
 * unknown ids, injected markup, broken percent-encoding, repeated and unknown parameters.
 * `fuzzUrls(3, vocab, 1)` → three query strings (no leading "?"), the same for the same seed.
 */
import { randomLcg } from 'd3-random';
import { PASSTHROUGH_PARAMS, URL_PARAMS } from '../src/lib/state/url';

export interface FuzzVocab {
  types: readonly string[];
  ids: readonly string[];
  regions: readonly string[];
  tours: readonly string[];
}

/** Markup that would run or load something if it were ever rendered as HTML or put in an href. */
export const HOSTILE = [
  '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  'javascript:window.__pwned=1',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<a href="javascript:window.__pwned=1">x</a>',
  '${window.__pwned=1}',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
];

const KEYS = [...URL_PARAMS, ...PASSTHROUGH_PARAMS];
const ODD_KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '',
  'sel[]',
  'a b',
  '%00',
  'ＳＥＬ',
  'Types',
];

export function fuzzUrls(n: number, vocab: FuzzVocab, seed = 1): string[] {
  const rand = randomLcg(seed / 1e4);
  const int = (k: number) => Math.floor(rand() * k);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const huge = () => pick(['a', '中', '<b>', '%', ',', '🙂']).repeat(pick([501, 2_000, 40_000]));
  const values = (key: string): string => {
    const r = rand();
    if (r < 0.15) return pick(HOSTILE);
    if (r < 0.2) return huge();
    if (r < 0.3)
      return pick([
        '',
        ' ',
        ',,,',
        'null',
        'undefined',
        'NaN',
        '-1',
        '0',
        '1e309',
        '99999999',
        '٣',
      ]);
    if (r < 0.38)
      return pick(['%', '%E0%A4%A', '%ED%A0%80', '%00', '%FF%FE', '%25%32%35', '\u202e']);
    if (r < 0.45)
      return pick([
        '2020-13-45',
        '0000',
        '9999-12-31',
        '1985-02-30',
        '2020-1',
        '-2020',
        '20200101',
        '1969-12-31',
      ]);
    // Plausible values, some valid, some unknown, mixed in lists.
    const valid: Record<string, () => string> = {
      lang: () => pick(['zh', 'en', 'fr', 'ZH', 'zh-CN']),
      types: () => [pick(vocab.types), pick(['nope', ...vocab.types]), pick(vocab.types)].join(','),
      levels: () => pick(['national', 'provincial', 'municipal', 'cross-regional', 'galactic']),
      regions: () =>
        [pick(vocab.regions), pick(['999999', '四川', 'Sichuan', 'atlantis'])].join(','),
      from: () => pick(['1985', '2000-06', '2010-01-01', '2030']),
      to: () => pick(['1990', '1980', '2020-12', '2100-01-01']),
      q: () => pick(['改革', 'reform', '"', '\\', '*', '.*+?']),
      sel: () => pick([...vocab.ids.slice(0, 20), 'no-such-event', 'constructor']),
      view: () => pick(['510000', '110000', '510100', 'xinjiang', '000000']),
      present: () => pick(['1', '0', 'true', 'yes']),
      tour: () => pick([...vocab.tours, 'no-such-tour']),
      step: () => pick(['1', '2', '500', '0', '-3', '1.5', '1e3', '9999999']),
      data: () =>
        pick([
          '../../etc/passwd.csv',
          'http://evil.example/x.csv',
          '//evil.example/x.csv',
          'x.csv',
          '/abs.csv',
          'data:text/csv,a',
        ]),
    };
    return Object.hasOwn(valid, key) ? valid[key]!() : pick(vocab.ids);
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const parts: string[] = [];
    const count = 1 + int(6);
    for (let j = 0; j < count; j++) {
      const key = rand() < 0.85 ? pick(KEYS) : pick(ODD_KEYS);
      const value = values(key);
      // Mostly well encoded; sometimes raw, so the parser sees stray & = # + and broken escapes.
      parts.push(
        rand() < 0.7
          ? `${encodeURIComponent(key)}=${encodeURIComponent(value)}`
          : `${key}=${value}`,
      );
    }
    let q = parts.join('&');
    const m = rand();
    if (m < 0.08)
      q = q.slice(0, int(q.length + 1)); // truncated
    else if (m < 0.14) q = q.replaceAll('=', '==');
    else if (m < 0.2) q = `&&${q}&&`;
    else if (m < 0.25)
      q = encodeURIComponent(q); // double-encoded
    else if (m < 0.3) q = q.replaceAll('&', ';');
    out.push(q);
  }
  return out;
}
