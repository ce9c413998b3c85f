/**
 * Records read back are checked, not trusted: an old or damaged record must never crash a
 * screen. A record that fails its schema loses the failing optional fields (defaults fill
 * in) and is shown; one that cannot be repaired is left out. Either way a warning names
 * the table, id and field paths only — never a value, which may be personal.
 */
import type { z } from 'zod';

export function readLeniently<S extends z.ZodType>(table: string, schema: S, stored: unknown): z.output<S> | undefined {
  const first = schema.safeParse(stored);
  if (first.success) return first.data;
  const id = typeof stored === 'object' && stored !== null && 'id' in stored ? String(stored.id) : '?';
  const paths = first.error.issues.map((issue) => issue.path.map(String).join('.') || '(record)');
  if (typeof stored !== 'object' || stored === null) {
    console.warn(`Signpost: skipped an unreadable ${table} record (${id}).`);
    return undefined;
  }
  const repaired: Record<string, unknown> = { ...(stored as Record<string, unknown>) };
  for (const issue of first.error.issues) {
    const top = issue.path[0];
    if (typeof top === 'string') delete repaired[top];
  }
  const second = schema.safeParse(repaired);
  if (second.success) {
    console.warn(`Signpost: repaired a ${table} record (${id}); dropped invalid fields: ${paths.join(', ')}.`);
    return second.data;
  }
  console.warn(`Signpost: skipped a ${table} record (${id}) that could not be repaired: ${paths.join(', ')}.`);
  return undefined;
}

/** Reads many, leaving out the unrepairable ones. */
export function readAllLeniently<S extends z.ZodType>(table: string, schema: S, stored: readonly unknown[]): z.output<S>[] {
  const out: z.output<S>[] = [];
  for (const record of stored) {
    const read = readLeniently(table, schema, record);
    if (read !== undefined) out.push(read);
  }
  return out;
}
