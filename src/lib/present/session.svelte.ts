/**
 * The presentation's own UI state (playing, speed, digits typed for a jump, export and full-screen
 * flags) and what each key or button does. Shared choices (active, tour, step, cumulative) stay in
 * the AppState; this class only drives them through the controller.
 * `session.perform({ kind: 'move', move: 'next' })` → the next step, its event selected.
 */
import type { AppState } from '../state/app-state.svelte';
import { chooseTour, enterPresent, goToStep, leavePresent, moveBy } from './controller';
import { heldEnterKey } from './early-key';
import { exitFullscreen, isFullscreen, toggleFullscreen } from './fullscreen';
import { keyAction, targetKind, type PresentAction } from './keys';
import { DEFAULT_SPEED, autoplayNext, clampStep, jumpTarget } from './steps';

/** The controls fade after this long without the pointer moving. */
export const FADE_MS = 3000;

export class PresentSession {
  playing = $state(false);
  /** Seconds per step in autoplay. */
  speed = $state<number>(DEFAULT_SPEED);
  /** Digits typed so far for "number + Enter". */
  typed = $state('');
  exporting = $state(false);
  fullscreen = $state(false);
  /** Test hook: milliseconds per autoplay step, overriding the speed. */
  stepMs = $state<number | null>(null);
  /** Print the handout (set by PresentMode, which holds it). */
  print: () => void = () => window.print();
  /** The controls and key hints have faded out (no pointer movement for FADE_MS). */
  faded = $state(false);
  /** A message for the presenter, shown with the controls (notices wait until presenting ends). */
  status = $state('');
  #fade: ReturnType<typeof setTimeout> | undefined;

  constructor(private app: AppState) {}

  /**
   * When presentation mode is in: open it if P was pressed while it loaded, and hook the tests'
   * step-time override on the window. Returns the cleanup.
   */
  mount(): () => void {
    if (heldEnterKey() && !this.app.present.active) this.enter();
    const hook = { setStepMs: (ms: number | null) => (this.stepMs = ms) };
    const w = window as unknown as { __atlasPresent?: typeof hook };
    w.__atlasPresent = hook;
    return () => delete w.__atlasPresent;
  }

  private get count() {
    return this.app.presentSteps.length;
  }
  private get step() {
    return clampStep(this.app.present.step, this.count);
  }

  /**
   * Autoplay: call inside an $effect. Reads what it depends on (playing, active, step, count,
   * speed) and schedules one tick; the effect's cleanup clears it, so no timer outlives its step.
   */
  autoplay(): (() => void) | undefined {
    if (!this.playing || !this.app.present.active) return;
    const [from, n] = [this.step, this.count];
    const id = setTimeout(
      () => {
        const next = autoplayNext(from, n);
        if (next === null) this.playing = false;
        else goToStep(this.app, next);
      },
      this.stepMs ?? this.speed * 1000,
    );
    return () => clearTimeout(id);
  }

  /** Bring the controls back; they fade again after FADE_MS. Call on pointer movement and `?`. */
  wake = () => {
    if (!this.app.present.active) return;
    this.faded = false;
    clearTimeout(this.#fade);
    this.#fade = setTimeout(() => (this.faded = true), FADE_MS);
  };

  /** Stop the fade timer (leaving presentation, or the component going away). */
  rest() {
    clearTimeout(this.#fade);
    this.faded = false;
    this.status = '';
  }

  enter(tourId?: string | null) {
    this.playing = false;
    this.typed = '';
    enterPresent(this.app, tourId);
  }

  exit() {
    this.playing = false;
    this.typed = '';
    exitFullscreen();
    leavePresent(this.app);
  }

  togglePlay() {
    if (!this.playing && this.step >= this.count - 1) goToStep(this.app, 0);
    this.playing = !this.playing && this.count > 0;
  }

  toggleCumulative() {
    this.app.setPresent({ cumulative: !this.app.present.cumulative });
  }

  chooseTour(id: string | null) {
    this.playing = false;
    chooseTour(this.app, id);
  }

  async toggleFullscreen() {
    const result = await toggleFullscreen();
    this.fullscreen = isFullscreen();
    if (result !== 'refused') return;
    const text = this.app.t('present.fullscreenRefused');
    if (this.app.present.active) {
      this.status = text;
      this.wake();
    } else this.app.notify('info', text);
  }

  /** Runs an export; a failure is told beside the controls (notices wait until the end). */
  async exportWith(run: (report: (text: string) => void) => Promise<unknown>) {
    this.exporting = true;
    await run((text) => (this.status = text));
    this.exporting = false;
  }

  perform(a: PresentAction) {
    switch (a.kind) {
      case 'enter':
        return this.enter();
      case 'print':
        return this.print();
      case 'exit':
        return this.exit();
      case 'fullscreen':
        return void this.toggleFullscreen();
      case 'move':
        this.typed = '';
        return moveBy(this.app, a.move);
      case 'play':
        return this.togglePlay();
      case 'cumulative':
        return this.toggleCumulative();
      case 'controls':
        return this.wake();
      case 'digit':
        this.typed = (this.typed + a.digit).slice(-6);
        return;
      case 'erase':
        this.typed = this.typed.slice(0, -1);
        return;
      case 'cancel':
        this.typed = '';
        return;
      case 'jump': {
        const target = jumpTarget(this.typed, this.count);
        this.typed = '';
        if (target !== null) goToStep(this.app, target);
      }
    }
  }

  /** The window's keydown handler: global shortcuts, never while typing in a field. */
  onkeydown = (e: KeyboardEvent) => {
    if (this.app.status !== 'ready' || e.defaultPrevented) return;
    if (e.repeat && e.key === ' ') return;
    const action = keyAction(e, {
      active: this.app.present.active,
      target: targetKind(e.target),
      typing: this.typed !== '',
    });
    if (!action) return;
    e.preventDefault();
    this.perform(action);
  };
}
