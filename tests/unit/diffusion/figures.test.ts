import { describe, expect, it } from 'vitest';
import { adoptions } from '../../../src/lib/diffusion/adoption';
import { familyFigures, median, statusAt } from '../../../src/lib/diffusion/figures';
import { createEvent, createIndex } from '../../helpers';

const index = createIndex();
const member = (id: string, regions: string[], dateStart: string, over = {}) =>
  createEvent({ id, regions, dateStart, family: ['fam'], ...over });
const anchor = createEvent({ id: 'law', level: 'national', dateStart: '2015-08-29' });

describe('median', () => {
  it.each<[number[], number]>([
    [[1, 3, 2], 2],
    [[1, 2, 3, 4], 2.5],
    [[5], 5],
  ])('median(%j) → %s', (xs, out) => expect(median(xs)).toBe(out));
  it('is NaN for nothing', () => expect(median([])).toBeNaN());
});

describe('familyFigures', () => {
  const adopted = adoptions(
    [
      member('js', ['320000'], '2016-03'),
      member('sd', ['370000'], '2016-09'),
      member('sc', ['510000'], '2018'),
      member('jl', ['220000'], '2021', { dateApprox: true }),
    ],
    'province',
    index,
  );
  const f = familyFigures(adopted.values(), 31, anchor);

  it('counts the adopters against the places in scope', () => {
    expect(f.adopted).toBe(4);
    expect(f.total).toBe(31);
  });

  it('names every first mover of the earliest year (a tie)', () => {
    expect(f.first.map((r) => r.place)).toEqual(['320000', '370000']);
    expect(f.first[0]).toMatchObject({ year: 2016, lag: 1, eventId: 'js' });
  });

  it('gives the median and range of the lag from the anchor', () => {
    expect(f.lag).toEqual({ median: 2, min: 1, max: 6 });
  });

  it('keeps an approximate date marked in the rankings', () => {
    expect(f.fastest[3]).toMatchObject({ place: '220000', approx: true, lag: 6 });
  });

  it('has no lag for a family without an anchor, but still ranks by date', () => {
    const g = familyFigures(adopted.values(), 31, null);
    expect(g.lag).toBeNull();
    expect(g.fastest.map((r) => r.place)).toEqual(['320000', '370000', '510000', '220000']);
    expect(g.fastest.every((r) => r.lag === null)).toBe(true);
  });

  it('never lists a place both as fast and slow', () => {
    expect(f.fastest).toHaveLength(4);
    expect(f.slowest).toHaveLength(0);
  });

  it('takes five fastest and five slowest (latest first) from a long list', () => {
    const many = adoptions(
      ['110000', '120000', '130000', '220000', '320000', '370000', '510000'].map((p, i) =>
        member(`m${i}`, [p], String(2010 + i)),
      ),
      'province',
      index,
    );
    const g = familyFigures(many.values(), 31, anchor);
    expect(g.fastest.map((r) => r.year)).toEqual([2010, 2011, 2012, 2013, 2014]);
    expect(g.slowest.map((r) => r.year)).toEqual([2016, 2015]);
  });

  it('is empty for a family nobody adopted', () => {
    const g = familyFigures([], 31, anchor);
    expect(g).toMatchObject({ adopted: 0, first: [], lag: null, fastest: [], slowest: [] });
  });
});

describe('statusAt', () => {
  const adopted = adoptions(
    [
      member('js', ['320000'], '2015'),
      member('sd', ['370000'], '2016'),
      member('sc', ['510000'], '2018'),
    ],
    'province',
    index,
  );
  const places = ['320000', '370000', '510000', '220000'];
  const at = (year: number, complete: boolean) =>
    Object.fromEntries(
      [...statusAt(places, adopted, year, complete)].map(([k, v]) => [k, v.status]),
    );

  it('tells adopted, new this year, not yet and no record apart (partial family)', () => {
    expect(at(2016, false)).toEqual({
      '320000': 'adopted',
      '370000': 'new',
      '510000': 'later',
      '220000': 'none',
    });
  });

  it('says "did not adopt" only for a complete family', () => {
    expect(at(2016, true)['220000']).toBe('not-adopted');
  });

  it('carries the adoption of each adopting place', () => {
    expect(statusAt(places, adopted, 2016, false).get('510000')?.adoption?.eventId).toBe('sc');
  });
});
