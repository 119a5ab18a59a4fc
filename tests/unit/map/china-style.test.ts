/** The maplibre map's style data (china-map/): pure, so tested here; maplibre itself runs in e2e. */
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import {
  labelData,
  labelFilters,
  labelLayers,
  labelSources,
} from '../../../src/lib/map/china-map/labels';
import {
  HATCH,
  fillColour,
  hatchImage,
  inProvince,
  shapeLayers,
  shapeSources,
} from '../../../src/lib/map/china-map/layers';
import { fitOptions } from '../../../src/lib/map/china-map/view';
import { PALETTE } from '../../../src/lib/map/layers';
import type { ChinaMapData } from '../../../src/lib/map/renderer';
import { REGIONS } from '../../helpers';

const empty = { type: 'FeatureCollection', features: [] } as const;
const data = {
  geo: { provinces: empty, dash: empty, lines: empty },
  cities: empty,
  groups: empty,
  regions: REGIONS,
} as unknown as ChinaMapData;
const layers: LayerSpecification[] = [...shapeLayers(), ...labelLayers()];
const sourceOf = (l: LayerSpecification) => ('source' in l ? l.source : undefined);

describe('the maplibre layers', () => {
  it('draw only from the sources the map adds', () => {
    const sources = Object.keys({ ...shapeSources(data), ...labelSources(REGIONS) });
    for (const l of layers) expect(sources).toContain(sourceOf(l));
  });

  it('have distinct ids, fills first, names on top', () => {
    const ids = layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('province-fill');
    expect(ids.slice(-2)).toEqual(['city-labels', 'labels']);
  });

  it('key provinces and cities by adcode, groups by id (feature-state needs it)', () => {
    const s = { ...shapeSources(data), ...labelSources(REGIONS) };
    expect(s.provinces).toMatchObject({ promoteId: 'adcode' });
    expect(s.cities).toMatchObject({ promoteId: 'adcode' });
    expect(s['city-points']).toMatchObject({ promoteId: 'adcode' });
    expect(s.groups).toMatchObject({ promoteId: 'id' });
  });
});

describe('the thematic paint', () => {
  it('hatches provinces from an image the map adds before the layers', () => {
    const hatch = layers.find((l) => l.id === 'province-hatch');
    expect(hatch).toMatchObject({ type: 'fill', paint: { 'fill-pattern': HATCH } });
    const img = hatchImage(12);
    expect(img.data).toHaveLength(12 * 12 * 4);
  });

  it("gives a theme's colour before the selection and the counts", () => {
    const f = fillColour([1]);
    const at = (key: string) =>
      f.findIndex(
        (x) => JSON.stringify(x) === JSON.stringify(['boolean', ['feature-state', key], false]),
      );
    expect(at('themed')).toBeGreaterThan(0);
    expect(at('themed')).toBeLessThan(at('selected'));
  });
});

describe('fillColour', () => {
  it('steps through the ramp by the count breaks, land below the first', () => {
    const step = fillColour([1, 3, 6]).at(-1);
    expect(step).toEqual([
      'step',
      ['coalesce', ['feature-state', 'count'], 0],
      PALETTE.land,
      1,
      PALETTE.ramp[0],
      3,
      PALETTE.ramp[1],
      6,
      PALETTE.ramp[2],
    ]);
  });
});

describe('drilled-in filters', () => {
  it.each([
    [null, ''],
    ['510000', '510000'],
  ])(
    "view %s: cities of %j, names of its cities (and a theme's city labels) and of the other provinces",
    (view, code) => {
      expect(inProvince(view)).toEqual(['==', ['get', 'province'], code]);
      expect(labelFilters(view)).toEqual({
        'city-labels': [
          'any',
          ['==', ['get', 'parent'], code],
          ['==', ['coalesce', ['get', 'strong'], 0], 1],
        ],
        labels: ['!=', ['get', 'adcode'], code],
      });
    },
  );
});

describe('labelData', () => {
  it('names provinces and cities in the language asked', () => {
    const label = (fc: { features: { properties: { label: string } }[] }) =>
      fc.features.map((f) => f.properties.label);
    expect(label(labelData(REGIONS, 'zh').labels)).toContain('四川');
    expect(label(labelData(REGIONS, 'en').labels)).toContain('Sichuan');
    expect(label(labelData(REGIONS, 'zh')['city-points'])).toContain('成都');
  });

  it("puts a theme's labels in place of names, marked strong (placed first)", () => {
    const d = labelData(REGIONS, 'zh', new Map([['510000', '四川 2016']]));
    const sichuan = d.labels.features.find((f) => f.properties.adcode === '510000');
    expect(sichuan?.properties).toMatchObject({ label: '四川 2016', strong: 1 });
    const other = d.labels.features.find((f) => f.properties.adcode !== '510000');
    expect(other?.properties).not.toHaveProperty('strong');
  });
});

describe('fitOptions', () => {
  it.each([
    [true, false, 400],
    [false, false, 0],
    [true, true, 0],
  ])('animate %s, reduced motion %s → %i ms', (animate, reduced, duration) => {
    expect(fitOptions(animate, reduced)).toMatchObject({ duration, maxZoom: 7 });
  });
});
