import { describe, expect, it } from 'vitest';
import { YEAR_RAMP, hex, legendYears, textOn, yearColour } from '../../../src/lib/diffusion/colour';

describe('yearColour', () => {
  it.each([
    [2008, YEAR_RAMP[0]],
    [2020, YEAR_RAMP[YEAR_RAMP.length - 1]],
    [1990, YEAR_RAMP[0]],
    [2030, YEAR_RAMP[YEAR_RAMP.length - 1]],
  ])('yearColour(%s, [2008, 2020]) → %s', (year, out) => {
    expect(yearColour(year, [2008, 2020])).toBe(out);
  });

  it('gives a one-year family the deepest colour', () => {
    expect(yearColour(2016, [2016, 2016])).toBe(YEAR_RAMP[0]);
  });

  it.each([
    // Asked again, and after another domain: the remembered colours are the same ones.
    [2014, [2008, 2020]],
    [2014, [2010, 2014]],
    [2014, [2008, 2020]],
    [1990, [2008, 2020]],
    [2030, [2008, 2020]],
    [2016.5, [2016, 2017]],
  ] as const)('yearColour(%s, %j) is the same when asked again', (year, domain) => {
    const first = yearColour(year, domain);
    expect(yearColour(year, [domain[0], domain[1]])).toBe(first);
    expect(first).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('keeps domains apart', () => {
    expect(yearColour(2014, [2008, 2020])).not.toBe(yearColour(2014, [2014, 2020]));
    expect(yearColour(2014, [2014, 2020])).toBe(YEAR_RAMP[0]);
  });

  it('gives every year of a family its own colour', () => {
    const colours = new Set([2016, 2017, 2018, 2019, 2020].map((y) => yearColour(y, [2016, 2020])));
    expect(colours.size).toBe(5);
  });
});

describe('hex', () => {
  it.each([
    ['rgb(12, 44, 132)', '#0c2c84'],
    ['#abcdef', '#abcdef'],
  ])('hex(%s) → %s', (c, out) => expect(hex(c)).toBe(out));
});

describe('textOn', () => {
  it.each([
    [YEAR_RAMP[0]!, '#ffffff'],
    [YEAR_RAMP[1]!, '#ffffff'],
    [YEAR_RAMP[2]!, '#000000'],
    [YEAR_RAMP[5]!, '#22262c'],
    ['#ffffff', '#22262c'],
  ])('textOn(%s) → %s', (fill, out) => expect(textOn(fill)).toBe(out));

  it('reads at 4.5:1 or more (WCAG AA) on every year colour, between the ramp steps too', () => {
    const lum = (c: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => {
        const v = parseInt(c.slice(i, i + 2), 16) / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const worst = Math.min(
      ...Array.from({ length: 101 }, (_, i) => {
        const fill = yearColour(2000 + i / 10, [2000, 2010]);
        return contrast(fill, textOn(fill));
      }),
    );
    expect(worst).toBeGreaterThanOrEqual(4.5);
  });
});

describe('legendYears', () => {
  it.each<[[number, number], number, number[]]>([
    [[2008, 2020], 4, [2008, 2012, 2016, 2020]],
    [[2016, 2017], 6, [2016, 2017]],
    [[2016, 2016], 6, [2016]],
    [[1985, 2024], 6, [1985, 1993, 2001, 2009, 2017, 2024]],
  ])('legendYears(%j, %s) → %j', (domain, max, out) => {
    expect(legendYears(domain, max)).toEqual(out);
  });
});
