/**
 * The map's boundaries as the app holds them (GeoJSON): the bundled ones (data/geo/) or an
 * agency's approved file, which the AppState keeps with the credit line it requires.
 */
import type { FeatureCollection, Geometry } from 'geojson';

export interface ProvinceProps {
  adcode: string;
  name: string;
  short: string;
  en: string;
}

export interface ChinaGeo {
  provinces: FeatureCollection<Geometry, ProvinceProps>;
  dash: FeatureCollection;
  lines: FeatureCollection;
}

/** An approved boundary file in use instead of the bundled one. */
export interface CustomBoundary {
  geo: ChinaGeo;
  /** The source and approval number the user entered: under the map, in exports and in print. */
  attribution: string;
  fileName: string;
}
