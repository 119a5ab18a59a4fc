import { describe, expect, it } from 'vitest';
import { SOFTWARE_GL, chooseMap } from '../../../src/lib/map/renderer-choice';

describe('chooseMap', () => {
  it.each([
    ['a graphics card draws maplibre', 'gpu', null, 'webgl', 'gpu'],
    ['WebGL on the CPU gets the SVG map', 'software', null, 'svg', 'software'],
    ['no WebGL gets the SVG map', 'none', null, 'svg', 'none'],
    ['a chosen WebGL map is drawn even in software', 'software', 'webgl', 'webgl', 'chosen'],
    ['a chosen WebGL map cannot be drawn without WebGL', 'none', 'webgl', 'svg', 'none'],
    ['a chosen SVG map wins over a graphics card', 'gpu', 'svg', 'svg', 'chosen'],
    ['a chosen WebGL map on a graphics card is just the usual one', 'gpu', 'webgl', 'webgl', 'gpu'],
    ['an unknown stored value is ignored', 'software', 'canvas', 'svg', 'software'],
  ] as const)('%s', (_, support, chosen, kind, reason) => {
    expect(chooseMap(() => support, chosen)).toEqual({ kind, reason });
  });
});

describe('SOFTWARE_GL', () => {
  it.each([
    [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      true,
    ],
    ['llvmpipe (LLVM 15.0.6, 256 bits)', true],
    ['ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)', true],
    ['ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)', false],
    ['ANGLE (NVIDIA, NVIDIA GeForce GTX 1650 Direct3D11 vs_5_0 ps_5_0, D3D11)', false],
    ['Mali-G78', false],
  ])('%s → %s', (name, software) => {
    expect(SOFTWARE_GL.test(name)).toBe(software);
  });
});
