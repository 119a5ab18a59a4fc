/** UI strings of the import feature. Keys start with 'import.'; en must have every key of zh. */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
