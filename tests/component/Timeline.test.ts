import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Timeline from '../../src/lib/timeline/Timeline.svelte';
import { translate, type MessageKey } from '../../src/lib/i18n';
import { TYPES, createEvent } from '../helpers';

const items = [
  createEvent({ id: 'a', dateStart: '1995', type: 'law', titleZh: '甲' }),
  createEvent({ id: 'b', dateStart: '2016', type: 'pilot', titleZh: '乙', dateApprox: true }),
  createEvent({ id: 'c', dateStart: '2018', dateEnd: '2020', type: 'party', titleZh: '丙' }),
  createEvent({ id: 'd', dateStart: '2021-05', type: 'law', titleZh: '丁' }),
];

function setup(over: Record<string, unknown> = {}) {
  const onselect = vi.fn();
  const onhover = vi.fn();
  const onbrush = vi.fn();
  const lang = (over.lang as 'zh' | 'en' | undefined) ?? 'zh';
  const result = render(Timeline, {
    props: {
      items,
      overview: items,
      activeIds: new Set(items.map((e) => e.id)),
      types: TYPES,
      eras: [],
      selectedId: null,
      window: null,
      lang,
      t: (key: MessageKey, params?: Record<string, string | number>) =>
        translate(lang, key, params),
      titleOf: (e: (typeof items)[number]) => e.titleZh,
      onselect,
      onhover,
      onbrush,
      ...over,
    },
  });
  const plot = result.getByRole('application');
  return { ...result, plot, onselect, onhover, onbrush };
}

const mark = (c: HTMLElement, id: string) =>
  c.querySelector<SVGGElement>(`.mark[data-id="${id}"]`)!;
const isOn = (el: Element, cls: string) => el.classList.contains(cls);

describe('Timeline', () => {
  it('draws one mark per event, a lane per type and year ticks', () => {
    const { container, getAllByRole } = setup();
    expect(container.querySelectorAll('.mark')).toHaveLength(4);
    expect(getAllByRole('button', { expanded: true }).map((b) => b.textContent?.trim())).toEqual([
      '法治保障',
      '党管科技组织',
      '试点示范',
    ]);
    expect(container.querySelector('.back')!.textContent).toContain('2000年');
    expect(mark(container, 'c').querySelector('rect')).not.toBeNull();
    expect(isOn(mark(container, 'b'), 'approx')).toBe(true);
  });

  // fireEvent, not userEvent.click: user-event's mousedown has no `view` in jsdom, which d3-zoom's
  // drag guard needs (the real pointer path is covered in Playwright).
  it('clicking a mark selects its event; hovering previews it', async () => {
    const { container, onselect, onhover } = setup();
    await fireEvent.pointerEnter(mark(container, 'b'));
    await fireEvent.click(mark(container, 'b'));
    expect(onselect).toHaveBeenCalledWith('b');
    expect(onhover).toHaveBeenCalledWith('b');
  });

  it('marks the selected event and dims those outside the region filter', () => {
    const { container } = setup({ selectedId: 'a', activeIds: new Set(['a']) });
    expect(isOn(mark(container, 'a'), 'selected')).toBe(true);
    expect(isOn(mark(container, 'a'), 'dim')).toBe(false);
    expect(isOn(mark(container, 'b'), 'dim')).toBe(true);
  });

  it('labels years in English', () => {
    const { container } = setup({ lang: 'en' });
    const axis = container.querySelector('.back')!.textContent!;
    expect(axis).toContain('2000');
    expect(axis).not.toContain('2000年');
  });

  it('collapses a lane to a density strip and back', async () => {
    const { container, getByRole } = setup();
    await userEvent.click(getByRole('button', { name: /折叠“法治保障”/ }));
    expect(mark(container, 'a')).toBeNull();
    expect(container.querySelectorAll('.cluster')).toHaveLength(2);
    await userEvent.click(getByRole('button', { name: /展开“法治保障”/ }));
    expect(mark(container, 'a')).not.toBeNull();
  });

  it('merges every type into one lane and back', async () => {
    const { container, getByRole } = setup();
    await userEvent.click(getByRole('button', { name: '合并为一条轨道' }));
    expect(container.textContent).toContain('全部类型');
    expect(container.querySelectorAll('.mark')).toHaveLength(4);
    await userEvent.click(getByRole('button', { name: '按类型分轨显示' }));
    expect(container.textContent).not.toContain('全部类型');
  });
});

describe('Timeline keyboard', () => {
  const announcer = (c: HTMLElement) => c.querySelector('[data-testid="timeline-announcer"]')!;

  it('Tab reaches the timeline', async () => {
    const { plot } = setup();
    await userEvent.tab();
    expect(document.activeElement).toBe(plot);
  });

  it('→ and ← step through events in time order, previewing and announcing each', async () => {
    const { plot, container, onhover, onselect } = setup();
    plot.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(onhover).toHaveBeenLastCalledWith('a');
    expect(announcer(container).textContent).toBe('1995年，法治保障：甲（第 1 项，共 4 项）');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(onhover).toHaveBeenLastCalledWith('c');
    await userEvent.keyboard('{ArrowLeft}');
    expect(onhover).toHaveBeenLastCalledWith('b');
    expect(announcer(container).textContent).toContain('乙');
    expect(onselect).not.toHaveBeenCalled();
  });

  it('says nothing of a focused event the filters have since hidden (no "0 of n")', async () => {
    const { plot, container, rerender } = setup();
    plot.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(announcer(container).textContent).toContain('甲');
    await rerender({ activeIds: new Set(['b', 'd']) });
    expect(announcer(container).textContent).toBe('');
  });

  it('skips events outside the region filter', async () => {
    const { plot, onhover } = setup({ activeIds: new Set(['a', 'd']) });
    plot.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(onhover).toHaveBeenLastCalledWith('d');
  });

  it('Home and End go to the first and last; Enter opens the focused event', async () => {
    const { plot, onhover, onselect } = setup();
    plot.focus();
    await userEvent.keyboard('{End}');
    expect(onhover).toHaveBeenLastCalledWith('d');
    await userEvent.keyboard('{Enter}');
    expect(onselect).toHaveBeenCalledWith('d');
    await userEvent.keyboard('{Home}{Enter}');
    expect(onselect).toHaveBeenLastCalledWith('a');
  });

  it('Esc clears the selection and the preview', async () => {
    const { plot, onhover, onselect, container } = setup({ selectedId: 'c' });
    plot.focus();
    await userEvent.keyboard('{ArrowRight}{Escape}');
    expect(onselect).toHaveBeenLastCalledWith(null);
    expect(onhover).toHaveBeenLastCalledWith(null);
    expect(announcer(container).textContent).toBe('');
  });

  it('draws a focus ring on the focused event', async () => {
    const { plot, container } = setup();
    expect(container.querySelector('.cursor')).toBeNull();
    plot.focus();
    await fireEvent.keyDown(plot, { key: 'ArrowRight' });
    expect(container.querySelector('.cursor')).not.toBeNull();
  });
});

describe('Timeline overview by keyboard', () => {
  const Y = (y: number, m = 0) => Date.UTC(y, m, 1);

  it('is a slider in the tab order after the plot, saying its period', async () => {
    const { plot, getByRole } = setup();
    const overview = getByRole('slider', { name: /全时段概览/ });
    plot.focus();
    // After the plot come the lane and zoom buttons, then the overview.
    let tabs = 0;
    while (document.activeElement !== overview && tabs++ < 30) await userEvent.tab();
    expect(document.activeElement === overview).toBe(true);
    expect(overview.getAttribute('aria-valuetext')).toBe('时间范围：全部年份');
    expect(overview.getAttribute('aria-describedby')).toBe('overview-help');
  });

  it('says a brushed period in words', () => {
    const { getByRole } = setup({ window: [Y(2015), Y(2018)] });
    expect(getByRole('slider').getAttribute('aria-valuetext')).toBe(
      '时间范围：2015年1月1日—2017年12月31日',
    );
  });

  it.each([
    ['{ArrowRight}', [Y(2016), Y(2019)]],
    ['{Shift>}{ArrowLeft}{/Shift}', [Y(2014, 11), Y(2017, 11)]],
    ['{Control>}{ArrowRight}{/Control}', [Y(2015), Y(2019)]],
    ['{Delete}', null],
  ])('%s moves, resizes or clears the period', async (keys, expected) => {
    const { getByRole, onbrush } = setup({ window: [Y(2015), Y(2018)] });
    getByRole('slider').focus();
    await userEvent.keyboard(keys);
    expect(onbrush).toHaveBeenLastCalledWith(expected);
  });

  it('Enter makes a period from the view; arrows do nothing without one', async () => {
    const { getByRole, onbrush } = setup();
    getByRole('slider').focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(onbrush).not.toHaveBeenCalled();
    await userEvent.keyboard('{Enter}');
    expect(onbrush).toHaveBeenCalledTimes(1);
    const [w] = onbrush.mock.calls[0]! as [[number, number]];
    expect(w[1]).toBeGreaterThan(w[0]);
  });
});
