import '@testing-library/jest-dom/vitest';
import { loadMessages } from '../../src/lib/i18n';

// The app fetches each language's messages when it needs them (src/lib/i18n); tests have both.
await Promise.all([loadMessages('zh'), loadMessages('en')]);

// jsdom has no ResizeObserver (Svelte's bind:clientWidth uses it): a stub that never fires.
if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
