/**
 * The diffusion view's words, from its figures: an adoption year (marked when approximate), a
 * count of places, the card of a year step, a map tooltip. Pure: the lookup `t` is passed in.
 * Years go in as strings, so English never prints "2,016".
 */
import type { MessageKey } from '../i18n';
import type { Unit } from './adoption';
import type { CurvePoint } from './curve';
import type { Figures, PlaceAt, Ranked } from './figures';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** `yearText(2016, true, t)` → '约2016' (zh) / 'c.2016' (en); `yearText(2016, false, t)` → '2016年' / '2016'. */
export function yearText(year: number, approx: boolean, t: Translate): string {
  return t(approx ? 'diffusion.approxYear' : 'diffusion.yearValue', { year: String(year) });
}

/** `placesText(8, 'province', t)` → '8 个省份' / '8 provinces'; `placesText(1, …)` → '1 province' in English. */
export function placesText(count: number, unit: Unit, t: Translate): string {
  const one = count === 1;
  const key =
    unit === 'province'
      ? one
        ? 'diffusion.places.provinceOne'
        : 'diffusion.places.province'
      : one
        ? 'diffusion.places.cityOne'
        : 'diffusion.places.city';
  return t(key, { count });
}

export interface YearCard {
  /** '2016年：8 个省份' / '2016: 8 provinces'. */
  title: string;
  /** '新增 3 个：江苏、浙江、广东' / '3 new: Jiangsu, Zhejiang, Guangdong'. */
  added: string;
}

/**
 * The presentation card of one year.
 * `yearCard({ year: 2016, total: 8, added: ['320000', '330000', '440000'] }, 'province', name, '、', t)`
 * → { title: '2016年：8 个省份', added: '新增 3 个：江苏、浙江、广东' }.
 */
export function yearCard(
  point: CurvePoint,
  unit: Unit,
  name: (code: string) => string,
  sep: string,
  t: Translate,
): YearCard {
  return {
    title: t('diffusion.yearTitle', {
      year: String(point.year),
      places: placesText(point.total, unit, t),
    }),
    added: point.added.length
      ? t('diffusion.yearAdded', {
          count: point.added.length,
          names: point.added.map(name).join(sep),
        })
      : t('diffusion.yearNone'),
  };
}

/**
 * A place's tooltip at the year shown.
 * `placeTooltip('四川', { status: 'adopted', adoption: a2016 }, 1, t)` → '四川：2016年采纳，距锚定 1 年'.
 */
export function placeTooltip(
  name: string,
  at: PlaceAt | undefined,
  lag: number | null,
  t: Translate,
): string {
  if (!at) return t('diffusion.tooltipOut', { name });
  const a = at.adoption;
  const year = a ? yearText(a.year, a.approx, t) : '';
  switch (at.status) {
    case 'none':
      return t('diffusion.tooltipNone', { name });
    case 'not-adopted':
      return t('diffusion.tooltipNotAdopted', { name });
    case 'later':
      return t('diffusion.tooltipLater', { name, year });
    default:
      return lag === null
        ? t('diffusion.tooltipAdopted', { name, year })
        : t('diffusion.tooltipLag', { name, year, lag });
  }
}

export interface FigureContext {
  unit: Unit;
  t: Translate;
  name: (code: string) => string;
  sep: string;
  /** Title of the anchor lags count from, or null. */
  anchor: string | null;
  /** City families: provinces with an adopting place, and in scope. */
  provinces?: { n: number; total: number };
}

/** `countText(figures, ctx)` → '8 / 31 个省份' (zh) / '8 / 31 provinces' (en). */
export function countText(f: Figures, ctx: FigureContext): string {
  const key = ctx.unit === 'province' ? 'diffusion.ofProvinces' : 'diffusion.ofCities';
  return ctx.t(key, { n: f.adopted, total: f.total });
}

/** `rankedText({ place: '510000', year: 2016, lag: 1, approx: false }, ctx)` → '四川 2016年（1 年）'. */
export function rankedText(r: Ranked, ctx: FigureContext): string {
  const year = yearText(r.year, r.approx, ctx.t);
  const name = ctx.name(r.place);
  return r.lag === null
    ? ctx.t('diffusion.rankedNoLag', { name, year })
    : ctx.t('diffusion.ranked', { name, year, lag: ctx.t('diffusion.lagYears', { lag: r.lag }) });
}

/**
 * The figures as label/value lines (the panel and the picture both show them).
 * `figureLines(figures, ctx)` → [['首先采纳', '江苏、山东（2016年）'], ['滞后', '中位数 1 年（1 至 6 年），自“…”起'], …].
 */
export function figureLines(f: Figures, ctx: FigureContext): [string, string][] {
  const { t } = ctx;
  const lines: [string, string][] = [];
  if (ctx.provinces)
    lines.push([t('diffusion.adopted'), t('diffusion.inProvinces', ctx.provinces)]);
  const first = f.first[0];
  if (first) {
    const names = f.first.map((r) => ctx.name(r.place)).join(ctx.sep);
    lines.push([
      t('diffusion.first'),
      t('diffusion.firstValue', { names, year: yearText(first.year, first.approx, t) }),
    ]);
  }
  if (ctx.anchor && f.lag) {
    const n = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));
    lines.push([
      t('diffusion.lagTitle'),
      t('diffusion.lagValue', {
        median: n(f.lag.median),
        min: n(f.lag.min),
        max: n(f.lag.max),
        anchor: ctx.anchor,
      }),
    ]);
  } else if (!ctx.anchor) lines.push([t('diffusion.lagTitle'), t('diffusion.noAnchor')]);
  if (f.fastest.length)
    lines.push([t('diffusion.fastest'), f.fastest.map((r) => rankedText(r, ctx)).join(ctx.sep)]);
  if (f.slowest.length)
    lines.push([t('diffusion.slowest'), f.slowest.map((r) => rankedText(r, ctx)).join(ctx.sep)]);
  return lines;
}
