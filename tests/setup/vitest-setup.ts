import '@testing-library/jest-dom/vitest';

// jsdom has no ResizeObserver (Svelte's bind:clientWidth uses it): a stub that never fires.
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
