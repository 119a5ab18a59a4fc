/**
 * Families of like events (data/families.csv) and their members (events whose `family` names
 * them). Pure.
 */
import type { ValidationError } from './schema';
import type { Family, ReformEvent } from './types';

/**
 * Members of each family, in the events' order; every family has an entry (maybe empty).
 * `familyMembers([nidz], [zgc, tianjin])` → Map { 'nidz' → [zgc, tianjin] }.
 */
export function familyMembers(
  families: readonly Family[],
  events: readonly ReformEvent[],
): Map<string, ReformEvent[]> {
  const out = new Map<string, ReformEvent[]>(families.map((f) => [f.id, []]));
  for (const e of events) for (const id of e.family) out.get(id)?.push(e);
  return out;
}

/**
 * What only the whole dataset can tell about the families: every anchor is an event id and every
 * family has at least one member. (Unknown family ids in events are the validator's.)
 * `checkFamilies([{ id: 'nidz', anchors: ['gone'], … }], [], 'families.csv')` → an `anchor` and a
 * `family_empty` error.
 */
export function checkFamilies(
  families: readonly Family[],
  events: readonly ReformEvent[],
  file = 'families.csv',
  /** A family's spreadsheet row (0 when unknown). */
  rowOf: (id: string) => number = () => 0,
): ValidationError[] {
  const ids = new Set(events.map((e) => e.id));
  const members = familyMembers(families, events);
  const errors: ValidationError[] = [];
  families.forEach((f) => {
    const row = rowOf(f.id);
    for (const a of f.anchors)
      if (!ids.has(a)) errors.push({ file, row, column: 'anchors', value: a, code: 'anchor' });
    if (!members.get(f.id)?.length)
      errors.push({ file, row, column: 'id', value: f.id, code: 'family_empty' });
  });
  return errors;
}
