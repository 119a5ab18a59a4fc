import { beforeEach, describe, expect, it, vi } from 'vitest';

// A fresh copy of the module each time: the test setup has loaded both languages into the shared one.
let i18n: typeof import('../../src/lib/i18n');
beforeEach(async () => {
  vi.resetModules();
  i18n = await import('../../src/lib/i18n');
});

describe('loadMessages (each language in its own chunk)', () => {
  it('says nothing before any messages are in, but the header and the loading line', () => {
    expect(i18n.hasMessages('zh')).toBe(false);
    expect(i18n.translate('zh', 'map.tooltip', { name: '四川', count: 3 })).toBe('');
    expect(i18n.translate('zh', 'app.title')).toBe('科改图谱');
    expect(i18n.translate('en', 'app.title')).toBe('Reform Atlas');
    expect(i18n.translate('en', 'error.load', { message: 'x' })).toMatch(/x/);
  });

  it('translates once the language is in', async () => {
    await i18n.loadMessages('en');
    expect(i18n.hasMessages('en')).toBe(true);
    expect(i18n.translate('en', 'map.tooltip', { name: 'Sichuan', count: 3 })).toBe(
      'Sichuan: 3 reforms',
    );
  });

  it('lets the language that is in stand in for one that is not yet', async () => {
    await i18n.loadMessages('zh');
    expect(i18n.hasMessages('en')).toBe(false);
    expect(i18n.translate('en', 'app.title')).toBe('科改图谱');
  });

  it('holds only its own language: the Chinese chunk has no English title', async () => {
    const { default: zh } = await import('virtual:atlas-messages/zh');
    const { default: en } = await import('virtual:atlas-messages/en');
    expect(zh['app.title']).toBe('科改图谱');
    expect(en['app.title']).not.toBe(zh['app.title']);
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it('loads a language once, however often it is asked for', () => {
    expect(i18n.loadMessages('en')).toBe(i18n.loadMessages('en'));
  });
});

describe('AppState.setLang with a language not yet loaded', () => {
  it('switches once the messages are in', async () => {
    const { AppState } = await import('../../src/lib/state/app-state.svelte');
    const messages = await import('../../src/lib/i18n');
    await messages.loadMessages('zh');
    const app = new AppState();
    app.setLang('en');
    expect(app.lang).toBe('zh');
    await messages.loadMessages('en');
    expect(app.lang).toBe('en');
    expect(app.t('app.title')).toBe('Reform Atlas');
  });

  it('keeps the last choice when an earlier one arrives later', async () => {
    const { AppState } = await import('../../src/lib/state/app-state.svelte');
    const messages = await import('../../src/lib/i18n');
    await messages.loadMessages('zh');
    const app = new AppState();
    app.setLang('en');
    app.setLang('zh');
    await messages.loadMessages('en');
    expect(app.lang).toBe('zh');
  });
});
