import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import BoundaryDialog from '../../../src/lib/map/BoundaryDialog.svelte';
import { AppState, appContext } from '../../../src/lib/state/app-state.svelte';
import { createDataset } from '../../helpers';

// jsdom has no modal dialogs: open and close it as a plain element.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};

function setup() {
  const app = new AppState();
  app.load(createDataset());
  app.ready();
  const onapply = vi.fn();
  render(BoundaryDialog, {
    props: { hasCustom: false, onapply, onclose: vi.fn() },
    context: appContext(app),
  });
  return { app, onapply };
}

/** A file the browser cannot read (moved, deleted, or locked since it was chosen). */
function unreadable(name: string): File {
  const file = new File(['{}'], name, { type: 'application/json' });
  file.text = () =>
    Promise.reject(new DOMException('The file could not be read', 'NotReadableError'));
  return file;
}

describe('BoundaryDialog', () => {
  it('says so when the file cannot be read, and lets the user try again', async () => {
    const user = userEvent.setup();
    const { onapply } = setup();
    await user.upload(screen.getByLabelText('GeoJSON 或 TopoJSON 文件'), unreadable('gone.json'));
    await user.type(screen.getByLabelText('数据来源（显示在地图底部）'), '某省自然资源厅');
    const apply = screen.getByRole('button', { name: '使用此文件' });
    await user.click(apply);
    expect(await screen.findByRole('alert')).toHaveTextContent('gone.json');
    expect(apply).toBeEnabled();
    expect(onapply).not.toHaveBeenCalled();
  });
});
