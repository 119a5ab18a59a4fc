/** The presentation's controls (PresentControls and its rows): what they show, what they call. */
import type { MessageKey } from '../i18n';

export interface ControlsProps {
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  playing: boolean;
  speed: number;
  speeds: readonly number[];
  cumulative: boolean;
  tours: readonly { id: string; title: string }[];
  tourId: string | null;
  fullscreen: boolean;
  exporting: boolean;
  atStart: boolean;
  atEnd: boolean;
  onmove: (move: 'prev' | 'next') => void;
  onplay: () => void;
  onspeed: (seconds: number) => void;
  oncumulative: () => void;
  ontour: (id: string | null) => void;
  onexport: () => void;
  onprint: () => void;
  onfullscreen: () => void;
  onexit: () => void;
  /** Faded out (no pointer movement for a while); hover or keyboard focus brings them back. */
  faded: boolean;
  /** A message for the presenter (a refused full screen, a failed export), or ''. */
  status: string;
}

/**
 * A control's `onmousedown`: mouse clicks must not leave focus on a button, so that the clicker's
 * keys and Space keep working globally. Keyboard users still tab to every control.
 */
export const keepFocus = (e: MouseEvent) => e.preventDefault();
