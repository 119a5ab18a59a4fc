/**
 * The China map without WebGL (old meeting-room PCs, remote desktops): Chromium launched with WebGL
 * and 3D APIs disabled must get the SVG map, passing the same flows as the WebGL one.
 */
import { chromiumArgs } from '../../playwright.config';
import { test } from './fixtures';
import { defineMapTests } from './map-flows';

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...chromiumArgs, '--disable-webgl', '--disable-3d-apis'],
  },
});

defineMapTests({ name: 'SVG map', kind: 'svg' });
