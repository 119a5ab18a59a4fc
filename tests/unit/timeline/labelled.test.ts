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

  it('names what the rows hold and counts the rest in a pill just before them', () => {
    const out = run(sameYear(5), { height: 32, lanes: [{ id: 'party', collapsed: false }] })!;
    expect(out.labels.map((l) => l.id)).toEqual(['p0', 'p1']);
    expect(out.layout.clusters.map((c) => c.ids)).toEqual([['p2', 'p3', 'p4']]);
    const bar = out.layout.marks.find((m) => m.id === 'p0')!;
    expect(out.layout.clusters[0]!.x + out.layout.clusters[0]!.w).toBeLessThanOrEqual(bar.x);
  });

  it('loses no event in a crowded lane: each is a mark or in a cluster', () => {
    const events = [
      ...sameYear(3),
      createEvent({ id: 'q', type: 'party', dateStart: '2017-12', dateApprox: true }),
    ];
    const out = run(events, { height: 16, lanes: [{ id: 'party', collapsed: false }] })!;
    expect(out.layout.clusters.map((c) => c.ids.length).reduce((s, n) => s + n, 0)).toBe(
      4 - out.layout.marks.length,
    );
    expect(out.layout.clusters.length).toBeGreaterThan(0);
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

  it('gives up (null) with more filtered-in events in view than the limit', () => {
    expect(run(sameYear(5), { limit: 4 })).toBeNull();
  });

  it('counts only filtered-in events against the limit: many dimmed ones still leave names', () => {
    const events = [...sameYear(5), createEvent({ id: 'l1', type: 'law', dateStart: '2015' })];
    const out = run(events, { active: new Set(['l1']), limit: 4 });
    expect(out?.labels.map((l) => l.id)).toEqual(['l1']);
    expect(out?.layout.marks).toHaveLength(6);
  });

  it('gives up (null) with more events of any kind in view than the total limit', () => {
    expect(run(sameYear(5), { active: new Set(), limit: 4, totalLimit: 4 })).toBeNull();
  });
});
