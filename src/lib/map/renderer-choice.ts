/**
 * Which map to draw: maplibre (WebGL on a graphics card) or the SVG map. No asset imports, so the
 * browser tests can share SOFTWARE_GL.
 */
export type MapKind = 'webgl' | 'svg';
/** What the browser offers: WebGL2 on a graphics card, WebGL2 emulated on the CPU, or none. */
export type WebGLSupport = 'gpu' | 'software' | 'none';
/** The renderer to use and why (`software`/`none` show a notice under the map). */
export interface MapChoice {
  kind: MapKind;
  reason: 'gpu' | 'software' | 'none' | 'chosen';
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

let choice: MapChoice | null = null;

/** The map for this page (decided once: the prefetch and the map view must agree). */
export function mapChoice(): MapChoice {
  choice ??= chooseMap(webglSupport, storedMapChoice(location.search));
  return choice;
}
