import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import EventDetail from '../../../src/lib/detail/EventDetail.svelte';
import { AppState, appContext } from '../../../src/lib/state/app-state.svelte';
import { TYPES, createEvent, createFamily, createIndex } from '../../helpers';

const index = createIndex();
const levels = [{ id: 'provincial' as const, zh: '省级', en: 'Provincial', order: 2 }];
const pilot = createEvent({
  id: 'sichuan',
  titleZh: '四川职务科技成果权属改革',
  titleEn: 'Sichuan ownership reform',
  type: 'pilot',
  regions: ['510000', 'jjj'],
  dateStart: '2016',
  dateEnd: '2019',
  dateApprox: true,
  seedQuote: '四川省率先在全国开始探索职务科技成果权属改革',
  seedSection: '二.3',
  sources: [{ title: '科技部通知', url: 'https://www.most.gov.cn/x', date: '2020-05-18' }],
  related: ['national'],
  docNo: '川委发〔2016〕4号',
  action: 'pilot',
  family: ['ownership-pilot'],
  note: '日期据省委决定。',
  noteEn: 'Date from the provincial decision.',
});
const families = [
  createFamily({
    id: 'ownership-pilot',
    nameZh: '职务科技成果权属改革',
    nameEn: 'Ownership reform',
    descriptionZh: '赋予科研人员成果所有权的改革',
    descriptionEn: 'Giving researchers ownership',
  }),
];

/** The facts list as label → value: { 文号: '川委发〔2016〕4号', … }. */
const facts = () =>
  Object.fromEntries(
    [...screen.getByTestId('detail-facts').querySelectorAll('dt')].map((dt) => [
      dt.textContent!.trim(),
      dt.nextElementSibling!.textContent!.trim(),
    ]),
  );

function setup(lang: 'zh' | 'en' = 'zh', event: typeof pilot | null = pilot) {
  const onregion = vi.fn();
  const onselect = vi.fn();
  const app = new AppState();
  app.lang = lang;
  render(EventDetail, {
    context: appContext(app),
    props: {
      event,
      types: TYPES,
      levels,
      families,
      regionName: (id: string) => index.name(id, lang),
      onregion,
      onselect,
      titleOf: (id: string) => (id === 'national' ? '国家试点方案' : id),
    },
  });
  return { onregion, onselect };
}

describe('EventDetail', () => {
  it('shows an empty state with no selection', () => {
    setup('zh', null);
    expect(screen.getByText(/点击一个事件/)).toBeInTheDocument();
  });

  it('shows title, approximate date range, type, regions, quote and sources', () => {
    setup();
    expect(screen.getByRole('heading', { name: '四川职务科技成果权属改革' })).toBeInTheDocument();
    expect(screen.getByTestId('detail-date')).toHaveTextContent('约 2016年—2019年');
    expect(screen.getByText('试点示范')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '四川省' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '京津冀' })).toBeInTheDocument();
    expect(screen.getByText(pilot.seedQuote)).toBeInTheDocument();
    expect(screen.getByText(/二\.3/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '科技部通知' })).toHaveAttribute(
      'href',
      'https://www.most.gov.cn/x',
    );
  });

  it('speaks English', () => {
    setup('en');
    expect(screen.getByRole('heading', { name: 'Sichuan ownership reform' })).toBeInTheDocument();
    expect(screen.getByTestId('detail-date')).toHaveTextContent('c. 2016 – 2019');
    expect(screen.getByRole('button', { name: 'Sichuan' })).toBeInTheDocument();
  });

  it('clicking a region or a related event calls back', async () => {
    const { onregion, onselect } = setup();
    await userEvent.click(screen.getByRole('button', { name: '四川省' }));
    expect(onregion).toHaveBeenCalledWith('510000');
    await userEvent.click(screen.getByRole('button', { name: '国家试点方案' }));
    expect(onselect).toHaveBeenCalledWith('national');
  });

  it('renders hostile text as text', () => {
    setup('zh', { ...pilot, titleZh: '<img src=x onerror=alert(1)>' });
    expect(screen.getByRole('heading', { level: 2 }).textContent?.trim()).toBe(
      '<img src=x onerror=alert(1)>',
    );
    expect(document.querySelector('img')).toBeNull();
  });

  it('marks a field shown in the other language', () => {
    setup('en', { ...pilot, titleEn: '', summaryZh: '只有中文摘要', summaryEn: '' });
    const h2 = screen.getByRole('heading', { level: 2 });
    expect(h2).toHaveTextContent('四川职务科技成果权属改革');
    expect(h2).toHaveTextContent('Chinese only');
    expect(screen.getByText(/只有中文摘要/)).toHaveTextContent('Chinese only');
  });

  it('shows the document number, the action and the family, in Chinese', () => {
    setup();
    expect(facts()).toEqual({
      文号: '川委发〔2016〕4号',
      动作: '试点',
      所属系列: '职务科技成果权属改革',
    });
  });

  it('names the action and the family in English', () => {
    setup('en');
    expect(facts()).toEqual({
      'Document no.': '川委发〔2016〕4号',
      Action: 'Pilot',
      Family: 'Ownership reform',
    });
    expect(screen.getByText('Ownership reform')).toHaveAttribute(
      'title',
      'Giving researchers ownership (membership not yet complete)',
    );
  });

  it.each([
    ['create', '设立'],
    ['revise', '修订'],
    ['abolish', '撤销'],
    ['other', '其他'],
  ] as const)('names the action %s %s', (action, label) => {
    setup('zh', { ...pilot, action });
    expect(facts()['动作']).toBe(label);
  });

  it('leaves out the document number and the families when there are none', () => {
    setup('zh', { ...pilot, docNo: '', family: [] });
    expect(facts()).toEqual({ 动作: '试点' });
  });

  it('shows an unknown family by its id', () => {
    setup('zh', { ...pilot, family: ['atlantis'] });
    expect(facts()['所属系列']).toBe('atlantis');
  });

  it.each<[string, 'zh' | 'en', string, string, string]>([
    ['Chinese to a Chinese reader', 'zh', '中文说明', 'English note', '中文说明'],
    ['English to an English reader', 'en', '中文说明', 'English note', 'English note'],
    ['Chinese when English is missing', 'en', '中文说明', '', '中文说明'],
    ['English when Chinese is missing', 'zh', '', 'English note', 'English note'],
  ])('shows the note in the reader’s language: %s', (_, lang, note, noteEn, shown) => {
    setup(lang, { ...pilot, note, noteEn });
    expect(screen.getByTestId('detail-note')).toHaveTextContent(shown);
  });

  it('shows no note when neither language has one', () => {
    setup('zh', { ...pilot, note: '', noteEn: '' });
    expect(screen.queryByTestId('detail-note')).toBeNull();
  });

  it('marks nothing when both languages are there', () => {
    setup('en');
    expect(screen.queryByText('Chinese only')).toBeNull();
  });
});
