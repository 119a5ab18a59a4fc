/** Fetches the bundled boundary topologies from the app's own origin. */
import chinaUrl from '../../../data/geo/china.topo.json?url';
import citiesUrl from '../../../data/geo/cities.topo.json?url';
import type { Topology } from 'topojson-specification';
import type { RegionGroup, RegionInfo } from '../data/types';
import { chinaFromTopology, citiesFromTopology, groupShapes, type ChinaGeo } from './geo';
import type { ChinaMapData } from './renderer';

async function getJson(url: string): Promise<Topology> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as Topology;
}

export async function loadChinaGeo(): Promise<ChinaGeo> {
  return chinaFromTopology(await getJson(chinaUrl));
}

let topologies: Promise<[Topology, Topology]> | null = null;

/**
 * Start fetching both topologies (once): called as soon as the map module loads, so they arrive
 * while the app is still loading its tables.
 */
export function prefetchTopologies(): Promise<[Topology, Topology]> {
  topologies ??= Promise.all([getJson(chinaUrl), getJson(citiesUrl)]);
  // A failed prefetch is retried by the next call.
  topologies.catch(() => (topologies = null));
  return topologies;
}

/** Provinces, prefectures and merged group outlines, fetched in parallel. */
export async function loadMapData(
  regions: readonly RegionInfo[],
  groups: readonly RegionGroup[],
): Promise<ChinaMapData> {
  const [china, cities] = await prefetchTopologies();
  return {
    geo: chinaFromTopology(china),
    cities: citiesFromTopology(cities),
    groups: groupShapes(cities, groups),
    regions,
  };
}
