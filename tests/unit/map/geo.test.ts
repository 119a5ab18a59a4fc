import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import type { Geometry } from 'geojson';
import {
  bbox,
  boundsContain,
  boundsOf,
  chinaFromTopology,
  citiesFromTopology,
  countBreaks,
  fitTransform,
  groupShapes,
  labelPoints,
  unionBounds,
  within,
  INSET_BOUNDS,
  type Bounds,
} from '../../../src/lib/map/geo';
import { REGIONS, createRegion, readGeoFile } from '../../helpers';

describe('countBreaks', () => {
  it.each([
    [0, [1]],
    [1, [1]],
    [3, [1, 2, 3]],
    [4, [1, 2, 3, 4]],
    [20, [1, 3, 6, 11]],
  ])('max %i → %j', (max, expected) => {
    expect(countBreaks(max)).toEqual(expected);
  });
  it('is strictly increasing', () => {
    for (let max = 0; max < 200; max++) {
      const b = countBreaks(max);
      for (let i = 1; i < b.length; i++) expect(b[i]!).toBeGreaterThan(b[i - 1]!);
    }
  });
});

describe('unionBounds', () => {
  it('is null for nothing', () => expect(unionBounds([])).toBeNull());
  it('joins bboxes', () => {
    const a = {
      ...createRegion('1', 'a', 'a', 'a'),
      bbox: [100, 20, 110, 30] as [number, number, number, number],
    };
    const b = {
      ...createRegion('2', 'b', 'b', 'b'),
      bbox: [105, 25, 120, 40] as [number, number, number, number],
    };
    expect(unionBounds([a, b])).toEqual([
      [100, 20],
      [120, 40],
    ]);
  });
});

describe('boundsOf', () => {
  const region = (adcode: string, bbox: [number, number, number, number]) => ({
    ...createRegion(adcode, adcode, adcode, adcode),
    bbox,
  });
  const byCode = new Map([
    ['1', region('1', [100, 20, 110, 30])],
    ['2', region('2', [105, 25, 120, 40])],
  ]);
  it.each([
    [
      'one region',
      ['1'],
      [
        [100, 20],
        [110, 30],
      ],
    ],
    [
      'several, joined',
      ['1', '2'],
      [
        [100, 20],
        [120, 40],
      ],
    ],
    [
      'an unknown code is left out',
      ['2', 'nowhere'],
      [
        [105, 25],
        [120, 40],
      ],
    ],
    ['none known: null', ['nowhere'], null],
    ['no codes: null', [], null],
  ])('%s', (_, codes, bounds) => {
    expect(boundsOf(byCode, codes)).toEqual(bounds);
  });
});

describe('labelPoints', () => {
  it('labels provinces by short name, or English', () => {
    const zh = labelPoints(REGIONS, 'zh');
    expect(zh.features.map((f) => f.properties.label)).toContain('四川');
    expect(zh.features.map((f) => f.properties.label)).not.toContain('成都');
    expect(labelPoints(REGIONS, 'en').features.map((f) => f.properties.label)).toContain('Sichuan');
  });
});

describe('labelPoints parent', () => {
  it('carries the parent province of a city, empty for a province', () => {
    const cities = labelPoints(REGIONS, 'zh', 'city');
    expect(cities.features.find((f) => f.properties.adcode === '510100')?.properties).toEqual({
      adcode: '510100',
      label: '成都',
      parent: '510000',
    });
    expect(labelPoints(REGIONS, 'zh').features[0]!.properties.parent).toBe('');
  });
});

describe('fitTransform', () => {
  it.each([
    [
      [
        [0, 0],
        [100, 50],
      ],
      200,
      200,
      0,
      { k: 2, x: 0, y: 50 },
    ],
    [
      [
        [0, 0],
        [100, 100],
      ],
      200,
      100,
      0,
      { k: 1, x: 50, y: 0 },
    ],
    [
      [
        [50, 50],
        [150, 150],
      ],
      200,
      200,
      50,
      { k: 1, x: 0, y: 0 },
    ],
    [
      [
        [10, 10],
        [20, 20],
      ],
      100,
      100,
      0,
      { k: 10, x: -100, y: -100 },
    ],
  ] as const)('%j in %i×%i, padding %i → %j', (box, w, h, pad, expected) => {
    const t = fitTransform(box as unknown as Bounds, w, h, pad);
    expect(t.k).toBeCloseTo(expected.k);
    expect(t.x).toBeCloseTo(expected.x);
    expect(t.y).toBeCloseTo(expected.y);
  });
  it('centres the box in the viewport', () => {
    const t = fitTransform(
      [
        [30, 40],
        [70, 60],
      ],
      400,
      300,
      20,
    );
    expect(((30 + 70) / 2) * t.k + t.x).toBeCloseTo(200);
    expect(((40 + 60) / 2) * t.k + t.y).toBeCloseTo(150);
  });
});

describe('boundsContain', () => {
  it.each([
    [
      [
        [70, 0],
        [140, 56],
      ],
      [
        [100, 20],
        [110, 30],
      ],
      true,
    ],
    [
      [
        [70, 0],
        [140, 56],
      ],
      [
        [100, 20],
        [141, 30],
      ],
      false,
    ],
    [
      [
        [100, 20],
        [110, 30],
      ],
      [
        [100, 20],
        [110, 30],
      ],
      true,
    ],
    [
      [
        [100, 20],
        [110, 30],
      ],
      [
        [99, 21],
        [105, 25],
      ],
      false,
    ],
  ] as const)('%j ⊇ %j → %s', (outer, inner, expected) => {
    expect(boundsContain(outer as unknown as Bounds, inner as unknown as Bounds)).toBe(expected);
  });
});

describe('the bundled topologies', () => {
  const china = readGeoFile<Topology>('china.topo.json');
  const cities = readGeoFile<Topology>('cities.topo.json');

  it('chinaFromTopology → 34 provinces, the dash line and the boundary lines', () => {
    const geo = chinaFromTopology(china);
    expect(geo.provinces.features).toHaveLength(34);
    expect(geo.dash.features).toHaveLength(1);
    expect(geo.lines.features).toHaveLength(6);
    expect(geo.provinces.features[0]!.properties).toHaveProperty('adcode');
  });

  it('rejects a topology without provinces or cities', () => {
    expect(() => chinaFromTopology(cities)).toThrow(/provinces/);
    expect(() => citiesFromTopology(china)).toThrow(/cities/);
  });

  it('citiesFromTopology → 394 prefecture units with their province', () => {
    const fc = citiesFromTopology(cities);
    expect(fc.features).toHaveLength(394);
    expect(fc.features.find((f) => f.properties.adcode === '510100')?.properties.province).toBe(
      '510000',
    );
  });

  it('groupShapes merges each group into one outline, of provinces or of cities', () => {
    const groups = [
      {
        id: 'jjj',
        nameZh: '京津冀',
        nameEn: '',
        members: ['110000', '120000', '130000'],
        source: '',
      },
      { id: 'two', nameZh: '宁蓉', nameEn: '', members: ['320100', '510100'], source: '' },
      { id: 'none', nameZh: '无', nameEn: '', members: ['999999'], source: '' },
    ];
    const fc = groupShapes(cities, groups);
    expect(fc.features.map((f) => f.properties.id)).toEqual(['jjj', 'two', 'none']);
    const [jjj, two, none] = fc.features.map((f) => f.geometry);
    expect(jjj!.type).toBe('MultiPolygon');
    // 京津冀 is contiguous: its merged outline has one main polygon containing Beijing and Hebei.
    expect(geoContains(jjj!, [116.4, 39.9])).toBe(true);
    expect(geoContains(jjj!, [114.5, 38.0])).toBe(true);
    expect(geoContains(jjj!, [104.0, 30.7])).toBe(false);
    // Two cities far apart stay two polygons.
    expect(geoContains(two!, [118.8, 32.05])).toBe(true);
    expect(geoContains(two!, [104.06, 30.66])).toBe(true);
    expect(two!.coordinates.length).toBeGreaterThanOrEqual(2);
    expect(none!.coordinates).toEqual([]);
    // Read again, or copied as maplibre copies a source (JSON), an outline is the same shape.
    expect(fc.features[0]!.geometry).toBe(jjj);
    const copied = JSON.parse(JSON.stringify(fc)) as typeof fc;
    expect(copied.features.map((f) => f.geometry)).toEqual([jjj, two, none]);
    expect(structuredClone(fc).features[1]!.geometry).toEqual(two);
  });
});

describe('within (the inset projects only what reaches it)', () => {
  const geo = chinaFromTopology(readGeoFile<Topology>('china.topo.json'));
  const codes = within(geo.provinces.features, INSET_BOUNDS).map((f) => f.properties.adcode);

  it.each([
    ['海南 (with the South China Sea islands)', '460000', true],
    ['广东', '440000', true],
    ['台湾', '710000', true],
    ['香港', '810000', true],
    ['澳门', '820000', true],
    ['新疆', '650000', false],
    ['北京', '110000', false],
    ['黑龙江', '230000', false],
  ])('%s: %s', (_, code, inside) => {
    expect(codes.includes(code)).toBe(inside);
  });

  it('takes a feature whose box only touches the bounds, and none far away', () => {
    const square = (x: number, y: number) => ({
      type: 'Feature' as const,
      properties: {},
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [x, y],
            [x + 1, y],
            [x + 1, y + 1],
            [x, y + 1],
            [x, y],
          ],
        ],
      },
    });
    const b: Bounds = [
      [0, 0],
      [10, 10],
    ];
    expect(within([square(10, 10), square(11, 5), square(-1, -1)], b)).toHaveLength(2);
  });
});

describe('bbox', () => {
  const square = {
    type: 'Polygon',
    coordinates: [
      [
        [100, 30],
        [101, 30],
        [101, 31],
        [100, 30],
      ],
    ],
  } as const;
  const islands = {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [110, 18],
          [111, 18],
          [110.5, 19],
          [110, 18],
        ],
      ],
      [
        [
          [112, 9],
          [112.5, 9],
          [112.2, 10],
          [112, 9],
        ],
      ],
    ],
  } as const;
  it.each([
    ['a polygon', [square], [100, 30, 101, 31]],
    ['a multipolygon', [islands], [110, 9, 112.5, 19]],
    ['a point', [{ type: 'Point', coordinates: [116.4, 39.9] }], [116.4, 39.9, 116.4, 39.9]],
    [
      'a collection and a missing geometry',
      [{ type: 'GeometryCollection', geometries: [square, islands] }, null],
      [100, 9, 112.5, 31],
    ],
    ['nothing', [], [Infinity, Infinity, -Infinity, -Infinity]],
  ])('%s', (_, gs, box) => {
    expect(bbox(gs as unknown as Geometry[])).toEqual(box);
  });
});
