/**
 * Which map to draw: maplibre (WebGL on a graphics card) or the SVG map. No asset imports, so the
 * browser tests can share SOFTWARE_GL.
 */
import { onIdle } from '../ui/idle';

export type MapKind = 'webgl' | 'svg';
/** What the browser offers: WebGL2 on a graphics card, WebGL2 emulated on the CPU, or none. */
export type WebGLSupport = 'gpu' | 'software' | 'none';
/** The renderer to use and why (`software`/`none` show a notice under the map). */
export interface MapChoice {
  kind: MapKind;
  /** `unprobed`: the SVG map drawn first, until the graphics are probed after the first screen. */
  reason: 'gpu' | 'software' | 'none' | 'chosen' | 'unprobed';
}

/**
 * Which map to draw. maplibre on a graphics card; the SVG map where WebGL is missing or emulated on
 * the CPU (virtual desktops, machines without a GPU), where a maplibre frame costs ~90 ms against
 * ~10 ms for the SVG map. A stored choice (`?map=webgl` / `?map=svg`) wins where it can be met.
 * `probe` looks at the graphics only when the choice depends on them: a kept SVG choice never
 * needs it (its WebGL context cost ~35 ms of the first screen in a CPU profile, on SwiftShader).
 * `chooseMap(() => 'software', null)` → { kind: 'svg', reason: 'software' }.
 */
export function chooseMap(probe: () => WebGLSupport, chosen: string | null): MapChoice {
  if (chosen === 'svg') return { kind: 'svg', reason: 'chosen' };
  const support = probe();
  if (support === 'none') return { kind: 'svg', reason: 'none' };
  if (chosen === 'webgl' || support === 'gpu') {
    return { kind: 'webgl', reason: support === 'gpu' ? 'gpu' : 'chosen' };
  }
  return { kind: 'svg', reason: 'software' };
}

/** Renderer names of WebGL emulated on the CPU (Chromium's SwiftShader, Mesa, Windows' WARP). */
export const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|lavapipe|basic render|software/i;

/** Does this browser have WebGL2 (maplibre 6 needs it), and on a graphics card? */
export function webglSupport(): WebGLSupport {
  let gl: WebGL2RenderingContext | null = null;
  try {
    // A browser that knows it would emulate WebGL refuses this context; Chromium's SwiftShader
    // does not always, so the renderer's name is checked as well.
    gl = document.createElement('canvas').getContext('webgl2', {
      failIfMajorPerformanceCaveat: true,
    });
    if (!gl) return document.createElement('canvas').getContext('webgl2') ? 'software' : 'none';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    return SOFTWARE_GL.test(name) ? 'software' : 'gpu';
  } catch {
    return 'none';
  } finally {
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  }
}

export const MAP_KEY = 'reform-atlas.map';
/** The last probe's answer in this browser: what the first screen draws on the next visit. */
export const GL_KEY = 'reform-atlas.gl';

/** `?map=webgl|svg` sets the stored choice, `?map=auto` clears it; anything else is ignored. */
export function storedMapChoice(search: string): string | null {
  try {
    const v = new URLSearchParams(search).get('map');
    if (v === 'webgl' || v === 'svg') localStorage.setItem(MAP_KEY, v);
    else if (v === 'auto') localStorage.removeItem(MAP_KEY);
    return localStorage.getItem(MAP_KEY);
  } catch {
    return null;
  }
}

function remembered(): WebGLSupport | null {
  try {
    const v = localStorage.getItem(GL_KEY);
    return v === 'gpu' || v === 'software' || v === 'none' ? v : null;
  } catch {
    return null;
  }
}

/**
 * The map the first screen draws, without probing the graphics where it can: a chosen SVG map; the
 * last probe's answer in this browser; else the SVG map (cheap everywhere) until `probedMapChoice`
 * answers after the first screen. Probing made a WebGL2 context on the CPU's SwiftShader before the
 * timeline's first frame: 77 ms of timeline interactive and 114 ms of map idle in interleaved loads.
 * Only a chosen WebGL map with nothing remembered probes at once (it must know WebGL exists).
 * `firstChoice(null, null, probe)` → { kind: 'svg', reason: 'unprobed' }, `probe` never called.
 */
export function firstChoice(
  chosen: string | null,
  known: WebGLSupport | null,
  probe: () => WebGLSupport,
): MapChoice {
  if (chosen === 'svg') return { kind: 'svg', reason: 'chosen' };
  if (known) return chooseMap(() => known, chosen);
  if (chosen === 'webgl') return chooseMap(probe, chosen);
  return { kind: 'svg', reason: 'unprobed' };
}

let first: MapChoice | null = null;
let probed: MapChoice | null = null;
let support: WebGLSupport | null = null;
const probeOnce = () => (support ??= webglSupport());

/**
 * The map to draw now: the first screen's (decided once: the prefetch and the map view must agree),
 * or the probe's answer once there is one (a map view created later starts with it).
 */
export function mapChoice(): MapChoice {
  first ??= firstChoice(storedMapChoice(location.search), remembered(), probeOnce);
  return probed ?? first;
}

/**
 * The graphics probed (once a page) and the answer remembered for the next visit: the map to draw
 * from now on. A kept SVG choice never probes. On a graphics card's first visit the SVG map gives
 * way to maplibre here; a remembered answer that no longer holds is corrected the same way.
 */
export function probedMapChoice(): MapChoice {
  if (probed) return probed;
  const chosen = storedMapChoice(location.search);
  if (chosen === 'svg') return (probed = mapChoice());
  const found = probeOnce();
  try {
    localStorage.setItem(GL_KEY, found);
  } catch {
    // A browser without storage probes again next time.
  }
  return (probed = chooseMap(() => found, chosen));
}

/**
 * Probes once the first map is drawn (`drawn()`), or after 3 s if it never says so, in an idle
 * moment, and hands the map to draw from then on to `apply`. `cancel()` when the map goes away.
 */
export function probeAfterFirstMap(apply: (c: MapChoice) => void) {
  let state: 'waiting' | 'queued' | 'done' = 'waiting';
  const run = () => {
    if (state === 'done') return;
    state = 'done';
    apply(probedMapChoice());
  };
  const drawn = () => {
    if (state !== 'waiting') return;
    state = 'queued';
    onIdle(run);
  };
  const timer = setTimeout(drawn, 3000);
  return {
    drawn,
    cancel: () => {
      clearTimeout(timer);
      state = 'done';
    },
  };
}
