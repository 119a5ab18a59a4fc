/** Smallest and largest of many numbers without spreading them into Math.min/max (a large array overflows the stack). */

/** `minOf([3, 1, 2])` → 1; `minOf([])` → Infinity (like Math.min()). */
export function minOf(values: Iterable<number>): number {
  let m = Infinity;
  for (const v of values) if (v < m) m = v;
  return m;
}

/** `maxOf([3, 1, 2])` → 3; `maxOf([])` → -Infinity (like Math.max()). */
export function maxOf(values: Iterable<number>): number {
  let m = -Infinity;
  for (const v of values) if (v > m) m = v;
  return m;
}
