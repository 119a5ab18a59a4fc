import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/lib/present/text-wrap';

// One unit per character: widths are predictable.
const len = (s: string) => [...s].length;

describe('wrapText', () => {
  it.each<[string, number, string[]]>([
    ['改革试点', 2, ['改革', '试点']],
    ['改革试点', 4, ['改革试点']],
    ['四川率先探索。北京跟进', 6, ['四川率先探索。', '北京跟进']],
    ['pilot reform in Sichuan', 12, ['pilot reform', 'in Sichuan']],
    ['Sichuan 四川 pilot', 10, ['Sichuan 四川', 'pilot']],
    ['  spaced   out  ', 20, ['spaced out']],
    ['', 5, []],
  ])('%j in width %s → %j', (text, width, out) => {
    expect(wrapText(text, width, len)).toEqual(out);
  });

  it('never starts a line with closing punctuation', () => {
    const lines = wrapText('一二三，四五六', 3, len);
    expect(lines.every((l) => !/^[，。]/.test(l))).toBe(true);
    expect(lines[0]).toBe('一二三，');
  });

  it('ends a cut-off last line with an ellipsis that fits', () => {
    const lines = wrapText('一二三四五六七八九十', 4, len, 2);
    expect(lines).toEqual(['一二三四', '五六七…']);
    expect(lines.every((l) => len(l) <= 4)).toBe(true);
  });
});
