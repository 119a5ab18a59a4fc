/** One SVG element with its attributes, appended to a parent. Browser-only. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** `el('path', { d: 'M0,0H9' }, g)` → a `<path d="M0,0H9">` appended to g. */
export function el<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string | number> = {},
  parent?: Element,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.appendChild(e);
  return e;
}
