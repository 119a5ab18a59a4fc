import { describe, expect, it } from 'vitest';
import type { ReformEvent } from '../../../src/lib/data/types';
import { layoutLabelled } from '../../../src/lib/timeline/labelled';
import { prepare } from '../../../src/lib/timeline/layout';
import { createTimeScale } from '../../../src/lib/timeline/scales';
import { createEvent } from '../../helpers';

const measure = (s: string) => 12 * [...s].length;
const scale = createTimeScale([Date.UTC(2010, 0, 1), Date.UTC(2030, 0, 1)], [100, 1100]);

function run(events: ReformEvent[], over: Partial<Parameters<typeof layoutLabelled>[0]> = {}) {
  return layoutLabelled({
    data: prepare(events),
    scale,
    lanes: [
      { id: 'law', collapsed: false },
      { id: 'party', collapsed: false },
    ],
    top: 0,
    height: 200,
    clip: [100, 1100],
    active: new Set(events.map((e) => e.id)),
    titleOf: (e) => e.titleZh,
    measure,
    ...over,
  });
}

const sameYear = (n: number, type = 'party') =>
  Array.from({ length: n }, (_, i) =>
    createEvent({ id: `p${i}`, type, dateStart: '2018', dateEnd: '2019', dateApprox: true }),
  );

describe('layoutLabelled', () => {
  it('names every event when the lanes have room, each in a row of its own', () => {
    const out = run([...sameYear(5), createEvent({ id: 'l1', type: 'law', dateStart: '2015' })])!;
    expect(out.labels.map((l) => l.id).sort()).toEqual(['l1', 'p0', 'p1', 'p2', 'p3', 'p4']);
    expect(out.labels.every((l) => !l.cut)).toBe(true);
    expect(new Set(out.layout.marks.filter((m) => m.lane === 'party').map((m) => m.y)).size).toBe(
      5,
    );
    expect(out.layout.clusters).toEqual([]);
  });

  it('gives the crowded lane its five rows first, then shares what is left', () => {
    const out = run([...sameYear(5), createEvent({ id: 'l1', type: 'law', dateStart: '2015' })])!;
    expect(out.lanes.map((l) => [l.id, l.rows])).toEqual([
      ['law', 1 + 3],
      ['party', 5 + 3],
    ]);
  });

  it('clusters a cell where the rows run out', () => {
    const out = run(sameYear(5), { height: 32, lanes: [{ id: 'party', collapsed: false }] })!;
    expect(out.layout.clusters.map((c) => c.ids.length)).toEqual([5]);
    expect(out.labels).toEqual([]);
  });

  it('labels no dimmed (filtered-out) event', () => {
    const events = [...sameYear(2), createEvent({ id: 'l1', type: 'law', dateStart: '2015' })];
    const out = run(events, { active: new Set(['l1']) })!;
    expect(out.labels.map((l) => l.id)).toEqual(['l1']);
    expect(out.layout.marks.map((m) => m.id).sort()).toEqual(['l1', 'p0', 'p1']);
  });

  it('draws a folded lane as density cells', () => {
    const out = run(sameYear(3), {
      lanes: [
        { id: 'law', collapsed: false },
        { id: 'party', collapsed: true },
      ],
    })!;
    expect(out.layout.clusters.map((c) => [c.lane, c.ids.length])).toEqual([['party', 3]]);
    expect(out.lanes.find((l) => l.id === 'party')).toMatchObject({ height: 12, rows: 0 });
  });

  it('gives up (null) with more events in view than the limit', () => {
    expect(run(sameYear(5), { limit: 4 })).toBeNull();
  });
});
