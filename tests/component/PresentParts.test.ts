import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import PresentCard from '../../src/lib/present/PresentCard.svelte';
import PresentControls from '../../src/lib/present/PresentControls.svelte';
import PresentStrip from '../../src/lib/present/PresentStrip.svelte';
import { translate } from '../../src/lib/i18n';

const card = {
  typeLabel: '试点示范',
  typeColour: '#EE7733',
  title: '四川率先探索职务科技成果权属改革',
  date: '2015年11月',
  regions: '四川省',
  body: '四川和西南交大率先让科研人员与单位共同拥有职务发明。',
};

describe('PresentCard', () => {
  it('shows the step, the tour, and the event as a heading with date, regions and narration', () => {
    render(PresentCard, {
      props: {
        heading: '从四川试点到全国推广',
        stepLabel: '第 3 / 7 步',
        card,
        message: '',
        reached: '',
      },
    });
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(card.title);
    expect(screen.getByTestId('present-step')).toHaveTextContent('第 3 / 7 步');
    for (const text of ['从四川试点到全国推广', '2015年11月', '四川省', card.body, '试点示范'])
      expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.queryByTestId('present-reached')).toBeNull();
  });

  it('shows the message instead of a card, and the reach in cumulative mode', () => {
    render(PresentCard, {
      props: {
        heading: '',
        stepLabel: '',
        card: null,
        message: '没有可演示的事件',
        reached: '已涉及 4 个省级地区',
      },
    });
    expect(screen.getByRole('status')).toHaveTextContent('没有可演示的事件');
    expect(screen.queryByRole('heading')).toBeNull();
    expect(screen.getByTestId('present-reached')).toHaveTextContent('已涉及 4 个省级地区');
  });
});

function controls(over: Record<string, unknown> = {}) {
  const calls = {
    onmove: vi.fn(),
    onplay: vi.fn(),
    onspeed: vi.fn(),
    oncumulative: vi.fn(),
    ontour: vi.fn(),
    onexport: vi.fn(),
    onprint: vi.fn(),
    onfullscreen: vi.fn(),
    onexit: vi.fn(),
  };
  render(PresentControls, {
    props: {
      t: (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
        translate('en', k, p),
      playing: false,
      speed: 5,
      speeds: [8, 5, 3],
      cumulative: false,
      tours: [{ id: 'ownership', title: 'From Sichuan to the nation' }],
      tourId: null,
      fullscreen: false,
      exporting: false,
      atStart: true,
      atEnd: false,
      faded: false,
      status: '',
      ...calls,
      ...over,
    },
  });
  return calls;
}

describe('PresentControls', () => {
  it('calls back for each control', async () => {
    const user = userEvent.setup();
    const c = controls();
    await user.click(screen.getByRole('button', { name: /Next/ }));
    expect(c.onmove).toHaveBeenCalledWith('next');
    await user.click(screen.getByRole('button', { name: /Play/ }));
    expect(c.onplay).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Cumulative' }));
    expect(c.oncumulative).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Export PNG' }));
    expect(c.onexport).toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Exit' }));
    expect(c.onexit).toHaveBeenCalled();
    await user.selectOptions(screen.getByTestId('present-tour'), 'ownership');
    expect(c.ontour).toHaveBeenCalledWith('ownership');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Speed' }), '3');
    expect(c.onspeed).toHaveBeenCalledWith(3);
  });

  it('disables Previous on the first step and shows Pause while playing', () => {
    controls({ playing: true, cumulative: true });
    expect(screen.getByRole('button', { name: /Previous/ })).toBeDisabled();
    expect(screen.getByTestId('present-play')).toHaveTextContent('Pause');
    expect(screen.getByTestId('present-play')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Cumulative' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('fades out as a whole when faded, and says a presenter message when there is one', () => {
    controls({ faded: true, status: 'The browser refused full screen.' });
    const bar = screen.getByRole('toolbar');
    expect(bar).toHaveClass('faded');
    expect(screen.getByRole('status')).toHaveTextContent('The browser refused full screen.');
    // Still there for the keyboard: faded, not removed.
    expect(screen.getByRole('button', { name: /Next/ })).toBeInTheDocument();
  });

  it('does not take focus on a mouse click (the clicker keys stay global)', async () => {
    controls();
    const next = screen.getByRole('button', { name: /Next/ });
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    next.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
  });
});

describe('PresentStrip', () => {
  it('shows the year counter and labels the group', () => {
    render(PresentStrip, {
      props: {
        times: [Date.UTC(2015, 0, 1), Date.UTC(2020, 0, 1)],
        step: 1,
        year: '2020年',
        label: '演示进度',
        markLabel: (i: number) => `第 ${i + 1} 步`,
        onjump: vi.fn(),
      },
    });
    expect(screen.getByTestId('present-year')).toHaveTextContent('2020年');
    expect(screen.getByRole('group', { name: '演示进度' })).toBeInTheDocument();
  });
});
