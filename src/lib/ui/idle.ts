/**
 * Run `fn` when the main thread is next idle, at the latest after `timeout` ms (a timer where the
 * browser has no idle callbacks): for work that must not delay the first screen.
 * `onIdle(() => probe())`.
 */
export function onIdle(fn: () => void, timeout = 1000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout });
  else setTimeout(fn, 0);
}
