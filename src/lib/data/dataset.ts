/** The built-in dataset assembled from the tables' texts. Pure: no fetch, no Vite imports. */
import { parseCsv } from './csv';
import { createRegionIndex, type RegionIndex } from './regions';
import { validateEvents, type ValidationError } from './schema';
import { parseEras, parseFamilies, parseGroups, parseLevels, parseTaxonomy } from './tables';
import { parseTours, type Tour } from './tours';
import type {
  Era,
  Family,
  LevelInfo,
  ReformEvent,
  ReformType,
  RegionGroup,
  RegionInfo,
} from './types';

export interface Dataset {
  events: ReformEvent[];
  types: ReformType[];
  levels: LevelInfo[];
  eras: Era[];
  groups: RegionGroup[];
  /** Families of like events (data/families.csv). */
  families: Family[];
  regions: RegionInfo[];
  index: RegionIndex;
  tours: Tour[];
  errors: ValidationError[];
}

/** Build a dataset from the tables' texts (pure; used by the loader and by tests). */
export function buildDataset(texts: {
  events: string;
  taxonomy: string;
  levels: string;
  eras: string;
  groups: string;
  families: string;
  tours?: string;
  regions: RegionInfo[];
}): Dataset {
  const types = parseTaxonomy(texts.taxonomy);
  const groups = parseGroups(texts.groups);
  const index = createRegionIndex(texts.regions, groups);
  const families = parseFamilies(texts.families);
  const { rows } = parseCsv(texts.events);
  const { events, errors } = validateEvents(rows, {
    file: 'events.csv',
    types: new Set(types.map((t) => t.id)),
    families: new Set(families.families.map((f) => f.id)),
    resolveRegion: index.resolve,
    suggestRegion: index.suggest,
  });
  return {
    events,
    types,
    levels: parseLevels(texts.levels),
    eras: parseEras(texts.eras),
    groups,
    families: families.families,
    regions: texts.regions,
    index,
    tours: texts.tours ? parseTours(texts.tours) : [],
    errors: [...families.errors, ...errors],
  };
}
