/** UI strings of the timeline feature. Keys start with 'timeline.'; en must have every key of zh. */
export const zh = {} as const;

export const en: Record<keyof typeof zh, string> = {};
