import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AdoptionMatrix from '../../../src/lib/diffusion/AdoptionMatrix.svelte';
import FamilyNotice from '../../../src/lib/diffusion/FamilyNotice.svelte';
import FamilyPicker from '../../../src/lib/diffusion/FamilyPicker.svelte';
import type { Adoption } from '../../../src/lib/diffusion/adoption';
import type { MatrixCell, MatrixRow } from '../../../src/lib/diffusion/matrix';

const adoption = (eventId: string, province: string, year: number): Adoption => ({
  eventId,
  place: province,
  province,
  year,
  approx: false,
  dateStart: `${year}`,
  t0: Date.UTC(year, 0, 1),
});
const cell = (family: string, a?: Adoption): MatrixCell =>
  a ? { family, status: 'adopted', adoption: a } : { family, status: 'not-adopted' };

const rows: MatrixRow[] = [
  {
    province: '110000',
    group: 'east',
    count: 2,
    cells: [
      cell('a', adoption('bj-a', '110000', 2009)),
      cell('b', adoption('bj-b', '110000', 2017)),
    ],
  },
  {
    province: '120000',
    group: 'east',
    count: 1,
    cells: [cell('a', adoption('tj-a', '120000', 2014)), cell('b')],
  },
  { province: '140000', group: 'central', count: 0, cells: [cell('a'), cell('b')] },
];
const names: Record<string, string> = {
  '110000': '北京市',
  '120000': '天津市',
  '140000': '山西省',
};

function matrix(grouped = true) {
  const onselect = vi.fn();
  const onfamily = vi.fn();
  render(AdoptionMatrix, {
    props: {
      rows,
      columns: [
        { id: 'a', name: '示范区', colours: [2009, 2014] },
        { id: 'b', name: '科学中心', colours: [2017, 2017] },
      ],
      focus: 'a',
      grouped,
      selectedId: null,
      label: '采纳矩阵',
      provinceLabel: '省份',
      groupName: (id: string) => ({ east: '东部', central: '中部' })[id] ?? id,
      regionName: (code: string) => names[code] ?? code,
      cellText: (c: MatrixCell) => (c.adoption ? String(c.adoption.year) : ''),
      cellLabel: (row: MatrixRow, c: MatrixCell, col: { name: string }) =>
        `${names[row.province]} ${col.name} ${c.adoption?.year ?? c.status}`,
      onselect,
      onfamily,
    },
  });
  return {
    onselect,
    onfamily,
    user: userEvent.setup(),
    grid: screen.getByRole('grid', { name: '采纳矩阵' }),
  };
}

describe('AdoptionMatrix', () => {
  it('is a grid with one tab stop, on the first cell', () => {
    const { grid } = matrix();
    const tabbable = grid.querySelectorAll('[tabindex="0"]');
    expect(tabbable).toHaveLength(1);
    expect(tabbable[0]).toHaveAccessibleName('北京市 示范区 2009');
  });

  it('moves the focus with the arrow keys and Enter selects the event under it', async () => {
    const { onselect, user } = matrix();
    screen.getByRole('gridcell', { name: '北京市 示范区 2009' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('gridcell', { name: '北京市 科学中心 2017' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowLeft}');
    expect(screen.getByRole('gridcell', { name: '天津市 示范区 2014' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onselect).toHaveBeenCalledWith('tj-a');
  });

  it('selects nothing on Enter over a cell without an adoption', async () => {
    const { onselect, user } = matrix();
    screen.getByRole('gridcell', { name: '北京市 示范区 2009' }).focus();
    await user.keyboard('{End}{ArrowDown}{Enter}');
    expect(screen.getByRole('gridcell', { name: '天津市 科学中心 not-adopted' })).toHaveFocus();
    expect(onselect).not.toHaveBeenCalled();
  });

  it('hatches a complete family\'s "did not adopt" cells', () => {
    matrix();
    expect(screen.getByRole('gridcell', { name: '山西省 示范区 not-adopted' })).toHaveClass(
      'hatch',
    );
  });

  it('heads each economic region when grouped', () => {
    const { grid } = matrix(true);
    expect([...grid.querySelectorAll('tr.group')].map((r) => r.textContent)).toEqual([
      '东部',
      '中部',
    ]);
  });

  it('has no region headers when not grouped', () => {
    const { grid } = matrix(false);
    expect(grid.querySelectorAll('tr.group')).toHaveLength(0);
  });

  it('shows a family on the map from its column header', async () => {
    const { onfamily, user } = matrix();
    await user.click(screen.getByRole('button', { name: '科学中心' }));
    expect(onfamily).toHaveBeenCalledWith('b');
  });
});

describe('FamilyNotice', () => {
  it('says plainly that a partial family is partial, and what is missing', () => {
    render(FamilyNotice, {
      props: {
        complete: false,
        note: '西安之前的批复文件未找到',
        partialText: '成员名单不完整',
        completeText: '成员名单完整',
      },
    });
    const note = screen.getByRole('note');
    expect(note).toHaveTextContent('成员名单不完整');
    expect(note).toHaveTextContent('西安之前的批复文件未找到');
  });

  it('says a complete family is complete, with no note', () => {
    render(FamilyNotice, {
      props: {
        complete: true,
        note: '全部已收录',
        partialText: '成员名单不完整',
        completeText: '成员名单完整',
      },
    });
    expect(screen.queryByRole('note')).toBeNull();
    expect(screen.getByTestId('family-notice')).toHaveTextContent('成员名单完整');
  });
});

describe('FamilyPicker', () => {
  it('lists the families under its label and reports the one chosen', async () => {
    const onchange = vi.fn();
    render(FamilyPicker, {
      props: {
        label: '改革系列',
        families: [
          { id: 'a', label: '示范区（23）' },
          { id: 'b', label: '科学中心（5）' },
        ],
        value: 'a',
        onchange,
      },
    });
    const select = screen.getByRole('combobox', { name: '改革系列' });
    expect(select).toHaveValue('a');
    await userEvent.setup().selectOptions(select, 'b');
    expect(onchange).toHaveBeenCalledWith('b');
  });
});
