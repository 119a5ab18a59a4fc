import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import RegionPicker from '../../src/lib/ui/RegionPicker.svelte';

const options = [
  { id: 'jjj', label: '京津冀', hint: '区域', search: 'Beijing–Tianjin–Hebei' },
  { id: '110000', label: '北京市', hint: '省级', search: '北京 Beijing' },
  { id: '510000', label: '四川省', hint: '省级', search: '四川 Sichuan' },
  { id: '370000', label: '山东省', hint: '省级', search: '山东 Shandong' },
];

function setup(selected: string[] = []) {
  const onpick = vi.fn();
  render(RegionPicker, {
    props: {
      options,
      selected,
      label: '选择地区',
      placeholder: '搜索…',
      empty: '没有匹配',
      onpick,
    },
  });
  const input = screen.getByRole('combobox', { name: '选择地区' });
  return { onpick, input, user: userEvent.setup() };
}

const visible = () =>
  screen.queryAllByRole('option').map((o) => o.textContent?.replace(/\s+/g, ' ').trim());

describe('RegionPicker', () => {
  it('is a collapsed combobox controlling a listbox', () => {
    const { input } = setup();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    const list = document.getElementById(input.getAttribute('aria-controls')!);
    expect(list).toHaveAttribute('role', 'listbox');
    expect(list).not.toBeVisible();
  });

  it.each([
    ['四川', ['四川省 省级']],
    ['sich', ['四川省 省级']],
    ['省级', ['北京市 省级', '四川省 省级', '山东省 省级']],
    ['beijing', ['京津冀 区域', '北京市 省级']],
    ['510000', ['四川省 省级']],
  ])('typing %s filters to %j', async (q, expected) => {
    const { input, user } = setup();
    await user.type(input, q);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(visible()).toEqual(expected);
  });

  it('says so when nothing matches', async () => {
    const { input, user } = setup();
    await user.type(input, '火星');
    expect(visible()).toEqual([]);
    expect(screen.getByText('没有匹配')).toBeVisible();
  });

  it('↓/↑ move the active option (wrapping) and Enter picks it', async () => {
    const { input, user, onpick } = setup();
    await user.click(input);
    const active = () => document.getElementById(input.getAttribute('aria-activedescendant')!);
    expect(active()).toHaveTextContent('京津冀');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(active()).toHaveTextContent('四川省');
    await user.keyboard('{ArrowUp}{ArrowUp}{ArrowUp}');
    expect(active()).toHaveTextContent('山东省');
    await user.keyboard('{Enter}');
    expect(onpick).toHaveBeenCalledWith('370000');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('');
  });

  it('Enter on a filtered list picks its first match', async () => {
    const { input, user, onpick } = setup();
    await user.type(input, '山东{Enter}');
    expect(onpick).toHaveBeenCalledExactlyOnceWith('370000');
  });

  it('Esc closes the list, a second Esc clears the text', async () => {
    const { input, user, onpick } = setup();
    await user.type(input, '四川');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('四川');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('');
    await user.keyboard('{Enter}');
    expect(onpick).not.toHaveBeenCalled();
  });

  it('a click on an option picks it', async () => {
    const { input, user, onpick } = setup();
    await user.click(input);
    await user.pointer({
      keys: '[MouseLeft>]',
      target: screen.getByRole('option', { name: /北京市/ }),
    });
    expect(onpick).toHaveBeenCalledWith('110000');
  });

  it('marks the selected options', async () => {
    const { input, user } = setup(['510000', 'jjj']);
    await user.click(input);
    const selected = screen
      .getAllByRole('option', { selected: true })
      .map((o) => o.textContent?.replace(/\s+/g, ' ').trim());
    expect(selected).toEqual(['✓ 京津冀 区域', '✓ 四川省 省级']);
  });
});
