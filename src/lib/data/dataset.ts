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

/** The texts of data/'s tables (regions.json already parsed); `tours` may be absent. */
export interface DataTexts {
  events: string;
  taxonomy: string;
  levels: string;
  eras: string;
  groups: string;
  families: string;
  tours?: string;
  regions: RegionInfo[];
}

/** Build a dataset from the tables' texts (pure; used by the build's data step and by tests). */
export function buildDataset(texts: DataTexts): Dataset {
  const types = parseTaxonomy(texts.taxonomy);
  const groups = parseGroups(texts.groups);
  const families = parseFamilies(texts.families);
  const tables: Dataset = {
    events: [],
    types,
    levels: parseLevels(texts.levels),
    eras: parseEras(texts.eras),
    groups,
    families: families.families,
    regions: texts.regions,
    index: createRegionIndex(texts.regions, groups),
    tours: texts.tours ? parseTours(texts.tours) : [],
    errors: families.errors,
  };
  return withEvents(tables, texts.events);
}

/**
 * The dataset's tables with the events of a CSV text instead of its own, validated in full (a
 * `?data=` file). The errors are the tables' own and the file's.
 * `withEvents(builtIn, 'id,date_start,title_zh,type,level\n…')` → builtIn's tables, the file's events.
 */
export function withEvents(tables: Dataset, eventsText: string): Dataset {
  const { rows } = parseCsv(eventsText);
  const { events, errors } = validateEvents(rows, {
    file: 'events.csv',
    types: new Set(tables.types.map((t) => t.id)),
    families: new Set(tables.families.map((f) => f.id)),
    resolveRegion: tables.index.resolve,
    suggestRegion: tables.index.suggest,
  });
  return { ...tables, events, errors: [...tables.errors, ...errors] };
}
