import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import ImportPreview from '../../../src/lib/import/ImportPreview.svelte';
import ErrorList from '../../../src/lib/import/ErrorList.svelte';
import type { ImportPreview as Preview } from '../../../src/lib/import/import';
import type { ValidationError } from '../../../src/lib/data/schema';
import { AppState, appContext } from '../../../src/lib/state/app-state.svelte';
import type { Lang } from '../../../src/lib/i18n';
import { createEvent, createIndex } from '../../helpers';

const index = createIndex();
const HOSTILE = '<img src=x onerror=alert(1)>';

/** The app the import pieces read their language and words from. */
function inLang(lang: Lang) {
  const app = new AppState();
  app.lang = lang;
  return appContext(app);
}

function createError(over: Partial<ValidationError> = {}): ValidationError {
  return {
    file: 'f.csv',
    row: 3,
    column: 'type',
    value: HOSTILE,
    code: 'type',
    expected: 'law,pilot',
    ...over,
  };
}

function createPreview(over: Partial<Preview> = {}): Preview {
  return {
    fileName: 'mine.csv',
    format: 'csv',
    mode: 'merge',
    rowCount: 3,
    events: [
      createEvent({
        id: 'a',
        titleZh: '成都试点',
        titleEn: 'Chengdu pilot',
        dateStart: '2022-03',
        regions: ['510100'],
        action: 'pilot',
        docNo: '成科发〔2022〕3号',
      }),
      createEvent({ id: 'b', titleZh: '只有中文标题', titleEn: '', dateStart: '2021-07-29' }),
    ],
    errors: [createError()],
    rejectedRows: 1,
    notes: [{ code: 'encoding', value: 'gb18030' }],
    ...over,
  };
}

function setup(lang: 'zh' | 'en', preview = createPreview()) {
  const onmode = vi.fn();
  const onconfirm = vi.fn();
  const onanother = vi.fn();
  const { container } = render(ImportPreview, {
    context: inLang(lang),
    props: {
      preview,
      current: 92,
      regionName: (id: string) => index.name(id, lang),
      onmode,
      onconfirm,
      onanother,
    },
  });
  return { onmode, onconfirm, onanother, container };
}

describe('ImportPreview', () => {
  it.each([
    [
      'zh',
      '文件“mine.csv”共 3 行：2 行有效，1 行有问题。',
      '2022年3月',
      '成都市',
      '第 3 行',
      '导入 2 项事件',
    ],
    [
      'en',
      '“mine.csv” has 3 rows: 2 valid, 1 with problems.',
      'Mar 2022',
      'Chengdu',
      'Row 3',
      'Import 2 events',
    ],
  ] as const)(
    'in %s: summary, dates, regions, rows and the button',
    (lang, summary, date, region, row, button) => {
      setup(lang);
      expect(screen.getByRole('status')).toHaveTextContent(summary);
      expect(screen.getByText(date)).toBeInTheDocument();
      expect(screen.getByText(region)).toBeInTheDocument();
      expect(within(screen.getByTestId('import-errors')).getByText(row)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: button })).toBeInTheDocument();
    },
  );

  it.each([
    ['zh', ['试点、成科发〔2022〕3号', '其他']],
    ['en', ['Pilot, 成科发〔2022〕3号', 'Other']],
  ] as const)('in %s: each sample event shows its action and document number', (lang, facts) => {
    setup(lang);
    expect(screen.getAllByTestId('sample-facts').map((x) => x.textContent)).toEqual(facts);
  });

  it('falls back to the Chinese title when the English one is missing', () => {
    setup('en');
    expect(screen.getByText('只有中文标题')).toBeInTheDocument();
    expect(screen.getAllByText('Chinese only')).toHaveLength(1);
  });

  it('shows markup in a value as text, never as an element', () => {
    const { container } = setup('zh');
    expect(screen.getByText(HOSTILE)).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('calls back on mode, confirm and another file', async () => {
    const user = userEvent.setup();
    const { onmode, onconfirm, onanother } = setup('zh');
    await user.click(screen.getByLabelText(/替换/));
    expect(onmode).toHaveBeenCalledWith('replace');
    await user.click(screen.getByRole('button', { name: '导入 2 项事件' }));
    expect(onconfirm).toHaveBeenCalledOnce();
    await user.click(screen.getByRole('button', { name: '换一个文件' }));
    expect(onanother).toHaveBeenCalledOnce();
  });

  it('offers no confirm and no mode when nothing is valid', () => {
    setup(
      'zh',
      createPreview({
        events: [],
        errors: [createError({ row: 0, code: 'empty_file', column: '' })],
      }),
    );
    expect(screen.getByRole('status')).toHaveTextContent('文件“mine.csv”无法导入。');
    expect(screen.queryByRole('button', { name: /导入/ })).toBeNull();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.getByText('文件是空的，没有可导入的事件。')).toBeInTheDocument();
  });
});

describe('ErrorList', () => {
  it('lists at most `limit` problems and says how many more there are', () => {
    const errors = Array.from({ length: 250 }, (_, i) =>
      createError({ row: i + 2, value: `v${i}` }),
    );
    render(ErrorList, { context: inLang('en'), props: { errors, format: 'csv', limit: 200 } });
    expect(screen.getAllByRole('row')).toHaveLength(201);
    expect(
      screen.getByText('Only the first 200 problems are listed; 50 more are not.'),
    ).toBeInTheDocument();
  });

  it.each([
    [
      createError({ code: 'region', column: 'regions', value: '四州', expected: '四川' }),
      'zh',
      '未知的地区。您是不是指“四川”？',
    ],
    [
      createError({ code: 'region', column: 'regions', value: 'xx', expected: undefined }),
      'en',
      'Unknown region. Use an adcode',
    ],
    [
      createError({ code: 'duplicate_id', column: 'id', value: 'a', expected: '2' }),
      'en',
      'Same id as row 2.',
    ],
    [createError({ code: 'not_csv', row: 0, column: '', expected: 'xlsx' }), 'en', 'Save as → CSV'],
    [
      createError({ code: 'too_large', row: 0, column: '', value: '50.0 MB', expected: '20.0 MB' }),
      'zh',
      '文件大小为 50.0 MB，超过了 20.0 MB 的上限',
    ],
    [
      createError({ code: 'parse', row: 4, column: '', value: '', expected: 'quotes' }),
      'en',
      'A quote is not closed',
    ],
  ] as const)('explains %j in %s', (error, lang, text) => {
    render(ErrorList, { context: inLang(lang), props: { errors: [error], format: 'csv' } });
    expect(screen.getByTestId('import-errors')).toHaveTextContent(text);
  });

  it('numbers JSON items, not rows', () => {
    render(ErrorList, {
      context: inLang('zh'),
      props: { errors: [createError({ row: 3 })], format: 'json' },
    });
    expect(screen.getByText('第 2 条')).toBeInTheDocument();
  });
});
