import { readFileSync } from 'node:fs';
import { test, expect, openApp, featureState, clickMapAt, timelineEventCount } from './fixtures';
import { buildDataset } from '../../src/lib/data/dataset';
import { parseCsv } from '../../src/lib/data/csv';
import { validateEvents } from '../../src/lib/data/schema';
import {
  countByRegion,
  selectVisible,
  EMPTY_FILTERS,
  type Filters,
} from '../../src/lib/state/selectors';
import type { RegionInfo } from '../../src/lib/data/types';

const read = (p: string) => readFileSync(new URL(`../../data/${p}`, import.meta.url), 'utf8');
const data = buildDataset({
  events: read('events.csv'),
  taxonomy: read('taxonomy.csv'),
  levels: read('levels.csv'),
  eras: read('eras.csv'),
  groups: read('region-groups.csv'),
  families: read('families.csv'),
  regions: JSON.parse(read('geo/regions.json')) as RegionInfo[],
});
const expected = (f: Partial<Filters>) =>
  selectVisible(data.events, { ...EMPTY_FILTERS, ...f }, data.index);
const SHANDONG: [number, number] = [118.0, 36.3];

async function listRows(page: import('@playwright/test').Page) {
  await page.getByRole('tab', { name: '事件列表' }).click();
  const table = page.getByRole('table', { name: '改革事件列表' });
  return Number(await table.getAttribute('aria-rowcount')) - 1;
}

test('filtering by type: chips, list, timeline and map counts follow', async ({ page }) => {
  await openApp(page);
  const party = expected({ types: ['party'] });
  await page.locator('button[data-type="party"]').click();
  await expect(page.locator('button[data-type="party"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('banner')).toContainText(`${party.length} 项改革事件`);
  expect(await listRows(page)).toBe(party.length);
  await expect.poll(() => timelineEventCount(page)).toBe(party.length);
  const counts = countByRegion(party, data.index);
  await expect
    .poll(() => featureState(page, '370000'))
    .toMatchObject({ count: counts.get('370000') ?? 0 });
  await expect
    .poll(() => featureState(page, '510000'))
    .toMatchObject({ count: counts.get('510000') ?? 0 });
  await expect(page).toHaveURL(/types=party/);
});

test('filtering by region then type; reload and back/forward restore the state', async ({
  page,
}) => {
  await openApp(page);
  await clickMapAt(page, SHANDONG);
  await expect(page.getByTestId('announcer')).toHaveText(/山东省/);
  await page.locator('button[data-type="party"]').click();
  const both = expected({ types: ['party'], regions: ['370000'] });
  expect(both.length).toBeGreaterThan(0);
  expect(await listRows(page)).toBe(both.length);
  await expect(page).toHaveURL(/regions=370000/);

  await page.reload();
  await expect(page.locator('button[data-type="party"]')).toHaveAttribute('aria-pressed', 'true');
  expect(await listRows(page)).toBe(both.length);
  await expect.poll(() => featureState(page, '370000')).toMatchObject({ filtered: true });

  await page.goBack();
  await expect(page.locator('button[data-type="party"]')).toHaveAttribute('aria-pressed', 'false');
  expect(await listRows(page)).toBe(expected({ regions: ['370000'] }).length);
  await page.goForward();
  await expect(page.locator('button[data-type="party"]')).toHaveAttribute('aria-pressed', 'true');
});

test('list selection drives the details and the map', async ({ page }) => {
  await openApp(page);
  await listRows(page);
  const first = expected({})[0]!;
  await page.getByRole('table').getByRole('button', { name: first.titleZh }).click();
  await expect(page.getByTestId('announcer')).toHaveText(new RegExp(`已选择：${first.titleZh}`));
  await expect(page.locator(`[role=row][data-id="${first.id}"]`)).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('no match: the empty state says so and clears the filters', async ({ page }) => {
  await openApp(page);
  await page.getByRole('searchbox').fill('绝不会出现的词语zzz');
  await page.getByRole('tab', { name: '事件列表' }).click();
  await expect(page.getByTestId('empty-state')).toContainText('没有符合当前筛选条件的改革事件');
  await page.getByTestId('empty-state').getByRole('button').click();
  await expect(page.getByRole('searchbox')).toHaveValue('');
  expect(await listRows(page)).toBe(data.events.length);
});

test('clicking a year in the chart sets the time window', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: '类型趋势' }).click();
  await page.locator('rect.hit[data-year="2018"]').click();
  const y2018 = expected({ window: [Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)] });
  await expect(page.getByRole('banner')).toContainText(`${y2018.length} 项改革事件`);
  await expect(page).toHaveURL(/from=2018-01-01&to=2018-12-31/);
});

test('CSV export downloads the visible events, and the importer reads them back unchanged', async ({
  page,
}) => {
  await openApp(page);
  await page.locator('button[data-type="law"]').click();
  const law = expected({ types: ['law'] });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-csv').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^reform-atlas-events-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const back = validateEvents(parseCsv(text).rows, {
    file: 'export.csv',
    types: new Set(data.types.map((t) => t.id)),
    families: new Set(data.families.map((f) => f.id)),
    resolveRegion: data.index.resolve,
    knownIds: new Set(data.events.map((e) => e.id)),
  });
  expect(back.errors).toEqual([]);
  expect(back.events).toEqual(law);
});

test('an events file with bad rows: the good rows load and a notice names the first error', async ({
  page,
}) => {
  const header = readFileSync(new URL('../../data/events.csv', import.meta.url), 'utf8').split(
    '\n',
  )[0]!;
  // Rows are written by column name, so the test follows the file when columns are added.
  const row = (id: string, date: string) => {
    const cells: Record<string, string> = {
      id,
      date_start: date,
      date_approx: 'false',
      title_zh: '好的事件',
      title_en: 'A good event',
      type: 'law',
      level: 'provincial',
      regions: '510000',
      sources: '来源|https://www.gov.cn/|2016',
    };
    return header
      .split(',')
      .map((c) => cells[c] ?? '')
      .join(',');
  };
  const csv = [header, row('good-row', '2016'), row('bad-row', '2016-13')].join('\n');
  await page.route('**/bad-events.csv', (route) =>
    route.fulfill({ body: csv, contentType: 'text/csv' }),
  );
  await page.goto('/?data=bad-events.csv');
  await expect(page.getByRole('status').filter({ hasText: '1 处错误' })).toContainText(
    'events.csv 第 3 行，“date_start” 列，值为“2016-13”',
  );
  await expect(page.getByRole('banner')).toContainText('1 项改革事件');
});
