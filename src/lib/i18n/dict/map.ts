/** UI strings of the map feature. Keys start with 'map.'; en must have every key of zh. */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
