#!/usr/bin/env node
// Makes sure Debian's Chromium and a CJK font are present for the browser tests (or, with --bench,
// for the benchmark). The tests drive Debian's headless shell (`chromium-headless-shell`, the
// browser Playwright itself runs headless), the benchmark the full `chromium` that users run.
// Installs what is missing with apt-get when running as root; otherwise stops with the command to
// run. No browser is ever downloaded by npm.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const bench = process.argv.includes('--bench');
const browser = bench
  ? { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium' }
  : {
      path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell',
      pkg: 'chromium-headless-shell',
    };
const hasFont = () => {
  try {
    return execSync('fc-list :lang=zh family', { encoding: 'utf8' }).includes('Noto Sans CJK');
  } catch {
    return false;
  }
};

const missing = [];
if (!existsSync(browser.path)) missing.push(browser.pkg);
if (!hasFont()) missing.push('fonts-noto-cjk');
if (missing.length === 0) process.exit(0);

const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
if (typeof process.getuid === 'function' && process.getuid() === 0) {
  console.log(`[ensure-browser] installing ${missing.join(', ')} with apt-get…`);
  execSync(command, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
} else {
  console.error(
    `[ensure-browser] The ${bench ? 'benchmark needs' : 'browser tests need'} Debian's ${missing.join(' and ')}.\n` +
      `Run this once, then npm ${bench ? 'run bench' : 'test'} again:\n\n  sudo sh -c '${command}'\n`,
  );
  process.exit(1);
}
