/** Fetches the bundled boundary topology from the app's own origin. */
import chinaUrl from '../../../data/geo/china.topo.json?url';
import type { Topology } from 'topojson-specification';
import { chinaFromTopology, type ChinaGeo } from './geo';

export async function loadChinaGeo(): Promise<ChinaGeo> {
  const res = await fetch(chinaUrl);
  if (!res.ok) throw new Error(`${chinaUrl}: HTTP ${res.status}`);
  return chinaFromTopology((await res.json()) as Topology);
}

/** Can this browser draw the WebGL map? maplibre 6 needs WebGL2. */
export function hasWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return !!canvas.getContext('webgl2');
  } catch {
    return false;
  }
}
