import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { Dataset } from '../../../src/lib/data/dataset';
import type { Tour } from '../../../src/lib/data/tours';
import DetailPanel from '../../../src/lib/detail/DetailPanel.svelte';
import { AppState } from '../../../src/lib/state/app-state.svelte';
import { GROUPS, REGIONS, TYPES, createEvent, createIndex } from '../../helpers';
import WithAppState from './WithAppState.svelte';

const events = [
  createEvent({ id: 'sichuan', dateStart: '2016', type: 'pilot', regions: ['510000'] }),
  createEvent({ id: 'jjj', dateStart: '2018', dateEnd: '2021', type: 'pilot', regions: ['jjj'] }),
  createEvent({ id: 'law-1985', dateStart: '1985-03', type: 'law', titleZh: '决定' }),
];
const step = (eventId: string, n: number) => ({
  eventId,
  narrationZh: '',
  narrationEn: '',
  row: n + 1,
  number: n,
});
const tours: Tour[] = [
  {
    id: 'ownership',
    titleZh: '权属改革',
    titleEn: 'Ownership',
    steps: [step('law-1985', 1), step('sichuan', 2)],
  },
];

function setup(lang: 'zh' | 'en' = 'zh', later = true) {
  const dataset: Dataset = {
    events,
    types: TYPES,
    levels: [{ id: 'provincial', zh: '省级', en: 'Provincial', order: 2 }],
    eras: [],
    groups: GROUPS,
    families: [],
    regions: REGIONS,
    index: createIndex(),
    tours,
    errors: [],
  };
  const app = new AppState();
  app.load(dataset);
  app.ready();
  app.setLang(lang);
  if (later) app.drawLater();
  render(WithAppState, { props: { app, component: DetailPanel } });
  return app;
}

const summary = () => screen.queryByTestId('atlas-summary');

describe('DetailPanel', () => {
  it('draws the summary after the first frame, not in the task that draws the timeline', () => {
    const app = setup('zh', false);
    expect(summary()).toBeNull();
    flushSync(() => app.drawLater());
    expect(summary()).not.toBeNull();
  });

  it('shows what the atlas holds while nothing is selected', () => {
    setup();
    const s = within(summary()!);
    expect(s.getByRole('heading', { level: 2, name: '图谱收录' })).toBeInTheDocument();
    expect(s.getByText('改革事件').nextElementSibling).toHaveTextContent('3');
    expect(s.getByText('时间跨度').nextElementSibling).toHaveTextContent('1985–2021');
    // Sichuan, then Beijing, Tianjin and Hebei through the group; out of the helpers' provinces.
    const total = REGIONS.filter((r) => r.level === 'province').length;
    expect(s.getByText('涉及省份').nextElementSibling).toHaveTextContent(
      `4/${total}共 ${total} 个`,
    );
    expect(s.getByRole('button', { name: '试点示范 2', pressed: false })).toBeInTheDocument();
    expect(s.getByRole('button', { name: '法治保障 1' })).toBeInTheDocument();
    expect(s.queryByRole('button', { name: /党管科技组织/ })).toBeNull();
    expect(s.getByRole('button', { name: '权属改革 2 步' })).toBeInTheDocument();
    expect(s.getByText(/点击省份或事件/)).toHaveTextContent('“演示”');
  });

  it('filters by a type on click', async () => {
    const app = setup();
    await userEvent.click(screen.getByRole('button', { name: '试点示范 2' }));
    expect(app.filters.types).toEqual(['pilot']);
    expect(screen.getByRole('button', { name: '试点示范 2' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('under filters, counts what is shown out of the whole, and keeps every type’s row', () => {
    const app = setup();
    flushSync(() => app.setFilters({ types: ['pilot'], regions: ['510000'] }));
    const s = within(summary()!);
    // Only Sichuan's pilot passes; the law of 1985 is national, so the region filter drops it.
    expect(s.getByText('改革事件').nextElementSibling).toHaveTextContent('1/3共 3 项');
    expect(s.getByText('时间跨度').nextElementSibling).toHaveTextContent('2016–2016');
    expect(s.getByTestId('summary-filtered')).toHaveTextContent(
      '以上为当前筛选结果（图谱共 3 项）',
    );
    // The type rows count what the other filters (here the region) let through.
    expect(s.getByRole('button', { name: '试点示范 1', pressed: true })).toBeInTheDocument();
    expect(s.queryByRole('button', { name: /法治保障/ })).toBeNull();
    flushSync(() => app.setFilters({ types: [], regions: [] }));
    expect(s.queryByTestId('summary-filtered')).toBeNull();
    expect(s.getByText('改革事件').nextElementSibling).toHaveTextContent(/^3$/);
  });

  it('starts presenting a tour at its first step on click', async () => {
    const app = setup();
    await userEvent.click(screen.getByRole('button', { name: /权属改革/ }));
    expect(app.present).toMatchObject({ active: true, tourId: 'ownership', step: 0 });
    expect(app.selectedId).toBe('law-1985');
  });

  it('counts the events shown after an import, leaving out tours of events no longer there', () => {
    const app = setup();
    flushSync(() => app.useEvents([events[0]!], 'replace'));
    expect(screen.getByText('改革事件').nextElementSibling).toHaveTextContent('1');
    expect(screen.queryByRole('button', { name: /权属改革/ })).toBeNull();
  });

  it('speaks English', () => {
    setup('en');
    const s = within(summary()!);
    expect(s.getByRole('heading', { name: 'In the atlas' })).toBeInTheDocument();
    expect(s.getByRole('button', { name: 'Pilots 2' })).toBeInTheDocument();
    expect(s.getByRole('button', { name: 'Ownership 2 steps' })).toBeInTheDocument();
    expect(s.getByText(/Click a province/)).toHaveTextContent('“Present”');
  });

  it('gives way to the details when an event is selected, and comes back when cleared', async () => {
    const app = setup();
    // The details' chunk is fetched as the panel mounts; once in, a selection shows them at once.
    await vi.dynamicImportSettled();
    flushSync(() => app.select('law-1985'));
    expect(summary()).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('决定');
    flushSync(() => app.select(null));
    expect(summary()).not.toBeNull();
  });

  it('draws a linked event’s details after the first frame, when boot has read the texts', async () => {
    const app = setup('zh', false);
    flushSync(() => app.select('law-1985'));
    await vi.dynamicImportSettled();
    flushSync();
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull();
    flushSync(() => app.drawLater());
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('决定');
  });
});
