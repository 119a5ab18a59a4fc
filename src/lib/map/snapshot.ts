/**
 * A registry so exports (PNG, print) can get a picture of the current map without touching maplibre:
 * the map view registers a function that renders one frame and returns it as a canvas (with the
 * 南海诸岛 inset, legend and attribution drawn on it).
 * `await mapSnapshot()` → the map canvas (or null when no map is shown).
 */
type Snapshotter = () => Promise<HTMLCanvasElement | null>;

let current: Snapshotter | null = null;

export function registerMapSnapshot(fn: Snapshotter | null): void {
  current = fn;
}

export function mapSnapshot(): Promise<HTMLCanvasElement | null> {
  return current ? current() : Promise.resolve(null);
}
