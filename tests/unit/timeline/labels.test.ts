import { describe, expect, it } from 'vitest';
import { fitText, placeLabels, textWidth, type Box } from '../../../src/lib/timeline/labels';

describe('textWidth and fitText', () => {
  it.each([
    ['Han characters are one em', '科技', 12, 24],
    ['Latin is narrower', 'ab', 10, 11.6],
    ['full-width punctuation is one em', '（）', 12, 24],
    ['empty', '', 12, 0],
  ])('%s', (_, text, size, w) => {
    expect(textWidth(text, size)).toBeCloseTo(w);
  });

  it.each([
    ['fits whole', '科技改革', 100, '科技改革'],
    ['shortened with an ellipsis', '科技体制改革试点城市', 72, '科技体制改…'],
    ['too little room for four characters', '科技体制改革', 40, ''],
  ])('%s', (_, text, max, out) => {
    expect(fitText(text, max, 12)).toBe(out);
  });
});

describe('placeLabels', () => {
  const c = (id: string, x: number, y: number, text = '科技改革', priority = 0) => ({
    id,
    x,
    y,
    text,
    priority,
  });
  const overlaps = (a: Box, b: Box) =>
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

  it('places a label with room as it is', () => {
    expect(placeLabels([c('a', 10, 20)], [], 500)).toEqual([
      { id: 'a', x: 10, y: 20, w: 48, text: '科技改革' },
    ]);
  });

  it('shortens a label to stop before the next mark', () => {
    const [l] = placeLabels(
      [c('a', 10, 20, '科技体制改革试点城市')],
      [{ x: 90, y: 16, w: 8, h: 8 }],
      500,
    );
    expect(l!.text.endsWith('…')).toBe(true);
    expect(l!.x + l!.w).toBeLessThanOrEqual(86);
  });

  it('leaves a label out when a mark is right beside it', () => {
    expect(placeLabels([c('a', 10, 20)], [{ x: 20, y: 16, w: 8, h: 8 }], 500)).toEqual([]);
  });

  it('ignores obstacles in other rows', () => {
    expect(placeLabels([c('a', 10, 20)], [{ x: 20, y: 40, w: 8, h: 8 }], 500)).toHaveLength(1);
  });

  it('stops at the right edge', () => {
    expect(placeLabels([c('a', 480, 20, '科技体制改革试点城市')], [], 500)).toEqual([]);
  });

  it('the higher priority wins a contested spot', () => {
    const out = placeLabels(
      [c('low', 10, 20, '科技体制改革'), c('high', 30, 24, '科技体制改革', 2)],
      [],
      500,
    );
    expect(out.map((l) => l.id)).toContain('high');
    expect(out.map((l) => l.id)).not.toContain('low');
  });

  it('never overlaps two labels, however crowded', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      c(`e${i}`, (i * 37) % 900, 10 + ((i * 7) % 60), '一二三四五六七八九十'),
    );
    const out = placeLabels(many, [], 1000);
    expect(out.length).toBeGreaterThan(5);
    const boxes = out.map((l) => ({ x: l.x, y: l.y - 7, w: l.w, h: 14 }));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it('does not mutate its input', () => {
    const input = [c('b', 50, 20), c('a', 10, 20)];
    const copy = structuredClone(input);
    placeLabels(input, [], 500);
    expect(input).toEqual(copy);
  });
});
