/**
 * Pure helpers for the benchmark: summaries, ratios and the printed table.
 * `summarize([3, 1, 2])` → `{ n: 3, p50: 2, p95: 3, min: 1, max: 3 }` (nearest-rank percentiles).
 */
export interface Summary {
  n: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of a sample: `percentile([1, 2, 3, 4], 50)` → 2. NaN for an empty one. */
export function percentile(xs: readonly number[], p: number): number {
  const sorted = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1]!;
}

export function summarize(xs: readonly number[]): Summary {
  const ok = xs.filter(Number.isFinite);
  return {
    n: ok.length,
    p50: round(percentile(ok, 50)),
    p95: round(percentile(ok, 95)),
    min: round(ok.length ? ok.reduce((m, x) => Math.min(m, x)) : NaN),
    max: round(ok.length ? ok.reduce((m, x) => Math.max(m, x)) : NaN),
  };
}

/** Two decimals, NaN kept (JSON writes it as null). */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Number.isFinite(x) ? Math.round(x * f) / f : NaN;
}

/** `ratio(50, 200)` → 0.25 (ours / peer); NaN when either side is missing. */
export function ratio(ours: number, peer: number): number {
  return Number.isFinite(ours) && Number.isFinite(peer) && peer > 0 ? round(ours / peer) : NaN;
}

export interface Target {
  /** What is measured, e.g. "select → highlight p95 (real)". */
  label: string;
  value: number;
  limit: number;
  unit: 'ms' | 'MB' | 'KB' | '×';
}

/** `verdict({value: 120, limit: 100, …})` → "miss by 20 ms (+20%)"; "ok" within the limit. */
export function verdict(t: Target): string {
  if (!Number.isFinite(t.value)) return 'not measured';
  if (t.value <= t.limit) return 'ok';
  const over = t.value - t.limit;
  return `miss by ${fmt(over)} ${t.unit} (+${Math.round((over / t.limit) * 100)}%)`;
}

/** `fmt(1234.5)` → '1235', `fmt(23.46)` → '23.5', `fmt(0.694)` → '0.69' (ratios keep two digits). */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return '—';
  if (Math.abs(x) >= 100) return String(Math.round(x));
  return String(round(x, Math.abs(x) < 1 ? 2 : 1));
}

/** A plain-text table with aligned columns; the first row is the header. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, width(c))));
  const line = (r: readonly string[]) =>
    r.map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c))).join('  ');
  const [head, ...body] = rows;
  if (!head) return '';
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Display width: CJK characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return w;
}
