import { describe, expect, it } from 'vitest';
import {
  NOTHING_LIT,
  buildFrame,
  cityFill,
  cityState,
  litRegions,
  provinceFill,
  provinceState,
  rampColour,
  sameState,
  viewBreaks,
  type MapModel,
  type MapTheme,
  type RegionPaint,
} from '../../../src/lib/map/states';
import { PALETTE } from '../../../src/lib/map/layers';
import { REGIONS, createIndex } from '../../helpers';

const index = createIndex();
const info = (code: string) => REGIONS.find((r) => r.adcode === code)!;

function createModel(over: Partial<MapModel> = {}): MapModel {
  return {
    counts: new Map([
      ['510000', 4],
      ['510100', 2],
      ['370000', 1],
    ]),
    lit: NOTHING_LIT,
    filtered: [],
    reached: [],
    view: null,
    ...over,
  };
}

describe('litRegions (group expansion)', () => {
  it.each([
    [[], NOTHING_LIT],
    [['510000'], { provinces: ['510000'], partial: [], cities: [], groups: [], seats: [] }],
    [
      ['510100'],
      { provinces: [], partial: ['510000'], cities: ['510100'], groups: [], seats: ['510100'] },
    ],
    [
      ['jjj'],
      {
        provinces: ['110000', '120000', '130000'],
        partial: [],
        cities: [],
        groups: ['jjj'],
        seats: [],
      },
    ],
    // A group of cities: their provinces lit partially, no seat markers (the group is outlined).
    [
      ['nj-cd'],
      {
        provinces: [],
        partial: ['320000', '510000'],
        cities: ['320100', '510100'],
        groups: ['nj-cd'],
        seats: [],
      },
    ],
    // A province named beside one of its cities is fully lit, not partially.
    [
      ['510100', '510000'],
      { provinces: ['510000'], partial: [], cities: ['510100'], groups: [], seats: ['510100'] },
    ],
    [['nowhere'], NOTHING_LIT],
  ])('%j', (regions, expected) => {
    expect(litRegions(regions, index)).toEqual(expected);
  });

  it('does not mutate its input', () => {
    const regions = ['jjj', '510100'];
    litRegions(regions, index);
    expect(regions).toEqual(['jjj', '510100']);
  });
});

describe('provinceState', () => {
  const lit = litRegions(['510100'], index);
  it.each([
    ['no selection', createModel(), '510000', { count: 4, selected: false, dim: false }],
    ['partial', createModel({ lit }), '510000', { selected: true, partial: true, dim: false }],
    ['dimmed', createModel({ lit }), '370000', { selected: false, dim: true, count: 1 }],
    [
      'reached is not dimmed',
      createModel({ lit, reached: ['370000'] }),
      '370000',
      { dim: false, reached: true },
    ],
    ['filter by city', createModel({ filtered: ['510100'] }), '510000', { filtered: true }],
    ['filter by group', createModel({ filtered: ['jjj'] }), '130000', { filtered: true }],
    ['not filtered', createModel({ filtered: ['jjj'] }), '510000', { filtered: false }],
    ['drilled elsewhere', createModel({ view: '370000' }), '510000', { muted: true, open: false }],
    ['drilled here', createModel({ view: '510000' }), '510000', { muted: false, open: true }],
    ['unknown count', createModel(), '130000', { count: 0 }],
  ])('%s', (_, model, code, expected) => {
    expect(provinceState(code, model, index)).toMatchObject(expected);
  });
});

describe('cityState', () => {
  it.each([
    ['named', ['510100'], '510100', { named: true, selected: true, seat: true, dim: false }],
    ['via its province', ['510000'], '510100', { named: false, selected: true, seat: false }],
    ['via a group', ['nj-cd'], '320100', { named: true, selected: true, seat: false }],
    ['elsewhere', ['370000'], '510100', { named: false, selected: false, dim: true }],
  ])('%s', (_, regions, code, expected) => {
    const model = createModel({ lit: litRegions(regions, index) });
    expect(cityState(info(code), model, index)).toMatchObject(expected);
  });

  it('is filtered by its own code or a group containing it', () => {
    expect(cityState(info('510100'), createModel({ filtered: ['510100'] }), index).filtered).toBe(
      true,
    );
    expect(cityState(info('320100'), createModel({ filtered: ['nj-cd'] }), index).filtered).toBe(
      true,
    );
    expect(cityState(info('510100'), createModel({ filtered: ['510000'] }), index).filtered).toBe(
      false,
    );
  });
});

describe('a thematic map', () => {
  const theme: MapTheme = {
    regions: new Map<string, RegionPaint>([
      ['510000', { fill: '#0c2c84', first: true, label: '四川 2016' }],
      ['370000', { hatch: true }],
      ['320100', { fill: '#c7e9b4' }],
    ]),
  };
  const themed = (over: Partial<MapModel> = {}) => createModel({ theme, ...over });

  it('paints a province with its colour and marks a first mover', () => {
    expect(provinceState('510000', themed(), index)).toMatchObject({
      themed: true,
      fill: '#0c2c84',
      first: true,
      hatch: false,
    });
  });

  it('hatches a province with no record', () => {
    expect(provinceState('370000', themed(), index)).toMatchObject({ hatch: true, fill: '' });
  });

  it('never dims: a selection shows as an outline, not by fading the rest', () => {
    const lit = litRegions(['370000'], index);
    expect(provinceState('510000', themed({ lit }), index).dim).toBe(false);
    expect(provinceState('370000', themed({ lit }), index).selected).toBe(true);
  });

  it("gives a city its own colour, or its province's in the drilled view", () => {
    expect(cityState(info('320100'), themed(), index).fill).toBe('#c7e9b4');
    expect(cityState(info('510100'), themed(), index).fill).toBe('');
    expect(cityState(info('510100'), themed({ view: '510000' }), index).fill).toBe('#0c2c84');
  });

  it('carries the labels into the frame', () => {
    const frame = buildFrame(themed(), REGIONS, [], index, 'zh');
    expect([...frame.labels]).toEqual([['510000', '四川 2016']]);
  });

  it('has no theme fields set without a theme', () => {
    expect(provinceState('510000', createModel(), index)).toMatchObject({
      themed: false,
      fill: '',
      hatch: false,
      first: false,
    });
    expect(buildFrame(createModel(), REGIONS, [], index, 'zh').labels.size).toBe(0);
  });
});

describe('viewBreaks', () => {
  it.each([
    [null, [1, 2, 3, 4]],
    ['510000', [1, 2]],
    ['370000', [1]],
  ])('view %s → %j', (view, expected) => {
    expect(viewBreaks(view, REGIONS, createModel().counts)).toEqual(expected);
  });
});

describe('colours', () => {
  it.each([
    [0, [1, 3, 6], PALETTE.land],
    [1, [1, 3, 6], PALETTE.ramp[0]],
    [5, [1, 3, 6], PALETTE.ramp[1]],
    [60, [1, 3, 6], PALETTE.ramp[2]],
    [99, [1, 2, 3, 4, 5, 6, 7], PALETTE.ramp[4]],
  ])('rampColour(%i, %j)', (count, breaks, expected) => {
    expect(rampColour(count, breaks)).toBe(expected);
  });

  const base = {
    count: 0,
    selected: false,
    partial: false,
    dim: false,
    filtered: false,
    reached: false,
    muted: false,
    open: false,
    themed: false,
    fill: '',
    hatch: false,
    first: false,
  };
  it.each([
    [{}, PALETTE.land],
    [{ count: 3 }, PALETTE.ramp[1]],
    [{ selected: true, count: 3 }, PALETTE.accent],
    [{ selected: true, partial: true }, PALETTE.partial],
    [{ reached: true, count: 3 }, PALETTE.reached],
    [{ muted: true, selected: true }, PALETTE.muted],
    [{ open: true }, PALETTE.open],
    [{ themed: true, fill: '#0c2c84', count: 3, selected: true }, '#0c2c84'],
    [{ themed: true, count: 3 }, PALETTE.land],
    [{ themed: true, fill: '#0c2c84', open: true }, PALETTE.open],
  ])('provinceFill(%j)', (over, expected) => {
    expect(provinceFill({ ...base, ...over }, [1, 3])).toBe(expected);
  });

  it('cityFill: selected → accent, else the count class', () => {
    const c = {
      count: 2,
      selected: false,
      named: false,
      seat: false,
      dim: false,
      filtered: false,
      themed: false,
      fill: '',
      first: false,
    };
    expect(cityFill(c, [1, 2])).toBe(PALETTE.ramp[1]);
    expect(cityFill({ ...c, selected: true }, [1, 2])).toBe(PALETTE.accent);
  });

  it('cityFill: a theme colour, or plain land, replaces the counts', () => {
    const c = {
      count: 2,
      selected: true,
      named: false,
      seat: false,
      dim: false,
      filtered: false,
      themed: true,
      fill: '#0c2c84',
      first: false,
    };
    expect(cityFill(c, [1, 2])).toBe('#0c2c84');
    expect(cityFill({ ...c, fill: '' }, [1, 2])).toBe(PALETTE.land);
  });
});

describe('buildFrame', () => {
  const frame = buildFrame(
    createModel({ lit: litRegions(['jjj'], index) }),
    REGIONS,
    ['jjj', 'nj-cd'],
    index,
    'en',
  );
  it('has a state for every province and every prefecture-layer unit', () => {
    expect([...frame.provinces.keys()].sort()).toEqual(
      REGIONS.filter((r) => r.level === 'province')
        .map((r) => r.adcode)
        .sort(),
    );
    // Municipalities are in the prefecture layer under their own code.
    expect(frame.cities.has('110000')).toBe(true);
    expect(frame.cities.get('110000')).toMatchObject({ selected: true });
    expect(frame.cities.has('510100')).toBe(true);
  });
  it('marks the named group', () => {
    expect(frame.groups.get('jjj')).toEqual({ selected: true });
    expect(frame.groups.get('nj-cd')).toEqual({ selected: false });
  });
  it('carries breaks, view and language', () => {
    expect(frame).toMatchObject({ breaks: [1, 2, 3, 4], view: null, lang: 'en' });
  });
});

describe('sameState', () => {
  const a = { fill: '#0c2c84', first: true, count: 2 };
  it.each([
    ['the same object', a, a, true],
    ['equal values', a, { fill: '#0c2c84', first: true, count: 2 }, true],
    ['another fill', a, { fill: '#c7e9b4', first: true, count: 2 }, false],
    ['another flag', a, { fill: '#0c2c84', first: false, count: 2 }, false],
    ['another count', a, { fill: '#0c2c84', first: true, count: 3 }, false],
    ['a field more', a, { fill: '#0c2c84', first: true, count: 2, hatch: false }, false],
    ['nothing before', undefined, a, false],
    ['nothing now', a, undefined, false],
    ['nothing either time', undefined, undefined, true],
  ] as [string, object | undefined, object | undefined, boolean][])('%s → %s', (_, x, y, out) => {
    expect(sameState(x, y)).toBe(out);
  });

  it('finds two frames of one model the same, region by region', () => {
    const m = createModel();
    const f1 = buildFrame(m, REGIONS, [], index, 'zh');
    const f2 = buildFrame(m, REGIONS, [], index, 'zh');
    for (const [code, s] of f2.provinces) expect(sameState(f1.provinces.get(code), s)).toBe(true);
    for (const [code, s] of f2.cities) expect(sameState(f1.cities.get(code), s)).toBe(true);
  });
});
