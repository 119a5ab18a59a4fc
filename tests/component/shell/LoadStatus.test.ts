import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { render, screen } from '@testing-library/svelte';
import LoadStatus from '../../../src/lib/shell/LoadStatus.svelte';
import { AppState } from '../../../src/lib/state/app-state.svelte';
import WithAppState from '../detail/WithAppState.svelte';

describe('LoadStatus: until the data is in', () => {
  it('says it is loading, then why the data could not load', () => {
    const app = new AppState();
    render(WithAppState, { props: { app, component: LoadStatus } });
    expect(screen.getByRole('status').textContent).toMatch(/加载|Loading/);
    expect(screen.queryByRole('alert')).toBeNull();
    app.fail('HTTP 404 data/events.csv');
    flushSync();
    expect(screen.getByRole('alert').textContent).toContain('HTTP 404 data/events.csv');
    expect(screen.queryByRole('status')).toBeNull();
  });
});
