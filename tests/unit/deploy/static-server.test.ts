import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentType, fileIn } from '../../static-server';

describe('contentType', () => {
  it.each([
    ['dist/index.html', 'text/html; charset=utf-8'],
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['data/events.csv', 'text/csv; charset=utf-8'],
    ['favicon.svg', 'image/svg+xml'],
    ['boundary.bin', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(contentType(file)).toBe(type));
});

describe('fileIn', () => {
  const top = mkdtempSync(join(tmpdir(), 'atlas-static-'));
  const root = join(top, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  mkdirSync(join(root, 'empty'));
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'app.js'), '');
  writeFileSync(join(top, 'secret.txt'), '');
  afterAll(() => rmSync(top, { recursive: true }));

  it.each([
    ['a file', '/assets/app.js', join(root, 'assets', 'app.js')],
    ['the root: its index.html', '/', join(root, 'index.html')],
    ['an empty path: the index.html', '', join(root, 'index.html')],
    ['a missing file', '/assets/none.js', null],
    ['a folder without index.html', '/empty/', null],
    ['a path out of the root', '/../secret.txt', null],
  ])('%s', (_, path, file) => expect(fileIn(root, path)).toBe(file));
});
