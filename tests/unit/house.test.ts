/**
 * House rules that hold for the whole of src/ (STYLE.md): components stay thin. A component over
 * 150 lines (script, markup and style together) is doing more than one job: split it by role.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 150;

function components(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? components(join(dir, d.name))
      : d.name.endsWith('.svelte')
        ? [join(dir, d.name)]
        : [],
  );
}

const lines = (file: string) => readFileSync(file, 'utf8').trimEnd().split('\n').length;

describe('components', () => {
  const all = components('src');

  it('are found (the rule checks something)', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all).toContain(join('src', 'App.svelte'));
  });

  it(`are at most ${MAX_LINES} lines each`, () => {
    const over = all.filter((f) => lines(f) > MAX_LINES).map((f) => `${f}: ${lines(f)} lines`);
    expect(over).toEqual([]);
  });
});
