/** The real region groups (data/region-groups.csv): the economic regions as pickable groups. */
import { describe, expect, it } from 'vitest';
import { ECONOMIC_REGIONS, mainlandProvinces } from '../../../src/lib/data/coverage';
import { groupOption } from '../../../src/lib/ui/region-options';
import { dataset } from '../import/import-fixtures';

const { groups, index, regions } = dataset;

describe('the economic regions', () => {
  it.each([
    ['east', '东部', 10],
    ['central', '中部', 6],
    ['west', '西部', 12],
    ['northeast', '东北', 3],
  ])('%s (%s) is a group of %i provinces, found by its name', (id, name, n) => {
    expect(index.resolve(name)).toBe(id);
    expect(index.provincesOf(id)).toHaveLength(n);
    expect(index.citiesOf(id)).toEqual([]);
  });

  it('share out the 31 mainland provinces, each to one region', () => {
    const members = [...ECONOMIC_REGIONS].flatMap((id) => index.groups.get(id)!.members);
    expect(members.sort()).toEqual(mainlandProvinces(regions).map((r) => r.adcode));
  });

  it('are offered by the region pickers like the other groups, with their source', () => {
    for (const id of ECONOMIC_REGIONS) {
      const g = groups.find((x) => x.id === id)!;
      expect(groupOption(g, 'zh', '区域')).toMatchObject({ id, hint: '区域' });
      expect(g.source).toMatch(/^国家统计局 .+\|http:\/\/www\.stats\.gov\.cn\/\S+\|2011-06-13$/);
    }
  });

  it('leave the older groups as they were', () => {
    expect(groups.map((g) => g.id)).toEqual([
      'jjj',
      'yrd',
      'gba',
      'g60',
      'gs-corridor',
      'optics-valley',
      'cirz8',
      'east',
      'central',
      'west',
      'northeast',
    ]);
  });
});
