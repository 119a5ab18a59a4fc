import { randomLcg } from 'd3-random';
import { describe, expect, it } from 'vitest';
import {
  ROW_H,
  allotLanes,
  packLane,
  rowGains,
  rowY,
  type RowItem,
} from '../../../src/lib/timeline/label-layout';

/** Every character 12 px wide: widths are easy to reason about. */
const measure = (s: string) => 12 * [...s].length;
const opts = { measure };

/** A point mark at x (radius 4) with a label of `chars` Han characters. */
function point(id: string, x: number, chars = 4, over: Partial<RowItem> = {}): RowItem {
  return { id, x0: x - 4, x1: x + 4, text: '改'.repeat(chars), active: true, priority: 0, ...over };
}
const bar = (id: string, x0: number, x1: number, chars = 4): RowItem => ({
  ...point(id, x0, chars),
  x0,
  x1,
  span: true,
});

const labelOf = (pack: ReturnType<typeof packLane>, id: string) =>
  pack.placed.find((p) => p.id === id)?.label ?? null;

describe('packLane: where a label goes', () => {
  it('beside its mark, on the right, when there is room', () => {
    const pack = packLane([point('a', 100)], 1, [0, 500], opts);
    expect(pack.placed).toEqual([
      { id: 'a', row: 0, label: { x: 108, w: 48, text: '改改改改', side: 'right', cut: false } },
    ]);
  });

  it('on the left near the plot’s right end', () => {
    expect(labelOf(packLane([point('a', 480)], 1, [0, 500], opts), 'a')).toMatchObject({
      side: 'left',
      x: 476 - 4 - 48,
      cut: false,
    });
  });

  it('on its bar when the bar runs past both ends of the plot', () => {
    expect(labelOf(packLane([bar('a', -50, 600)], 1, [0, 500], opts), 'a')).toMatchObject({
      side: 'inside',
      x: 4,
      cut: false,
    });
  });

  it('right of a bar’s end', () => {
    expect(labelOf(packLane([bar('a', 100, 200)], 1, [0, 500], opts), 'a')).toMatchObject({
      side: 'right',
      x: 204,
    });
  });

  it('takes another row rather than cover the next mark', () => {
    const pack = packLane([point('a', 100), point('b', 130)], 2, [0, 500], opts);
    expect(pack.placed.map((p) => [p.id, p.row, p.label?.cut])).toEqual([
      ['a', 0, false],
      ['b', 1, false],
    ]);
  });

  it('is shortened with … to stop before the next mark when no row is left', () => {
    const pack = packLane([point('a', 100, 10), point('b', 200)], 1, [0, 500], opts);
    // a's label may run from 108 to b's mark (196) less 6 px of padding: 82 px, 5 characters + ….
    expect(labelOf(pack, 'a')).toMatchObject({ text: '改改改改改…', cut: true, w: 72 });
    expect(labelOf(pack, 'b')).toMatchObject({ cut: false });
  });

  it('is left out when fewer than four characters would be left', () => {
    const pack = packLane([point('a', 100, 10), point('b', 150)], 1, [0, 500], opts);
    expect(labelOf(pack, 'a')).toBeNull();
    expect(pack.placed.map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('of the selected event is the last to be shortened', () => {
    const items = [point('a', 100, 10), point('sel', 100, 10, { priority: 2 }), point('c', 150)];
    const pack = packLane(items, 2, [0, 500], opts);
    expect(labelOf(pack, 'sel')).toMatchObject({ cut: false });
    expect(labelOf(pack, 'a')).toBeNull();
  });
});

describe('packLane: marks', () => {
  it('sends a mark to overflow when it overlaps a mark in every row', () => {
    const pack = packLane([point('a', 100), point('b', 102), point('c', 104)], 2, [0, 500], opts);
    expect(pack.overflow).toEqual(['c']);
  });

  it('gives dimmed marks no label, and lets them cut none', () => {
    const dim = point('d', 130, 4, { active: false });
    const pack = packLane([point('a', 100), dim], 1, [0, 500], opts);
    expect(labelOf(pack, 'a')).toMatchObject({ cut: false });
    expect(pack.placed.find((p) => p.id === 'd')).toEqual({ id: 'd', row: 0, label: null });
  });

  it('puts a dimmed mark in a free row when there is one', () => {
    const pack = packLane(
      [point('a', 100), point('d', 130, 4, { active: false })],
      2,
      [0, 500],
      opts,
    );
    expect(pack.placed.find((p) => p.id === 'd')?.row).toBe(1);
  });

  it('places clusters and other label-less items as marks', () => {
    const pill = { id: 'cluster:4', x0: 97, x1: 119, text: '', active: true, priority: 3 };
    const pack = packLane([pill, point('b', 130)], 1, [0, 500], opts);
    expect(pack.placed.map((p) => [p.id, p.row, p.label])).toEqual([
      ['cluster:4', 0, null],
      ['b', 0, expect.objectContaining({ cut: false })],
    ]);
  });

  it('does not mutate its input', () => {
    const items = [point('b', 300), point('a', 100)];
    const copy = structuredClone(items);
    packLane(items, 1, [0, 500], opts);
    expect(items).toEqual(copy);
  });
});

/** N events spread evenly over a plot W px wide, each titled with `chars` characters. */
function spread(n: number, w: number, chars: number): RowItem[] {
  return Array.from({ length: n }, (_, i) => point(`e${i}`, 10 + ((w - 80) * i) / n, chars));
}
const fullyNamed = (items: RowItem[], h: number, w: number) => {
  const [lane] = allotLanes(
    [{ id: 'x', gains: rowGains(items, [0, w], opts), collapsed: false }],
    0,
    h,
  );
  const pack = packLane(items, lane!.rows, [0, w], opts);
  return pack.placed.filter((p) => p.label && !p.label.cut).length;
};

describe('N events in a lane of height H and width W', () => {
  it.each([
    // n, chars, H, W, named in full
    [4, 12, ROW_H, 1000, 4],
    [10, 8, 2 * ROW_H, 1000, 10],
    [30, 12, 8 * ROW_H, 1700, 30],
    [30, 12, 12 * ROW_H, 1060, 30],
    [11, 12, 11 * ROW_H, 400, 11],
  ])(
    '%i events of %i characters, %i px high, %i px wide → %i named in full',
    (n, chars, h, w, named) => {
      expect(fullyNamed(spread(n, w, chars), h, w)).toBe(named);
    },
  );

  it('11 events at one time in a lane of 11 rows → all labelled', () => {
    const same = Array.from({ length: 11 }, (_, i) => bar(`s${i}`, 200, 260, 12));
    expect(fullyNamed(same, 11 * ROW_H, 1000)).toBe(11);
  });

  it('with too little height still draws every mark, naming what fits', () => {
    const items = spread(10, 1000, 8);
    const pack = packLane(items, 1, [0, 1000], opts);
    expect(pack.overflow).toEqual([]);
    expect(pack.placed.filter((p) => p.label).length).toBeGreaterThan(0);
  });
});

describe('rowGains', () => {
  it.each([
    [
      'three at one time need three rows',
      [point('a', 100), point('b', 100), point('c', 100)],
      [1, 1, 1],
    ],
    ['three far apart need one', [point('a', 100), point('b', 300), point('c', 500)], [3]],
    ['dimmed marks ask for none', [point('a', 100, 4, { active: false })], [0]],
    ['an empty lane asks for none', [], [0]],
  ])('%s', (_, items, gains) => {
    expect(rowGains(items, [0, 1000], opts)).toEqual(gains);
  });
});

describe('packLane: rows it does not need', () => {
  // rowGains offers a row per item; the packing must be the one a lane of just the rows it used
  // gets (a packing that tried every empty row was quadratic in the lane's items).
  it.each([7, 42, 2024])('change nothing (random lane, seed %i)', (seed) => {
    const rand = randomLcg(seed);
    const items = Array.from({ length: 120 }, (_, i) => {
      const x = Math.round(rand() * 900);
      const over = { active: rand() > 0.2, priority: rand() > 0.9 ? 1 : 0 };
      return rand() > 0.8
        ? {
            ...bar(`e${i}`, x, x + 20 + Math.round(rand() * 200), 1 + Math.floor(rand() * 9)),
            ...over,
          }
        : point(`e${i}`, x, 1 + Math.floor(rand() * 9), over);
    });
    const roomy = packLane(items, items.length, [0, 1000], opts);
    expect(roomy.overflow).toEqual([]);
    expect(roomy.used).toBeGreaterThan(3);
    expect(packLane(items, roomy.used, [0, 1000], opts)).toEqual(roomy);
  });
});

describe('allotLanes', () => {
  const need = (id: string, gains: number[], collapsed = false) => ({ id, gains, collapsed });
  const shape = (ls: ReturnType<typeof allotLanes>) => ls.map((l) => [l.id, l.y, l.height, l.rows]);

  it.each([
    [
      'rows go where they name the most events',
      [need('a', [1, 1, 1]), need('b', [2])],
      80,
      [
        ['a', 0, 56, 3],
        ['b', 56, 24, 1],
      ],
    ],
    [
      'a lane whose next row holds more wins it',
      [need('a', [1, 1]), need('b', [1, 3])],
      48,
      [
        ['a', 0, 16, 1],
        ['b', 16, 32, 2],
      ],
    ],
    [
      'height left over is shared evenly',
      [need('a', [1]), need('b', [1])],
      100,
      [
        ['a', 0, 50, 3],
        ['b', 50, 50, 3],
      ],
    ],
    [
      'a lane with nothing to label takes a strip',
      [need('a', [1, 1, 1]), need('b', [0])],
      60,
      [
        ['a', 0, 48, 3],
        ['b', 48, 12, 1],
      ],
    ],
    [
      'a folded lane gives its room back',
      [need('a', [1, 1, 1, 1]), need('b', [5, 5], true)],
      76,
      [
        ['a', 0, 64, 4],
        ['b', 64, 12, 0],
      ],
    ],
    [
      'too little height: the lanes share it',
      [need('a', [1]), need('b', [1]), need('c', [1])],
      30,
      [
        ['a', 0, 10, 1],
        ['b', 10, 10, 1],
        ['c', 20, 10, 1],
      ],
    ],
    ['every lane folded: none is', [need('a', [1], true)], 40, [['a', 0, 40, 2]]],
  ])('%s', (_, needs, height, lanes) => {
    expect(shape(allotLanes(needs, 0, height))).toEqual(lanes);
  });
});

describe('rowY', () => {
  it.each([
    ['the only row, in the middle', { y: 0, height: 64 }, 1, 0, 32],
    ['two rows used of four, centred', { y: 0, height: 64 }, 2, 0, 24],
    ['the second of two', { y: 0, height: 64 }, 2, 1, 40],
    ['a lane lower down', { y: 100, height: 16 }, 1, 0, 108],
    ['squeezed: rows share the lane', { y: 0, height: 20 }, 2, 1, 15],
  ])('%s', (_, lane, used, r, y) => {
    expect(rowY(lane, used, r)).toBe(y);
  });
});
