/**
 * Exploring by type, region, time and text, on a small events file whose answers were worked out by
 * hand (below), so the expected counts never come from the app's own selectors.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp, featureState, clickMapAt, timelineEventCount } from './fixtures';
import { buildDataset } from '../../src/lib/data/dataset';
import { parseCsv } from '../../src/lib/data/csv';
import { validateEvents } from '../../src/lib/data/schema';
import type { RegionInfo } from '../../src/lib/data/types';

const read = (p: string) => readFileSync(new URL(`../../data/${p}`, import.meta.url), 'utf8');
const HEADER = read('events.csv').split('\n')[0]!.trim();

/** Eight events: three Party bodies (two in 山东, one in 四川), two pilots (山东; 成都 2017–2019),
 *  two laws (national 1993; 湖北 2019) and 京津冀 (2018). */
const EVENTS = [
  ['law-1993', '1993-07-02', '', '科学技术进步法通过', 'law', 'national', ''],
  ['sd-party-2013', '2013-05', '', '山东设立科技领导机构', 'party', 'provincial', '370000'],
  ['sd-pilot-2016', '2016', '', '山东开展试点', 'pilot', 'provincial', '370000'],
  ['cd-pilot-2017', '2017', '2019', '成都开展试点', 'pilot', 'municipal', '510100'],
  ['jjj-2018', '2018-02', '', '京津冀协同创新', 'regional', 'cross-regional', 'jjj'],
  ['sd-party-2018', '2018-03', '', '山东省委科技委员会成立', 'party', 'provincial', '370000'],
  ['sc-party-2018', '2018-06', '', '四川省委科技委员会成立', 'party', 'provincial', '510000'],
  ['hb-law-2019', '2019', '', '湖北科技创新条例', 'law', 'provincial', '420000'],
] as const;
const CSV = [
  HEADER,
  ...EVENTS.map(([id, start, end, title, type, level, regions]) => {
    const cells: Record<string, string> = {
      id,
      date_start: start,
      date_end: end,
      title_zh: title,
      type,
      level,
      regions,
      sources: `来源|https://www.gov.cn/|${start.slice(0, 4)}`,
    };
    return HEADER.split(',')
      .map((c) => cells[c] ?? '')
      .join(',');
  }),
].join('\n');
const SHANDONG: [number, number] = [118.0, 36.3];

async function openFixture(page: Page, query = '') {
  await page.route('**/explore-fixture.csv', (route) =>
    route.fulfill({ body: CSV, contentType: 'text/csv; charset=utf-8' }),
  );
  await openApp(page, `/?data=explore-fixture.csv${query}`);
  await expect(page.getByRole('banner')).toContainText('8 项改革事件');
}

async function listRows(page: Page) {
  await page.getByRole('tab', { name: '事件列表' }).click();
  const table = page.getByRole('table', { name: '改革事件列表' });
  return Number(await table.getAttribute('aria-rowcount')) - 1;
}

test('filtering by type: chips, list, timeline and map counts follow', async ({ page }) => {
  await openFixture(page);
  await page.locator('button[data-type="party"]').click();
  await expect(page.locator('button[data-type="party"]')).toHaveAttribute('aria-pressed', 'true');
  // Party bodies: two in 山东, one in 四川.
  await expect(page.getByRole('banner')).toContainText('3 项改革事件');
  expect(await listRows(page)).toBe(3);
  await expect.poll(() => timelineEventCount(page)).toBe(3);
  await expect.poll(() => featureState(page, '370000')).toMatchObject({ count: 2 });
  await expect.poll(() => featureState(page, '510000')).toMatchObject({ count: 1 });
  await expect.poll(() => featureState(page, '420000')).toMatchObject({ count: 0 });
  await expect(page).toHaveURL(/types=party/);
});

test('filtering by region then type; reload and back/forward restore the state', async ({
  page,
}) => {
  await openFixture(page);
  await clickMapAt(page, SHANDONG);
  await expect(page.getByTestId('announcer')).toHaveText(/山东省/);
  // 山东: two Party bodies and a pilot.
  expect(await listRows(page)).toBe(3);
  await page.locator('button[data-type="party"]').click();
  expect(await listRows(page)).toBe(2);
  await expect(page).toHaveURL(/regions=370000/);

  await page.reload();
  await expect(page.locator('button[data-type="party"]')).toHaveAttribute('aria-pressed', 'true');
  expect(await listRows(page)).toBe(2);
  await expect.poll(() => featureState(page, '370000')).toMatchObject({ filtered: true });

  await page.goBack();
  await expect(page.locator('button[data-type="party"]')).toHaveAttribute('aria-pressed', 'false');
  expect(await listRows(page)).toBe(3);
  await page.goForward();
  await expect(page.locator('button[data-type="party"]')).toHaveAttribute('aria-pressed', 'true');
});

test('list selection drives the details and the map', async ({ page }) => {
  await openFixture(page);
  await listRows(page);
  // The list is in time order: the 1993 law comes first.
  await page.getByRole('table').getByRole('button', { name: '科学技术进步法通过' }).click();
  await expect(page.getByTestId('announcer')).toHaveText(/已选择：科学技术进步法通过/);
  await expect(page.locator('[role=row][data-id="law-1993"]')).toHaveAttribute(
    'aria-selected',
    'true',
  );
});

test('no match: the empty state says so and clears the filters', async ({ page }) => {
  await openFixture(page);
  await page.getByRole('searchbox').fill('绝不会出现的词语zzz');
  await page.getByRole('tab', { name: '事件列表' }).click();
  await expect(page.getByTestId('empty-state')).toContainText('没有符合当前筛选条件的改革事件');
  await page.getByTestId('empty-state').getByRole('button').click();
  await expect(page.getByRole('searchbox')).toHaveValue('');
  expect(await listRows(page)).toBe(8);
});

test('clicking a year in the chart sets the time window', async ({ page }) => {
  await openFixture(page);
  await page.getByRole('tab', { name: '类型趋势' }).click();
  await page.locator('rect.hit[data-year="2018"]').click();
  // In 2018: 京津冀 (Feb), 山东 (Mar), 四川 (Jun), and 成都's 2017–2019 pilot.
  await expect(page.getByRole('banner')).toContainText('4 项改革事件');
  await expect(page).toHaveURL(/from=2018-01-01&to=2018-12-31/);
});

test('CSV export downloads the visible events, and the importer reads them back unchanged', async ({
  page,
}) => {
  await openFixture(page);
  await page.locator('button[data-type="law"]').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-csv').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^reform-atlas-events-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const data = buildDataset({
    events: CSV,
    taxonomy: read('taxonomy.csv'),
    levels: read('levels.csv'),
    eras: read('eras.csv'),
    groups: read('region-groups.csv'),
    families: read('families.csv'),
    regions: JSON.parse(read('geo/regions.json')) as RegionInfo[],
  });
  const back = validateEvents(parseCsv(text).rows, {
    file: 'export.csv',
    types: new Set(data.types.map((t) => t.id)),
    families: new Set(data.families.map((f) => f.id)),
    resolveRegion: data.index.resolve,
    knownIds: new Set(),
  });
  expect(back.errors).toEqual([]);
  // The two laws, in time order, as they were written.
  expect(back.events.map((e) => [e.id, e.dateStart, e.titleZh, e.regions])).toEqual([
    ['law-1993', '1993-07-02', '科学技术进步法通过', []],
    ['hb-law-2019', '2019', '湖北科技创新条例', ['420000']],
  ]);
  expect(back.events).toEqual(data.events.filter((e) => e.type === 'law'));
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
