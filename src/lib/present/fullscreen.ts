/**
 * The Fullscreen API, which headless browsers and some kiosks refuse: every call resolves to what
 * happened instead of throwing. `await toggleFullscreen()` → 'on' | 'off' | 'refused'.
 */
export function isFullscreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenElement != null;
}

export async function toggleFullscreen(
  el: HTMLElement = document.documentElement,
): Promise<'on' | 'off' | 'refused'> {
  try {
    if (isFullscreen()) {
      await document.exitFullscreen();
      return 'off';
    }
    if (!el.requestFullscreen) return 'refused';
    await el.requestFullscreen({ navigationUI: 'hide' });
    return 'on';
  } catch {
    return 'refused';
  }
}

/** Leave full screen if on (used when leaving presentation mode). */
export function exitFullscreen(): void {
  if (isFullscreen()) document.exitFullscreen().catch(() => {});
}
