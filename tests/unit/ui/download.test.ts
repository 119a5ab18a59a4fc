import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/lib/ui/download';

describe('exportFileName', () => {
  const day = new Date(Date.UTC(2026, 10, 3, 12));
  it.each<[string | null, 'csv' | 'png', string]>([
    ['events', 'csv', 'reform-atlas-events-2026-11-03.csv'],
    ['diffusion-matrix', 'csv', 'reform-atlas-diffusion-matrix-2026-11-03.csv'],
    ['sichuan-ownership-reform', 'png', 'reform-atlas-sichuan-ownership-reform-2026-11-03.png'],
    [null, 'png', 'reform-atlas-view-2026-11-03.png'],
    ['a/b c', 'png', 'reform-atlas-a-b-c-2026-11-03.png'],
    ['x'.repeat(80), 'png', `reform-atlas-${'x'.repeat(60)}-2026-11-03.png`],
  ])('%j as %s → %s', (what, ext, name) => {
    expect(exportFileName(what, day, ext)).toBe(name);
  });

  it('names the day in UTC', () => {
    const lateInBeijing = new Date(Date.UTC(2026, 10, 3, 23, 30));
    expect(exportFileName('events', lateInBeijing, 'csv')).toBe(
      'reform-atlas-events-2026-11-03.csv',
    );
  });
});
