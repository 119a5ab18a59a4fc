import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ActionChips from '../../src/lib/explore/ActionChips.svelte';
import TypeChips from '../../src/lib/explore/TypeChips.svelte';
import EventList from '../../src/lib/explore/EventList.svelte';
import { sortEvents, type Sort } from '../../src/lib/explore/stats';
import type { Action } from '../../src/lib/data/types';
import { TYPES, createEvent } from '../helpers';

describe('TypeChips', () => {
  it('shows each type with its count and toggles on click', async () => {
    const ontoggle = vi.fn();
    render(TypeChips, {
      props: {
        types: TYPES,
        selected: ['law'],
        counts: new Map([
          ['law', 3],
          ['pilot', 7],
        ]),
        nameOf: (t) => t.zh,
        ontoggle,
      },
    });
    const law = screen.getByRole('button', { name: /法治保障/ });
    expect(law).toHaveAttribute('aria-pressed', 'true');
    expect(law).toHaveTextContent('3');
    expect(screen.getByRole('button', { name: /试点示范/ })).toHaveTextContent('7');
    expect(screen.getByRole('button', { name: /党管科技组织/ })).toHaveTextContent('0');
    await userEvent.click(screen.getByRole('button', { name: /试点示范/ }));
    expect(ontoggle).toHaveBeenCalledWith('pilot');
  });
});

describe('ActionChips', () => {
  const names = { create: '设立', revise: '修订', abolish: '撤销', pilot: '试点', other: '其他' };

  it('shows every action with its count, pressed when filtered in', () => {
    render(ActionChips, {
      props: {
        selected: ['create'],
        counts: new Map<Action, number>([
          ['create', 40],
          ['abolish', 2],
        ]),
        nameOf: (a) => names[a],
        ontoggle: vi.fn(),
      },
    });
    const chips = screen.getAllByRole('button');
    expect(chips.map((b) => b.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '设立 40',
      '修订 0',
      '撤销 2',
      '试点 0',
      '其他 0',
    ]);
    expect(chips[0]).toHaveAttribute('aria-pressed', 'true');
    expect(chips[2]).toHaveAttribute('aria-pressed', 'false');
  });

  it('asks to toggle the action clicked', async () => {
    const ontoggle = vi.fn();
    render(ActionChips, {
      props: { selected: [], counts: new Map(), nameOf: (a) => names[a], ontoggle },
    });
    await userEvent.click(screen.getByRole('button', { name: /撤销/ }));
    expect(ontoggle).toHaveBeenCalledWith('abolish');
  });
});

describe('EventList', () => {
  const events = [
    createEvent({ id: 'a', dateStart: '2016', titleZh: '北京试点' }),
    createEvent({ id: 'b', dateStart: '1995', titleZh: '安徽条例', dateApprox: true }),
    createEvent({ id: 'c', dateStart: '2020-03', titleZh: '重庆改革' }),
  ];
  const labels = {
    caption: '列表',
    date: '日期',
    title: '标题',
    type: '类型',
    regions: '地区',
    asc: '升序',
    desc: '降序',
    approx: '日期为估计值',
  };

  function setup(sort: Sort = { key: 'date', dir: 'asc' }) {
    const onsort = vi.fn();
    const onselect = vi.fn();
    const text = {
      title: (e: (typeof events)[number]) => e.titleZh,
      type: () => '法治保障',
      regions: () => '全国',
    };
    const result = render(EventList, {
      props: {
        rows: sortEvents(events, sort, text, 'zh-CN'),
        selectedId: 'c',
        sort,
        lang: 'zh' as const,
        labels,
        titleOf: text.title,
        typeOf: () => ({ name: '法治保障', colour: '#4477AA' }),
        regionsOf: text.regions,
        onsort,
        onselect,
      },
    });
    return { ...result, onsort, onselect };
  }

  const titles = () =>
    screen
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell')[1]!.textContent?.trim());

  it('lists rows in the given order with dates per language and the selection marked', () => {
    setup();
    expect(titles()).toEqual(['安徽条例', '北京试点', '重庆改革']);
    expect(screen.getAllByRole('row')[1]).toHaveTextContent('1995 约');
    expect(screen.getAllByRole('row')[3]).toHaveTextContent('2020.3');
    expect(screen.getAllByRole('row')[3]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('columnheader', { name: /日期/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('asks to sort by a column, flipping the direction on a second click', async () => {
    const { onsort } = setup();
    await userEvent.click(screen.getByRole('button', { name: /标题/ }));
    expect(onsort).toHaveBeenLastCalledWith({ key: 'title', dir: 'asc' });
    await userEvent.click(screen.getByRole('button', { name: /日期/ }));
    expect(onsort).toHaveBeenLastCalledWith({ key: 'date', dir: 'desc' });
  });

  it('sorted by title descending, in pinyin order', () => {
    setup({ key: 'title', dir: 'desc' });
    expect(titles()).toEqual(['重庆改革', '北京试点', '安徽条例']);
  });

  it('clicking a title selects the event', async () => {
    const { onselect } = setup();
    await userEvent.click(screen.getByRole('button', { name: '北京试点' }));
    expect(onselect).toHaveBeenCalledWith('a');
  });
});
