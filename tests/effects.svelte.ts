/**
 * Run a function as a real Svelte effect outside a component, for tests of code written to be
 * called inside `$effect` (it re-runs when what it reads changes, after `flushSync()`):
 * `const stop = effect(() => session.autoplay());` … `stop()`.
 */
export function effect(fn: () => void | (() => void)): () => void {
  return $effect.root(() => {
    $effect(fn);
  });
}
