/** UI strings of the explore feature. Keys start with 'explore.'; en must have every key of zh. */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
