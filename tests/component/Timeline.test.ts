import { describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Timeline from '../../src/lib/timeline/Timeline.svelte';
import { TYPES, createEvent } from '../helpers';

const items = [
  createEvent({ id: 'a', dateStart: '1995', type: 'law', titleZh: '甲' }),
  createEvent({ id: 'b', dateStart: '2016', type: 'pilot', titleZh: '乙', dateApprox: true }),
  createEvent({ id: 'c', dateStart: '2018', dateEnd: '2020', type: 'party', titleZh: '丙' }),
];

function setup(over: Record<string, unknown> = {}) {
  const onselect = vi.fn();
  const onhover = vi.fn();
  const result = render(Timeline, {
    props: {
      items,
      activeIds: new Set(['a', 'b', 'c']),
      types: TYPES,
      eras: [],
      selectedId: null,
      lang: 'zh' as const,
      label: '时间轴',
      titleOf: (e: (typeof items)[number]) => e.titleZh,
      onselect,
      onhover,
      ...over,
    },
  });
  return { ...result, onselect, onhover };
}

const mark = (c: HTMLElement, id: string) =>
  c.querySelector<SVGGElement>(`.mark[data-id="${id}"]`)!;

describe('Timeline', () => {
  it('draws one mark per event, a lane per type and year ticks', () => {
    const { container } = setup();
    expect(container.querySelectorAll('.mark')).toHaveLength(3);
    expect([...container.querySelectorAll('.lane-label')].map((n) => n.textContent)).toEqual([
      '法治保障',
      '党管科技组织',
      '试点示范',
    ]);
    expect(container.textContent).toContain('2000年');
    expect(mark(container, 'c').querySelector('rect')).not.toBeNull();
    expect(mark(container, 'b').classList.contains('approx')).toBe(true);
  });

  it('clicking a mark selects its event; hovering previews it', async () => {
    const { container, onselect, onhover } = setup();
    await userEvent.click(mark(container, 'b'));
    expect(onselect).toHaveBeenCalledWith('b');
    expect(onhover).toHaveBeenCalledWith('b');
  });

  it('marks the selected event and dims those outside the region filter', () => {
    const { container } = setup({ selectedId: 'a', activeIds: new Set(['a']) });
    expect(mark(container, 'a').classList.contains('selected')).toBe(true);
    expect(mark(container, 'a').classList.contains('dim')).toBe(false);
    expect(mark(container, 'b').classList.contains('dim')).toBe(true);
  });

  it('labels years in English', () => {
    const { container } = setup({ lang: 'en' });
    expect(container.textContent).toContain('2000');
    expect(container.textContent).not.toContain('2000年');
  });
});
