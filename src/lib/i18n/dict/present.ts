/** UI strings of the present feature. Keys start with 'present.'; en must have every key of zh. */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
