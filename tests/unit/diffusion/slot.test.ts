import { describe, expect, it, vi } from 'vitest';
import { DiffusionSlot, defaultFamily } from '../../../src/lib/diffusion/slot.svelte';
import type { Family } from '../../../src/lib/data/types';
import { createEvent } from '../../helpers';

describe('DiffusionSlot (the model in its own chunk)', () => {
  it('is empty until loaded, then holds the model', async () => {
    const slot = new DiffusionSlot(() => Promise.resolve({ name: 'model' }));
    expect(slot.view).toBeNull();
    await slot.load();
    expect(slot.view).toEqual({ name: 'model' });
  });

  it('makes the model once, however often it is asked for', async () => {
    const make = vi.fn(() => Promise.resolve({}));
    const slot = new DiffusionSlot(make);
    await Promise.all([slot.load(), slot.load()]);
    await slot.load();
    expect(make).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const make = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce('model');
    const slot = new DiffusionSlot(make);
    await expect(slot.load()).rejects.toThrow('offline');
    expect(slot.view).toBeNull();
    await expect(slot.load()).resolves.toBe('model');
    expect(slot.view).toBe('model');
  });
});

describe('defaultFamily', () => {
  const family = (id: string) => ({ id }) as Family;
  const view = {
    families: [family('a'), family('b'), family('c')],
    perFamily: new Map([
      ['a', { adopted: new Map() }],
      ['b', { adopted: new Map([['510000', 1]]) }],
    ]),
  };

  it('opens on the selected event’s family', () => {
    expect(defaultFamily(view, createEvent({ id: 'x', family: ['c'] }))).toBe('c');
  });

  it('else on the first family with an adoption', () => {
    expect(defaultFamily(view, null)).toBe('b');
  });

  it('else on the first family, or none', () => {
    expect(defaultFamily({ ...view, perFamily: new Map() }, null)).toBe('a');
    expect(defaultFamily({ families: [], perFamily: new Map() }, null)).toBeNull();
  });
});
