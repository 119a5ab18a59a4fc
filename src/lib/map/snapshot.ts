/**
 * A registry so exports (PNG, print) can get a picture of the current map without touching maplibre:
 * the map view registers a function that renders one frame and returns it as a canvas (with the
 * 南海诸岛 inset, legend and attribution drawn on it).
 * `await mapSnapshot()` → the map canvas (or null when no map is shown).
 */
type Snapshotter = () => Promise<HTMLCanvasElement | null>;

let current: Snapshotter | null = null;
let attribution: string | null = null;

export function registerMapSnapshot(fn: Snapshotter | null): void {
  current = fn;
}

export function mapSnapshot(): Promise<HTMLCanvasElement | null> {
  return current ? current() : Promise.resolve(null);
}

/** The map's attribution line as shown (a user's boundary file brings its own); set by the map. */
export function setMapAttribution(text: string | null): void {
  attribution = text;
}

/** For print/export: the attribution the map currently shows, or null before the map exists. */
export function mapAttribution(): string | null {
  return attribution;
}
