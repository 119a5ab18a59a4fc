// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RegionInfo } from '../../../src/lib/data/types';
import { chinaFromTopology } from '../../../src/lib/map/geo';
import { keepBoundary, restoreBoundary } from '../../../src/lib/map/saved-boundary';
import { readGeoFile } from '../../helpers';

// jsdom has no IndexedDB: this exercises the localStorage fallback.
const text = readFileSync('data/geo/china.topo.json', 'utf8');
const regions = readGeoFile<RegionInfo[]>('regions.json');
const applied = (t: string) => ({
  geo: chinaFromTopology(JSON.parse(text)),
  attribution: '某局审定数据',
  text: t,
  fileName: 'approved.topo.json',
});

describe('a saved boundary file', () => {
  beforeEach(() => localStorage.clear());

  it('is restored, checked again, with its attribution and name', async () => {
    expect(await keepBoundary(applied(text))).toBe(true);
    const r = await restoreBoundary(regions);
    expect(r).toMatchObject({
      ok: true,
      attribution: '某局审定数据',
      fileName: 'approved.topo.json',
    });
    expect(r?.ok && r.geo.provinces.features).toHaveLength(34);
  });

  it('is forgotten when the built-in boundaries are restored', async () => {
    await keepBoundary(applied(text));
    expect(await keepBoundary(null)).toBe(true);
    expect(await restoreBoundary(regions)).toBeNull();
  });

  it('that no longer passes the check is dropped, with the reason', async () => {
    await keepBoundary(applied('{"type":"FeatureCollection","features":[]}'));
    const r = await restoreBoundary(regions);
    expect(r).toMatchObject({ ok: false, fileName: 'approved.topo.json' });
    expect(await restoreBoundary(regions)).toBeNull();
  });

  it('an unreadable stored value counts as none', async () => {
    localStorage.setItem('reform-atlas.boundary', '{not json');
    expect(await restoreBoundary(regions)).toBeNull();
  });
});
