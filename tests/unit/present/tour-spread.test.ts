/**
 * The shipped tours (data/tours.csv) in cumulative mode: the map must show the reform spreading,
 * so each tour reaches its places over several steps, not all at once.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDataset } from '../../../src/lib/data/dataset';
import type { RegionInfo } from '../../../src/lib/data/types';
import { reachedProvinces } from '../../../src/lib/state/selectors';

const read = (p: string) => readFileSync(join(__dirname, '../../..', p), 'utf8');
const data = buildDataset({
  events: read('data/events.csv'),
  taxonomy: read('data/taxonomy.csv'),
  levels: read('data/levels.csv'),
  eras: read('data/eras.csv'),
  groups: read('data/region-groups.csv'),
  families: read('data/families.csv'),
  tours: read('data/tours.csv'),
  regions: JSON.parse(read('data/geo/regions.json')) as RegionInfo[],
});
const byId = new Map(data.events.map((e) => [e.id, e]));

/** Provinces reached after each step. */
const counts = (steps: readonly { eventId: string }[]) =>
  steps.map(
    (_, i) =>
      reachedProvinces(
        steps.slice(0, i + 1).map((s) => byId.get(s.eventId)),
        data.index,
      ).length,
  );

describe('shipped tours in cumulative mode', () => {
  it('exist', () => {
    expect(data.tours.length).toBeGreaterThan(0);
  });

  it.each(data.tours.map((t) => [t.id, t] as const))('%s adds places over its steps', (_, tour) => {
    const c = counts(tour.steps);
    const adds = c.filter((n, i) => n > (i ? c[i - 1]! : 0)).length;
    expect(adds, `reached after each step: ${c.join(', ')}`).toBeGreaterThanOrEqual(2);
    // The first step that lights anything must not light everything the tour will reach.
    const first = c.find((n) => n > 0)!;
    expect(first, `reached after each step: ${c.join(', ')}`).toBeLessThan(c.at(-1)!);
  });
});
