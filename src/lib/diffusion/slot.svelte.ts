/**
 * Where the diffusion view's model sits. The model (view.svelte.ts, with its adoption, curve,
 * matrix and text helpers) arrives in a chunk of its own, after the first frame or as soon as a
 * family is opened; the shell provides this slot at once and it holds the model when it is in.
 * Until then the view is closed for everyone: no overlay, no deck, nothing in its tab.
 * `new DiffusionSlot(make).load()` → the model, made once.
 */
import { getContext, setContext } from 'svelte';
import type { Family, ReformEvent } from '../data/types';

export class DiffusionSlot<V> {
  /** The model, once loaded. */
  view = $state.raw<V | null>(null);
  #make: () => Promise<V>;
  #loading: Promise<V> | null = null;

  constructor(make: () => Promise<V>) {
    this.#make = make;
  }

  /** Load the model (once; a failed load may be tried again). */
  load(): Promise<V> {
    this.#loading ??= this.#make().then(
      (v) => (this.view = v),
      (e: unknown) => {
        this.#loading = null;
        throw e;
      },
    );
    return this.#loading;
  }
}

const KEY = Symbol('diffusion');

export function provideDiffusionSlot<V>(slot: DiffusionSlot<V>): DiffusionSlot<V> {
  return setContext(KEY, slot);
}

export function useDiffusionSlot<V>(): DiffusionSlot<V> {
  return getContext<DiffusionSlot<V>>(KEY);
}

/** What `defaultFamily` reads of the model. */
interface FamiliesAdopted {
  families: readonly Family[];
  perFamily: ReadonlyMap<string, { adopted: ReadonlyMap<string, unknown> }>;
}

/**
 * The family to open the view on: the selected event's (when it has one), else the first family
 * with a recorded adoption, else the first family. `defaultFamily(view, selected)` → 'transform-reg'.
 */
export function defaultFamily(view: FamiliesAdopted, selected: ReformEvent | null): string | null {
  const known = new Set(view.families.map((f) => f.id));
  const own = selected?.family.find((id) => known.has(id));
  if (own) return own;
  const adopted = view.families.find((f) => (view.perFamily.get(f.id)?.adopted.size ?? 0) > 0);
  return (adopted ?? view.families[0])?.id ?? null;
}
