import { afterEach, describe, expect, it, vi } from 'vitest';
import { onIdle } from '../../../src/lib/ui/idle';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('onIdle', () => {
  it('asks for an idle callback, at the latest after the timeout', () => {
    const ric = vi.fn((cb: () => void) => cb());
    vi.stubGlobal('requestIdleCallback', ric);
    const fn = vi.fn();
    onIdle(fn, 500);
    expect(ric).toHaveBeenCalledWith(expect.any(Function), { timeout: 500 });
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('falls back to a timer where the browser has no idle callbacks', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const fn = vi.fn();
    onIdle(fn);
    expect(fn).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
