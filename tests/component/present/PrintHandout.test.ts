import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { render } from '@testing-library/svelte';
import type { CustomBoundary } from '../../../src/lib/data/boundaries';
import PrintHandout from '../../../src/lib/present/PrintHandout.svelte';
import { AppState, appContext } from '../../../src/lib/state/app-state.svelte';
import { translate } from '../../../src/lib/i18n';
import { createDataset, createEvent } from '../../helpers';

const empty = { type: 'FeatureCollection' as const, features: [] };
const agency: CustomBoundary = {
  geo: { provinces: empty, dash: empty, lines: empty },
  attribution: '某省自然资源厅 审图号：某S（2024）001号',
  fileName: 'approved.geojson',
};

function setup() {
  const app = new AppState();
  app.load(createDataset([createEvent({ id: 'a', regions: ['510000'] })]));
  app.ready();
  const { container } = render(PrintHandout, { context: appContext(app) });
  const credit = () => container.querySelector('.attribution')?.textContent;
  const rows = () => container.querySelectorAll('tbody tr').length;
  dispatchEvent(new Event('beforeprint'));
  return { app, credit, rows };
}

describe('PrintHandout', () => {
  it('is drawn only while printing: nothing before beforeprint, nothing after afterprint', () => {
    const app = new AppState();
    app.load(createDataset([createEvent({ id: 'a', regions: ['510000'] })]));
    app.ready();
    const { container } = render(PrintHandout, { context: appContext(app) });
    const rows = () => container.querySelectorAll('tbody tr').length;
    expect(rows()).toBe(0);
    dispatchEvent(new Event('beforeprint'));
    expect(rows()).toBe(1);
    dispatchEvent(new Event('afterprint'));
    expect(rows()).toBe(0);
  });

  it('credits the built-in boundaries by default', () => {
    const { credit } = setup();
    expect(credit()).toBe(translate('zh', 'map.attribution'));
  });

  it('follows a boundary swap: the agency’s credit line, and back', () => {
    const { app, credit } = setup();
    app.useBoundary(agency);
    flushSync();
    expect(credit()).toBe(agency.attribution);
    app.useBoundary(null);
    flushSync();
    expect(credit()).toBe(translate('zh', 'map.attribution'));
  });
});
