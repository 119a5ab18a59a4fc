import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import ChartPanel from '../../../src/lib/explore/ChartPanel.svelte';
import { AppState, appContext } from '../../../src/lib/state/app-state.svelte';
import { createDataset, createEvent } from '../../helpers';

function setup(count: number) {
  const events = Array.from({ length: count }, (_, i) =>
    createEvent({ id: `e${i}`, dateStart: String(1990 + (i % 30)), type: 'pilot' }),
  );
  const app = new AppState();
  app.load(createDataset(events));
  app.ready();
  render(ChartPanel, { context: appContext(app) });
  return app;
}

describe('ChartPanel', () => {
  it('draws the chart for 150,000 events (an import under the size limit)', () => {
    setup(150_000);
    expect(screen.getByRole('group', { name: '各年改革事件数（按类型）' })).toBeInTheDocument();
  }, 30_000);
});
