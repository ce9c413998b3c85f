/**
 * Records read back are checked, not trusted, and never dropped. A record that no longer
 * fits its schema (damaged on disk, edited by hand, written by another version) is shown,
 * marked: the screen gets a copy that fits (failing fields left out, or given a visible
 * placeholder when required) carrying `problemsOf(copy)`. That copy is for display only:
 * `parseForWrite` refuses it, so the stored record is never rewritten with fields
 * stripped; it is fixed from its form or in Settings → Records that need attention.
 * Warnings name the table, id and field paths only — never a value, which may be personal.
 */
import type { z } from 'zod';
import { messageCode, selectValue } from '../../shared/messages/message-code';

export interface RecordProblem {
  /** Where in the record: "area", "consents.storage.date", or "(record)" for the whole. */
  path: string;
  /** What is wrong, in plain words, without the value. */
  message: string;
}

const NEEDS_ATTENTION = Symbol('signpost.needsAttention');

type Marked = { [NEEDS_ATTENTION]?: readonly RecordProblem[] };

/** The problems of a record read back damaged; undefined for a record that fits its schema. */
export function problemsOf(record: object): readonly RecordProblem[] | undefined {
  return (record as Marked)[NEEDS_ATTENTION];
}

/** What is wrong with a stored record, field by field; empty when it fits its schema. */
export function checkStored(schema: z.ZodType, stored: unknown): RecordProblem[] {
  const parsed = schema.safeParse(stored);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(record)',
    message: plainMessage(issue, valueAt(stored, issue.path)),
  }));
}

function valueAt(record: unknown, path: readonly PropertyKey[]): unknown {
  let value = record;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** zod's words for a wrong type, said like a person would (and never quoting the value). */
function plainMessage(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_type') {
    return value === undefined ? messageCode('common:damaged.missing') : messageCode('common:damaged.wrongType', { expected: selectValue(String(issue.expected)) });
  }
  return issue.message;
}

/**
 * Values tried, in order, for a required field that is missing or wrong, so a damaged
 * record still has something to show. They look like placeholders on purpose.
 */
const PLACEHOLDERS: readonly unknown[] = [
  '(unreadable)',
  'C-00000',
  '1970-01-01',
  '1970-01-01T00:00:00.000Z',
  '00:00',
  false,
  0,
  1,
  [],
  'und',
];

function placeholderFor(field: z.ZodType): unknown {
  const options = (field as { options?: readonly unknown[] }).options;
  const candidates = Array.isArray(options) ? [...PLACEHOLDERS, ...options] : PLACEHOLDERS;
  return candidates.find((value) => field.safeParse(value).success);
}

function displayCopy<S extends z.ZodType>(schema: S, stored: Record<string, unknown>, problems: RecordProblem[]): z.output<S> | undefined {
  const copy: Record<string, unknown> = { ...stored };
  const failing = (result: z.ZodSafeParseResult<unknown>) =>
    result.success ? [] : [...new Set(result.error.issues.map((issue) => issue.path[0]).filter((key) => typeof key === 'string'))];
  // First leave out what fails; then, for required fields, put in a placeholder.
  const first = schema.safeParse(copy);
  for (const key of failing(first)) delete copy[key];
  let result = schema.safeParse(copy);
  const shape = (schema as { shape?: Record<string, z.ZodType> }).shape;
  if (!result.success && shape) {
    for (const key of failing(result)) {
      const field = shape[key];
      if (field) copy[key] = placeholderFor(field);
    }
    result = schema.safeParse(copy);
  }
  if (!result.success) return undefined;
  const marked = result.data as z.output<S> & Marked;
  marked[NEEDS_ATTENTION] = problems;
  return marked;
}

/** Each damaged record is reported once per run, not on every re-render of a list. */
const warned = new Set<string>();
function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(message);
}

export function readLeniently<S extends z.ZodType>(table: string, schema: S, stored: unknown): z.output<S> | undefined {
  const first = schema.safeParse(stored);
  if (first.success) return first.data;
  const id = typeof stored === 'object' && stored !== null && 'id' in stored ? String(stored.id) : '?';
  const problems = checkStored(schema, stored);
  const paths = problems.map((p) => p.path).join(', ');
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    warnOnce(`${table}/${id}`, `Signpost: a ${table} record (${id}) is unreadable; it is listed under Records that need attention.`);
    return undefined;
  }
  const copy = displayCopy(schema, stored as Record<string, unknown>, problems);
  warnOnce(`${table}/${id}/${paths}`, `Signpost: a ${table} record (${id}) needs attention (${paths}); it is kept as stored and shown marked.`);
  return copy;
}

/** Reads many: damaged records are shown marked; only ones with nothing to show are left out. */
export function readAllLeniently<S extends z.ZodType>(table: string, schema: S, stored: readonly unknown[]): z.output<S>[] {
  const out: z.output<S>[] = [];
  for (const record of stored) {
    const read = readLeniently(table, schema, record);
    if (read !== undefined) out.push(read);
  }
  return out;
}
