import { describe, expect, it } from 'vitest';
import type { CustomBoundary } from '../../../src/lib/data/boundaries';
import { exportContent } from '../../../src/lib/present/actions';
import { presentView } from '../../../src/lib/present/view';
import { AppState } from '../../../src/lib/state/app-state.svelte';
import { translate } from '../../../src/lib/i18n';
import { createDataset, createEvent } from '../../helpers';

const empty = { type: 'FeatureCollection' as const, features: [] };
const agency: CustomBoundary = {
  geo: { provinces: empty, dash: empty, lines: empty },
  attribution: '某省自然资源厅 审图号：某S（2024）001号',
  fileName: 'approved.geojson',
};

function createApp() {
  const app = new AppState();
  app.load(createDataset([createEvent({ id: 'a', regions: ['510000'] })]));
  app.ready();
  return app;
}

describe('exportContent', () => {
  it('credits the built-in boundaries by default', () => {
    const app = createApp();
    const c = exportContent(app, presentView(app), new Date(Date.UTC(2026, 0, 2)));
    expect(c.attribution).toBe(translate('zh', 'map.attribution'));
  });

  it('credits only the agency when its approved boundary file is in use', () => {
    const app = createApp();
    app.useBoundary(agency);
    const c = exportContent(app, presentView(app), new Date(Date.UTC(2026, 0, 2)));
    expect(c.attribution).toBe(agency.attribution);
  });
});
