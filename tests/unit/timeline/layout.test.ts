import { describe, expect, it } from 'vitest';
import {
  ALL_LANE,
  byAnchor,
  eventExtent,
  hitTest,
  laneRoom,
  layoutLanes,
  layoutMarks,
  type Lane,
} from '../../../src/lib/timeline/layout';
import { createTimeScale } from '../../../src/lib/timeline/scales';
import { TYPES, createEvent } from '../../helpers';

const lanesOf = (ls: Lane[]) => ls.map((l) => [l.id, l.y, l.height, l.collapsed]);

describe('laneRoom', () => {
  it.each([
    ['a 720p diffusion view: 108 px for 11 types', 108, 11, false],
    ['the main view at 1280×720: 173 px for 11 types', 173, 11, true],
    ['exactly 13 px a lane', 143, 11, true],
    ['just under', 142, 11, false],
    ['one type has all the room it gets', 8, 1, true],
    ['no types', 0, 0, true],
  ])('%s', (_, height, types, room) => {
    expect(laneRoom(height, types)).toBe(room);
  });
});

describe('layoutLanes', () => {
  it.each([
    [
      'all present',
      ['law', 'party', 'pilot'],
      {},
      [
        ['law', 0, 30, false],
        ['party', 30, 30, false],
        ['pilot', 60, 30, false],
      ],
    ],
    [
      'skips empty types, keeps taxonomy order',
      ['pilot', 'law'],
      {},
      [
        ['law', 0, 45, false],
        ['pilot', 45, 45, false],
      ],
    ],
    ['none', [], {}, []],
    [
      'a collapsed lane gets a strip, the others share the rest',
      ['law', 'party', 'pilot'],
      { collapsed: new Set(['party']), collapsedHeight: 10 },
      [
        ['law', 0, 40, false],
        ['party', 40, 10, true],
        ['pilot', 50, 40, false],
      ],
    ],
    [
      'collapsing every lane keeps them open (nothing would be left to show)',
      ['law'],
      { collapsed: new Set(['law']) },
      [['law', 0, 90, false]],
    ],
    [
      'compact: one lane for all types',
      ['law', 'pilot'],
      { compact: true },
      [[ALL_LANE, 0, 90, false]],
    ],
    ['compact with no events: no lane', [], { compact: true }, []],
  ])('%s', (_, present, opts, expected) => {
    expect(lanesOf(layoutLanes(TYPES, new Set(present), 0, 90, opts))).toEqual(expected);
  });
});

describe('layoutMarks: partial-date placement', () => {
  // One pixel per day.
  const scale = createTimeScale([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], [0, 3653]);
  const lanes = layoutLanes(TYPES, new Set(['law', 'party', 'pilot']), 0, 120);
  const xOf = (over: Parameters<typeof createEvent>[0]) =>
    layoutMarks([createEvent(over)], scale, lanes).marks[0]!;

  it.each([
    ['a year sits mid-year', '2004', '', Date.UTC(2004, 6, 2), 0],
    ['a month sits mid-month (leap February)', '2004-02', '', Date.UTC(2004, 1, 15, 12), 0],
    ['a day sits mid-day', '2004-02-10', '', Date.UTC(2004, 1, 10, 12), 0],
    ['the first year of the range', '2000', '', Date.UTC(2000, 6, 2), 0],
    [
      'a span runs from its start to the end of its last year',
      '2002',
      '2003',
      Date.UTC(2002, 0, 1),
      730,
    ],
    ['a span to a month ends with that month', '2002-03', '2002-04', Date.UTC(2002, 2, 1), 61],
  ])('%s', (_, dateStart, dateEnd, t, days) => {
    const m = xOf({ id: 'e', dateStart, dateEnd });
    expect(m.x).toBeCloseTo(scale(t), 0);
    expect(m.w).toBeCloseTo(days, 0);
    expect(m.span).toBe(dateEnd !== '');
  });

  it('keeps approximate dates flagged', () => {
    expect(xOf({ id: 'e', dateStart: '2004', dateApprox: true }).approx).toBe(true);
  });
});

describe('layoutMarks: lanes and rows', () => {
  const scale = createTimeScale([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], [0, 1000]);
  // 58 px lanes hold seven rows, 8 px apart, the first in the middle.
  const lanes = layoutLanes(TYPES, new Set(['law', 'party']), 0, 116);

  it('puts each event in its type lane, centred', () => {
    const { marks } = layoutMarks(
      [
        createEvent({ id: 'p', dateStart: '2004' }),
        createEvent({ id: 's', dateStart: '2002', dateEnd: '2003', type: 'party' }),
      ],
      scale,
      lanes,
    );
    expect(marks.map((m) => [m.id, m.lane, m.y])).toEqual([
      ['s', 'party', 87],
      ['p', 'law', 29],
    ]);
  });

  it('moves touching marks to other rows of the lane, never outside it', () => {
    const near = ['2005-03-01', '2005-03-10', '2005-03-20'].map((d, i) =>
      createEvent({ id: `e${i}`, dateStart: d }),
    );
    const { marks, clusters } = layoutMarks(near, scale, lanes);
    expect(clusters).toEqual([]);
    expect(new Set(marks.map((m) => m.y)).size).toBe(3);
    for (const m of marks) {
      expect(m.y).toBeGreaterThanOrEqual(4);
      expect(m.y).toBeLessThanOrEqual(54);
    }
  });

  it('puts every type in the one lane in compact mode', () => {
    const one = layoutLanes(TYPES, new Set(['law', 'party']), 0, 100, { compact: true });
    const { marks } = layoutMarks(
      [createEvent({ id: 'a' }), createEvent({ id: 'b', type: 'party', dateStart: '2003' })],
      scale,
      one,
    );
    expect(marks.map((m) => m.lane)).toEqual([ALL_LANE, ALL_LANE]);
    expect(marks.map((m) => m.type)).toEqual(['party', 'law']);
  });

  it('skips events whose type has no lane', () => {
    const out = layoutMarks([createEvent({ id: 'x', type: 'pilot' })], scale, lanes);
    expect(out).toEqual({ marks: [], clusters: [] });
  });

  it('skips events outside the clip range (with one cell of margin)', () => {
    const out = layoutMarks(
      [createEvent({ id: 'in', dateStart: '2005' }), createEvent({ id: 'out', dateStart: '2009' })],
      scale,
      lanes,
      { clip: [400, 600] },
    );
    expect(out.marks.map((m) => m.id)).toEqual(['in']);
  });

  // 100 px a year from 2000 at x = 0; the view is [400, 600) with 24 px cells, so bars are cut
  // to [376, 624].
  it.each([
    ['a span inside the view is whole', '2004-03', '2004-08', 400, 600, 416.4, 50.4],
    [
      'a span from before the view starts a cell left of it',
      '2001',
      '2004-06',
      400,
      600,
      376,
      73.8,
    ],
    ['a span past the view ends a cell right of it', '2005-06', '2009', 400, 600, 541.5, 82.5],
    ['a span across the whole view is cut at both ends', '2000', '2009', 400, 600, 376, 248],
    ['without a clip a span is whole', '2000', '2009', -Infinity, Infinity, 0, 1000],
  ])('%s', (_, dateStart, dateEnd, c0, c1, x, w) => {
    const { marks } = layoutMarks([createEvent({ id: 's', dateStart, dateEnd })], scale, lanes, {
      clip: [c0, c1],
    });
    expect(marks[0]!.x).toBeCloseTo(x, 0);
    expect(marks[0]!.w).toBeCloseTo(w, 0);
  });

  it('does not mutate its input', () => {
    const input = [
      createEvent({ id: 'b', dateStart: '2006' }),
      createEvent({ id: 'a', dateStart: '2001' }),
    ];
    const copy = structuredClone(input);
    layoutMarks(input, scale, lanes);
    expect(input).toEqual(copy);
  });
});

describe('layoutMarks: density', () => {
  const scale = createTimeScale([Date.UTC(2000, 0, 1), Date.UTC(2010, 0, 1)], [0, 1000]);
  // 20 px lanes hold two rows of 8 px.
  const lanes = layoutLanes(TYPES, new Set(['law', 'party']), 0, 40);
  const crowd = (n: number, date = '2005', type = 'law') =>
    Array.from({ length: n }, (_, i) => createEvent({ id: `${type}${i}`, dateStart: date, type }));

  it.each([
    ['two at once fit in two rows', 2, 2, []],
    ['three at once: one cluster of three', 3, 0, [3]],
    ['a hundred at once: one cluster of a hundred', 100, 0, [100]],
  ])('%s', (_, n, marks, clusters) => {
    const out = layoutMarks(crowd(n), scale, lanes);
    expect(out.marks).toHaveLength(marks);
    expect(out.clusters.map((c) => c.ids.length)).toEqual(clusters);
  });

  it('clusters per lane: a crowded lane does not swallow the next one', () => {
    const out = layoutMarks(
      [...crowd(5), createEvent({ id: 'p', type: 'party', dateStart: '2005' })],
      scale,
      lanes,
    );
    expect(out.clusters.map((c) => [c.lane, c.ids.length, c.type])).toEqual([['law', 5, 'law']]);
    expect(out.marks.map((m) => m.id)).toEqual(['p']);
  });

  it('zooming in resolves a cluster into marks', () => {
    const months = ['2005-03-04', '2005-03-14', '2005-03-24', '2005-09-04', '2005-09-24'].map(
      (d, i) => createEvent({ id: `m${i}`, dateStart: d }),
    );
    expect(layoutMarks(months, scale, lanes).clusters.length).toBeGreaterThan(0);
    const zoomed = createTimeScale([Date.UTC(2005, 0, 1), Date.UTC(2006, 0, 1)], [0, 1000]);
    const out = layoutMarks(months, zoomed, lanes);
    expect(out.clusters).toEqual([]);
    expect(out.marks).toHaveLength(5);
  });

  it('gives each cluster the time extent of its events', () => {
    const events = ['2005-03-02', '2005-03-09', '2005-03-16', '2005-03-20'].map((d, i) =>
      createEvent({ id: `c${i}`, dateStart: d }),
    );
    const out = layoutMarks(events, scale, lanes);
    expect(out.clusters.length).toBeGreaterThan(0);
    for (const c of out.clusters) {
      const members = events.filter((e) => c.ids.includes(e.id));
      expect(c.t0).toBe(Math.min(...members.map((e) => e.t0)));
      expect(c.t1).toBe(Math.max(...members.map((e) => e.t1)));
    }
  });

  it('a collapsed lane shows density cells only', () => {
    const shut = layoutLanes(TYPES, new Set(['law', 'party']), 0, 40, {
      collapsed: new Set(['law']),
    });
    const out = layoutMarks(
      [createEvent({ id: 'a' }), createEvent({ id: 'b', dateStart: '2001' })],
      scale,
      shut,
    );
    expect(out.marks).toEqual([]);
    expect(out.clusters.map((c) => c.ids)).toEqual([['b'], ['a']]);
  });

  it('cells are aligned to time, so a pan moves clusters without regrouping them', () => {
    const events = crowd(4, '2005-06');
    const panned = scale.copy().range([-137, 863]);
    const a = layoutMarks(events, scale, lanes).clusters[0]!;
    const b = layoutMarks(events, panned, lanes).clusters[0]!;
    expect(b.ids).toEqual(a.ids);
    expect(b.x - a.x).toBeCloseTo(-137);
  });
});

describe('byAnchor', () => {
  it('orders points by their middle and spans by their start', () => {
    const out = byAnchor([
      createEvent({ id: 'year', dateStart: '2004' }),
      createEvent({ id: 'span', dateStart: '2004', dateEnd: '2006' }),
      createEvent({ id: 'march', dateStart: '2004-03' }),
    ]);
    expect(out.map((e) => e.id)).toEqual(['span', 'march', 'year']);
  });
});

describe('hitTest', () => {
  const layout = {
    marks: [
      { id: 'a', x: 100, w: 0, y: 20, type: 'law', lane: 'law', approx: false, span: false },
      { id: 'b', x: 108, w: 0, y: 20, type: 'law', lane: 'law', approx: false, span: false },
      { id: 's', x: 200, w: 80, y: 40, type: 'law', lane: 'law', approx: false, span: true },
    ],
    clusters: [
      { key: 'k', lane: 'law', x: 300, w: 24, y: 60, ids: ['x', 'y'], t0: 0, t1: 1, type: 'law' },
    ],
  };
  it.each([
    ['the nearest of two marks', 105, 20, 'b'],
    ['a point within the slop', 96, 24, 'a'],
    ['inside a span bar', 250, 41, 's'],
    ['a cluster cell', 310, 62, 'cluster'],
    ['empty space', 150, 20, null],
    ['beside a cluster cell', 330, 60, null],
  ])('%s', (_, x, y, expected) => {
    const hit = hitTest(layout, x, y);
    expect(hit ? (hit.kind === 'mark' ? hit.id : 'cluster') : null).toBe(expected);
  });
});

describe('eventExtent', () => {
  const point = createEvent({ id: 'p', dateStart: '2015' });
  const bar = createEvent({ id: 'b', dateStart: '2018', dateEnd: '2020' });
  it.each([
    [
      'from the first mark to the end of the last bar',
      [point, bar],
      null,
      [Date.UTC(2015, 6, 2), Date.UTC(2021, 0, 1)],
    ],
    [
      'a bar cut to the window',
      [bar],
      [Date.UTC(2016, 0, 1), Date.UTC(2019, 0, 1)],
      [Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)],
    ],
    ['nothing', [], null, null],
    ['nothing inside the window', [point], [Date.UTC(2016, 0, 1), Date.UTC(2019, 0, 1)], null],
  ] as const)('%s', (_, events, window, out) => {
    const got = eventExtent(events, window);
    if (!out) return expect(got).toBeNull();
    expect(got![0]).toBeCloseTo(out[0], -8);
    expect(got![1]).toBe(out[1]);
  });
});
