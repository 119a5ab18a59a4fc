import { describe, expect, it } from 'vitest';
import { balanceLines, wrapText } from '../../../src/lib/present/text-wrap';

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

describe('balanceLines', () => {
  it.each<[string, number, string[]]>([
    ['改革试点推广', 5, ['改革试', '点推广']],
    ['一二三四五六七', 6, ['一二三四', '五六七']],
    ['改革试点', 4, ['改革试点']],
    ['pilot reform in Sichuan', 20, ['pilot reform', 'in Sichuan']],
    ['ab cd ef gh ij k', 11, ['ab cd ef', 'gh ij k']],
    [
      '一二三四一二三四一二三四一二三四五',
      4,
      ['一二三四', '一二三四', '一二三四', '一二三', '四五'],
    ],
  ])('%j in width %s → %j', (text, width, out) => {
    expect(balanceLines(text, width, len)).toEqual(out);
  });

  it('never leaves one character alone on the last line when more can join it', () => {
    for (const text of ['中共中央关于科学技术体制改革的决定', '8个区域系统推进全面创新改革试验']) {
      for (let w = 4; w < 17; w++) {
        const lines = balanceLines(text, w, len);
        expect(lines.length).toBe(wrapText(text, w, len).length);
        if (lines.length > 1) expect(len(lines.at(-1)!), `${text} @${w}`).toBeGreaterThan(1);
      }
    }
  });
});
