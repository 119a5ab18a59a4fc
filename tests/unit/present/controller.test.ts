// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { effect } from '../../effects.svelte';
import { AppState } from '../../../src/lib/state/app-state.svelte';
import type { Dataset } from '../../../src/lib/data/dataset';
import type { Tour } from '../../../src/lib/data/tours';
import {
  chooseTour,
  currentStepId,
  enterPresent,
  goToStep,
  leavePresent,
  moveBy,
  reconcileSelection,
} from '../../../src/lib/present/controller';
import { PresentSession } from '../../../src/lib/present/session.svelte';
import { fillTimes, presentView } from '../../../src/lib/present/view';
import { GROUPS, REGIONS, TYPES, createEvent, createIndex } from '../../helpers';

const step = (eventId: string, row: number) => ({
  eventId,
  narrationZh: `讲解${eventId}`,
  narrationEn: `About ${eventId}`,
  row,
  number: row - 1,
});
const TOUR: Tour = {
  id: 'spread',
  titleZh: '推广',
  titleEn: 'Spread',
  steps: [step('sichuan', 2), step('jjj', 3), step('gone', 4)],
};

function createApp() {
  const events = [
    createEvent({ id: 'national', dateStart: '1985', regions: [] }),
    createEvent({ id: 'jjj', dateStart: '2015', regions: ['jjj'] }),
    createEvent({ id: 'sichuan', dateStart: '2016-01', regions: ['510000'], type: 'pilot' }),
    createEvent({ id: 'shandong', dateStart: '2018', regions: ['370000'] }),
  ];
  const data: Dataset = {
    events,
    types: TYPES,
    levels: [],
    eras: [],
    groups: GROUPS,
    families: [],
    regions: REGIONS,
    index: createIndex(),
    tours: [TOUR],
    errors: [],
  };
  const app = new AppState();
  app.load(data);
  app.ready();
  return app;
}

describe('stepping through the visible events (time order)', () => {
  it('enters at the first event, selecting it', () => {
    const app = createApp();
    enterPresent(app);
    expect(app.present).toMatchObject({ active: true, tourId: null, step: 0 });
    expect(app.presentSteps).toEqual(['national', 'jjj', 'sichuan', 'shandong']);
    expect(app.selectedId).toBe('national');
  });

  it('enters at the selected event when it is one of the steps', () => {
    const app = createApp();
    app.select('sichuan');
    enterPresent(app);
    expect(app.present.step).toBe(2);
  });

  it.each<[Parameters<typeof moveBy>[1], number, string]>([
    ['next', 2, 'sichuan'],
    ['prev', 0, 'national'],
    ['first', 0, 'national'],
    ['last', 3, 'shandong'],
  ])('moveBy %s from step 1 → step %s, %s selected', (move, out, id) => {
    const app = createApp();
    enterPresent(app);
    goToStep(app, 1);
    moveBy(app, move);
    expect(app.present.step).toBe(out);
    expect(app.selectedId).toBe(id);
  });

  it('clamps a step beyond the end', () => {
    const app = createApp();
    enterPresent(app);
    goToStep(app, 99);
    expect(app.present.step).toBe(3);
  });

  it('follows the filters: a type filter narrows the steps', () => {
    const app = createApp();
    app.setFilters({ types: ['pilot'] });
    enterPresent(app);
    expect(app.presentSteps).toEqual(['sichuan']);
  });

  it('leaves and forgets the tour, the step and cumulative mode', () => {
    const app = createApp();
    enterPresent(app, 'spread');
    app.setPresent({ cumulative: true });
    leavePresent(app);
    expect(app.present).toEqual({ active: false, tourId: null, step: 0, cumulative: false });
  });
});

describe('tours', () => {
  it('steps in the tour’s order, not time order, with its narration', () => {
    const app = createApp();
    enterPresent(app, 'spread');
    expect(app.presentSteps).toEqual(['sichuan', 'jjj', 'gone']);
    expect(presentView(app).card?.body).toBe('讲解sichuan');
    app.setLang('en');
    expect(presentView(app)).toMatchObject({ heading: 'Spread', stepLabel: 'Step 1 / 3' });
    expect(presentView(app).card?.body).toBe('About sichuan');
  });

  it('switching tour starts at its first step', () => {
    const app = createApp();
    enterPresent(app);
    goToStep(app, 3);
    chooseTour(app, 'spread');
    expect(app.present.step).toBe(0);
    expect(app.selectedId).toBe('sichuan');
    chooseTour(app, null);
    expect(app.presentSteps).toHaveLength(4);
    expect(app.selectedId).toBe('national');
  });

  it('a step whose event is not loaded shows a clear message and keeps the selection', () => {
    const app = createApp();
    enterPresent(app, 'spread');
    goToStep(app, 1);
    goToStep(app, 2);
    expect(currentStepId(app)).toBe('gone');
    expect(app.selectedId).toBe('jjj');
    const v = presentView(app);
    expect(v.card).toBeNull();
    expect(v.message).toContain('gone');
    expect(v.times).toHaveLength(3);
    expect(v.times.every(Number.isFinite)).toBe(true);
  });

  it('cumulative mode reaches every province of the steps so far', () => {
    const app = createApp();
    enterPresent(app, 'spread');
    app.setPresent({ cumulative: true });
    expect(app.reached).toEqual(['510000']);
    goToStep(app, 1);
    expect(app.reached).toEqual(['110000', '120000', '130000', '510000']);
    expect(presentView(app).reached).toBe('已涉及 4 个省级地区');
  });
});

describe('reconcileSelection (a deck link without sel)', () => {
  it('selects the step’s event once, then does nothing', () => {
    const app = createApp();
    app.setPresent({ active: true, tourId: 'spread', step: 1 });
    expect(reconcileSelection(app)).toBe(true);
    expect(app.selectedId).toBe('jjj');
    expect(reconcileSelection(app)).toBe(false);
  });

  it('does nothing outside presentation', () => {
    const app = createApp();
    expect(reconcileSelection(app)).toBe(false);
    expect(app.selectedId).toBeNull();
  });
});

describe('presentView', () => {
  it('shows the step counter, the year and the card', () => {
    const app = createApp();
    enterPresent(app);
    goToStep(app, 2);
    expect(presentView(app)).toMatchObject({
      heading: '',
      stepLabel: '第 3 / 4 步',
      year: '2016年',
      step: 2,
      count: 4,
      reached: '',
      card: { title: '事件sichuan', date: '2016年1月', regions: '四川省', typeLabel: '试点示范' },
    });
  });

  it('says why there is nothing to present when the filter is empty', () => {
    const app = createApp();
    app.setQuery('no such thing');
    enterPresent(app);
    const v = presentView(app);
    expect(v).toMatchObject({ count: 0, card: null, stepLabel: '' });
    expect(v.message).toContain('筛选');
  });

  it.each<[number[], number[]]>([
    [
      [1, NaN, 3],
      [1, 1, 3],
    ],
    [
      [NaN, 2],
      [2, 2],
    ],
    [[], []],
  ])('fillTimes(%j) → %j', (input, out) => {
    expect(fillTimes(input)).toEqual(out);
  });
});

describe('PresentSession: autoplay and keys', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** The autoplay in a real effect (as PresentMode runs it), `ms` of fake time in 100 ms ticks. */
  function run(session: PresentSession, ms: number) {
    const stop = effect(() => session.autoplay());
    flushSync();
    for (let t = 0; t < ms; t += 100) {
      vi.advanceTimersByTime(100);
      flushSync();
    }
    stop();
  }

  it('advances one step per interval and stops at the last step', () => {
    const app = createApp();
    const s = new PresentSession(app);
    s.enter();
    s.stepMs = 1000;
    s.togglePlay();
    expect(s.playing).toBe(true);
    run(s, 1000);
    expect(app.present.step).toBe(1);
    run(s, 5000);
    expect(app.present.step).toBe(3);
    expect(s.playing).toBe(false);
  });

  it('pauses: no step while paused, and no timer left behind', () => {
    const app = createApp();
    const s = new PresentSession(app);
    s.enter();
    s.stepMs = 500;
    s.togglePlay();
    const stop = effect(() => s.autoplay());
    flushSync();
    vi.advanceTimersByTime(200);
    // Paused mid-step: the pending tick is cleared with the effect's run, not left to fire.
    s.togglePlay();
    flushSync();
    vi.advanceTimersByTime(5000);
    flushSync();
    expect(app.present.step).toBe(0);
    expect(s.autoplay()).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
    stop();
  });

  it('play at the last step starts again from the first', () => {
    const app = createApp();
    const s = new PresentSession(app);
    s.enter();
    goToStep(app, 3);
    s.togglePlay();
    expect(app.present.step).toBe(0);
    expect(s.playing).toBe(true);
  });

  it('uses the chosen speed in seconds', () => {
    const app = createApp();
    const s = new PresentSession(app);
    s.enter();
    s.speed = 3;
    s.togglePlay();
    const stop = s.autoplay();
    vi.advanceTimersByTime(2900);
    expect(app.present.step).toBe(0);
    vi.advanceTimersByTime(100);
    expect(app.present.step).toBe(1);
    stop?.();
  });

  it('number + Enter jumps; Esc cancels the number, then leaves', () => {
    const app = createApp();
    const s = new PresentSession(app);
    s.enter();
    const key = (k: string) => {
      const e = new KeyboardEvent('keydown', { key: k, cancelable: true });
      s.onkeydown(e);
      return e.defaultPrevented;
    };
    expect(key('3')).toBe(true);
    expect(s.typed).toBe('3');
    key('Enter');
    expect(app.present.step).toBe(2);
    key('1');
    key('Escape');
    expect(s.typed).toBe('');
    expect(app.present.active).toBe(true);
    key('Escape');
    expect(app.present.active).toBe(false);
    expect(key('ArrowRight')).toBe(false);
    key('p');
    expect(app.present.active).toBe(true);
  });

  it('leaving stops autoplay', () => {
    const app = createApp();
    const s = new PresentSession(app);
    s.enter();
    s.togglePlay();
    s.exit();
    expect(s.playing).toBe(false);
    expect(s.autoplay()).toBeUndefined();
  });
});

describe('PresentSession.exportWith', () => {
  it('is exporting while the export runs, and not after', async () => {
    const session = new PresentSession(createApp());
    let seen = false;
    await session.exportWith(async () => {
      seen = session.exporting;
    });
    expect([seen, session.exporting]).toEqual([true, false]);
  });

  it('puts what the export reports in the status beside the controls', async () => {
    const session = new PresentSession(createApp());
    await session.exportWith(async (report) => report('导出失败'));
    expect(session.status).toBe('导出失败');
  });
});
