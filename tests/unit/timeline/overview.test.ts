import { describe, expect, it } from 'vitest';
import {
  brushMode,
  densityBins,
  densityPath,
  dragWindow,
  keyWindow,
  shiftWindow,
  snapWindow,
  type BrushMode,
} from '../../../src/lib/timeline/overview';

const Y = (y: number, m = 0, d = 1) => Date.UTC(y, m, d);
const domain: [number, number] = [Y(1985), Y(2027)];

describe('densityPath', () => {
  it.each([
    ['no bins: nothing', [], ''],
    ['empty bins: nothing', [0, 0], ''],
    ['the fullest bar at 80% of the strip, plus 2 px', [4], 'M10,54v-42h5v42z'],
    ['bars by the square root of their count', [4, 1], 'M10,54v-42h5v42zM15,54v-22h5v22z'],
    ['an empty bin leaves a gap', [4, 0, 1], 'M10,54v-42h5v42zM20,54v-22h5v22z'],
    ['a lone event is the fullest bar', [1], 'M10,54v-42h5v42z'],
  ])('%s', (_, bins, path) => {
    expect(densityPath(bins, 10, 5, 54)).toBe(path);
  });
});

describe('densityBins', () => {
  it.each([
    ['empty', [], [0, 0, 0, 0]],
    [
      'counts by the middle of each interval',
      [
        { t0: 0, t1: 10 },
        { t0: 20, t1: 30 },
        { t0: 0, t1: 100 },
      ],
      [1, 1, 1, 0],
    ],
    ['the first instant goes in the first bin', [{ t0: 0, t1: 0 }], [1, 0, 0, 0]],
    ['the last instant before the end goes in the last bin', [{ t0: 99, t1: 99 }], [0, 0, 0, 1]],
    [
      'outside the domain is left out',
      [
        { t0: -20, t1: -10 },
        { t0: 100, t1: 110 },
      ],
      [0, 0, 0, 0],
    ],
  ])('%s', (_, events, expected) => {
    expect(densityBins(events, [0, 100], 4)).toEqual(expected);
  });

  it('sums to the events inside, at 10,000 events', () => {
    const events = Array.from({ length: 10_000 }, (_, i) => ({
      t0: Y(1985 + (i % 40)),
      t1: Y(1986 + (i % 40)),
    }));
    expect(densityBins(events, domain, 300).reduce((a, b) => a + b, 0)).toBe(10_000);
  });
});

describe('snapWindow', () => {
  it.each([
    ['whole months around a drag', Y(2015, 1, 3), Y(2015, 3, 20), [Y(2015, 1), Y(2015, 4)]],
    ['ends in either order', Y(2015, 3, 20), Y(2015, 1, 3), [Y(2015, 1), Y(2015, 4)]],
    ['a click is at least one month', Y(2015, 5, 10), Y(2015, 5, 10), [Y(2015, 5), Y(2015, 6)]],
    ['exactly on month starts', Y(2015, 0), Y(2016, 0), [Y(2015, 0), Y(2016, 0)]],
    ['clamped at the start of the domain', Y(1970), Y(1986, 2, 5), [Y(1985), Y(1986, 3)]],
    ['clamped at the end of the domain', Y(2020, 4, 5), Y(2040), [Y(2020, 4), Y(2027)]],
    ['a click at the very end keeps one month', Y(2030), Y(2030), [Y(2026, 11), Y(2027)]],
  ])('%s', (_, a, b, expected) => {
    expect(snapWindow(a, b, domain)).toEqual(expected);
  });
});

describe('shiftWindow', () => {
  it.each([
    ['moves by whole months', [Y(2000), Y(2002)], Y(2000, 3) - Y(2000), [Y(2000, 3), Y(2002, 3)]],
    ['stops at the start', [Y(1986), Y(1990)], -Y(2000), [Y(1985), Y(1989)]],
    ['stops at the end', [Y(2020), Y(2024)], Y(2040), [Y(2023), Y(2027)]],
  ])('%s', (_, w, dt, expected) => {
    expect(shiftWindow(w as [number, number], dt, domain)).toEqual(expected);
  });
});

describe('keyWindow (the brush by keyboard)', () => {
  const w: [number, number] = [Y(2015), Y(2018)];
  const view: [number, number] = [Y(2001, 3, 12), Y(2004, 9, 2)];
  it.each<
    [string, string, { shift?: boolean; resize?: boolean }, [number, number] | null, unknown]
  >([
    ['→ moves a year later', 'ArrowRight', {}, w, [Y(2016), Y(2019)]],
    ['← moves a year earlier', 'ArrowLeft', {}, w, [Y(2014), Y(2017)]],
    ['Shift+→ moves a month', 'ArrowRight', { shift: true }, w, [Y(2015, 1), Y(2018, 1)]],
    ['Ctrl+→ makes it a year longer', 'ArrowRight', { resize: true }, w, [Y(2015), Y(2019)]],
    ['Ctrl+← makes it a year shorter', 'ArrowLeft', { resize: true }, w, [Y(2015), Y(2017)]],
    [
      'Ctrl+Shift+← takes a month off',
      'ArrowLeft',
      { resize: true, shift: true },
      w,
      [Y(2015), Y(2017, 11)],
    ],
    [
      'never shorter than a month',
      'ArrowLeft',
      { resize: true },
      [Y(2015), Y(2015, 3)],
      [Y(2015), Y(2015, 1)],
    ],
    [
      'never longer than the domain',
      'ArrowRight',
      { resize: true },
      [Y(2015), Y(2026, 6)],
      [Y(2015), Y(2027)],
    ],
    ['stops at the first year', 'ArrowLeft', {}, [Y(1985, 6), Y(1990)], [Y(1985), Y(1989, 6)]],
    ['stops at the last year', 'ArrowRight', {}, [Y(2024), Y(2026, 6)], [Y(2024, 6), Y(2027)]],
    ['Home goes to the start', 'Home', {}, w, [Y(1985), Y(1988)]],
    ['End goes to the end', 'End', {}, w, [Y(2024), Y(2027)]],
    ['Delete clears', 'Delete', {}, w, null],
    ['Backspace clears', 'Backspace', {}, w, null],
    [
      'Enter without a window takes the zoomed view, in whole months',
      'Enter',
      {},
      null,
      [Y(2001, 3), Y(2004, 10)],
    ],
    ['Enter with a window does nothing', 'Enter', {}, w, undefined],
    ['arrows without a window do nothing', 'ArrowRight', {}, null, undefined],
    ['Delete without a window does nothing', 'Delete', {}, null, undefined],
    ['other keys do nothing', 'a', {}, w, undefined],
  ])('%s', (_, key, mods, from, expected) => {
    expect(keyWindow(key, mods, from, domain, view)).toEqual(expected);
  });
});

describe('brushMode (what a press on the strip grabs)', () => {
  it.each<[string, number, [number, number] | null, string]>([
    ['no window: a new one', 150, null, 'new'],
    ['near the left edge: resize it', 104, [100, 200], 'w'],
    ['near the right edge: resize it', 195, [100, 200], 'e'],
    ['inside: move it', 150, [100, 200], 'move'],
    ['outside: a new one', 260, [100, 200], 'new'],
    ['a narrow window favours its left edge', 101, [100, 104], 'w'],
  ])('%s', (_, x, edges, mode) => {
    expect(brushMode(x, edges)).toBe(mode);
  });
});

describe('dragWindow', () => {
  const w: [number, number] = [Y(2010), Y(2015)];
  it.each<[string, BrushMode, number, number, [number, number] | null, [number, number]]>([
    ['new, dragged right', 'new', Y(2001, 2, 5), Y(2003, 6, 20), null, [Y(2001, 2), Y(2003, 7)]],
    ['new, dragged left', 'new', Y(2003, 6, 20), Y(2001, 2, 5), w, [Y(2001, 2), Y(2003, 7)]],
    ['left edge', 'w', Y(2010), Y(2008, 3, 9), w, [Y(2008, 3), Y(2015)]],
    ['right edge past the left one: swaps', 'e', Y(2015), Y(2005, 0, 9), w, [Y(2005), Y(2010)]],
    ['move by two years', 'move', Y(2012), Y(2014), w, [Y(2012), Y(2017)]],
    ['move stops at the domain end', 'move', Y(2012), Y(2040), w, [Y(2022), Y(2027)]],
  ])('%s', (_, mode, from, t, win, expected) => {
    expect(dragWindow(mode, from, t, win, domain)).toEqual(expected);
  });
});
