/**
 * Label widths as the browser draws them: the canvas's measureText in the page's own fonts, cached
 * per text. Labels are laid out by these numbers, so an estimate that came out short would let two
 * labels touch. Without a canvas (jsdom) it falls back to textWidth's estimate.
 */
import type { Lang } from '../i18n';
import type { Measure } from './label-layout';
import { textWidth } from './labels';

/** tokens.css's --font-sans; in English the Latin faces (--font-latin) come first. */
const CJK =
  "'PingFang SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', sans-serif";

const cache = new Map<string, Measure>();

/** Width of text at `size` px as the timeline draws it in `lang`. */
export function measureFor(lang: Lang, size = 12, weight = 400): Measure {
  const key = `${lang}|${size}|${weight}`;
  let m = cache.get(key);
  if (m) return m;
  const isJsdom = typeof navigator === 'undefined' || /jsdom/i.test(navigator.userAgent);
  const ctx = isJsdom ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return (text) => textWidth(text, size);
  const latin = getComputedStyle(document.documentElement).getPropertyValue('--font-latin').trim();
  ctx.font = `${weight} ${size}px ${lang === 'en' && latin ? `${latin}, ${CJK}` : CJK}`;
  const widths = new Map<string, number>();
  m = (text) => {
    let w = widths.get(text);
    if (w === undefined) widths.set(text, (w = Math.ceil(ctx.measureText(text).width)));
    return w;
  };
  cache.set(key, m);
  return m;
}
