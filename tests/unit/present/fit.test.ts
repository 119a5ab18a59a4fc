import { describe, expect, it } from 'vitest';
import { MIN_FIT, cutPoints, fitHead, fitScale, shorten } from '../../../src/lib/present/fit';

describe('fitScale', () => {
  it.each<[string, number, number]>([
    ['fits at full size: stays at 1', 1.2, 1],
    ['fits below a limit: just under it', 0.9, 0.9],
    ['fits only at the floor: the floor', MIN_FIT, MIN_FIT],
    ['fits nowhere: the floor all the same', 0.5, MIN_FIT],
  ])('%s', (_, limit, want) => {
    const s = fitScale((scale) => scale <= limit, MIN_FIT);
    expect(s).toBeLessThanOrEqual(Math.max(want, MIN_FIT) + 1e-9);
    expect(s).toBeGreaterThan(want - 0.011);
  });

  it('asks only a handful of times', () => {
    let calls = 0;
    fitScale((s) => (calls++, s <= 0.9), MIN_FIT);
    expect(calls).toBeLessThanOrEqual(8);
  });

  it('puts the body at 24 px or more at 1080p (29.16 px there at full size)', () => {
    expect(29.16 * MIN_FIT).toBeGreaterThanOrEqual(24 - 1e-9);
  });
});

describe('cutPoints', () => {
  it.each<[string, string, number[]]>([
    ['Chinese: after clause punctuation only', '改革试点，推广全国。再议', [5, 10]],
    ['English: before each space, after a comma', 'one two, three', [3, 8]],
    ['mixed', '改革试点，推广全国。Then more', [5, 10, 14]],
    ['nothing to cut', '改革试点', []],
    ['no cut at the very end', '改革。', []],
  ])('%s', (_, text, want) => {
    expect(cutPoints(text)).toEqual(want);
  });
});

describe('shorten', () => {
  it.each<[string, string, number, string]>([
    ['drops the trailing comma', '改革试点，推广全国。', 5, '改革试点…'],
    ['keeps a full stop', '改革试点。推广全国。', 5, '改革试点。…'],
    ['drops a trailing space', 'one two three', 3, 'one…'],
  ])('%s', (_, text, at, want) => {
    expect(shorten(text, at)).toBe(want);
  });
});

describe('fitHead', () => {
  const within = (n: number) => (s: string) => s.length <= n;
  it.each<[string, string, number, string]>([
    ['the whole text when it fits', 'one two three', 20, 'one two three'],
    ['the longest head cut between words', 'one two three', 8, 'one two…'],
    ['never inside a word', 'one two three', 6, 'one…'],
    ['Chinese: cut after a clause', '改革试点，推广全国，逐步深化。', 11, '改革试点，推广全国…'],
    ['nothing when not even a word fits', 'onetwothree four', 4, ''],
  ])('%s', (_, text, n, want) => {
    expect(fitHead(text, within(n))).toBe(want);
  });

  it('never ends inside a word of the text', () => {
    const text = 'Guangdong launched provincial laboratories in three batches';
    const words = new Set(text.split(' '));
    for (let n = 5; n < text.length; n += 3) {
      const head = fitHead(text, within(n));
      if (!head) continue;
      const last = head.replace(/…$/, '').split(' ').pop()!;
      expect(words.has(last), head).toBe(true);
    }
  });
});
