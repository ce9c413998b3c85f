/**
 * "Invalid input: expected number, received NaN" and "Too small: expected number to be
 * >=1" reached volunteers. Every form's schema is fed bad values of every kind (NaN,
 * blank, too small, too big, too long, the wrong type) and no library wording may come out.
 * Schemas give message codes; each is worded as the screen words it (wordMessage) and must
 * be a real message: no code left unworded, no bare catalogue key.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as schemas from '../../../../shared/schemas';
import { ClientFormValues } from '../../../../shared/frontdesk/client-form';
import { ClinicFormValues } from '../../../../shared/frontdesk/clinic-form';
import { ReportRequest } from '../../../../shared/report/report-request';
import { VolunteerFormValues } from '../../../../renderer/features/volunteers/form/volunteer-form';
import { wordMessage } from '../../../../renderer/i18n';

/** Wording zod's own English messages use; none of it is fit for a volunteer. */
const LIBRARY_WORDING = /Invalid (input|option|string|number|key|value|discriminator|email|URL|ISO|date|type)|expected .* received|Too (small|big)|Unrecognized key|must match pattern|[<>]=?\s?-?\d|NaN|Required|Missing identifier/;

const BAD_VALUES: unknown[] = [NaN, '', '   ', 'abc', -5, 0, 0.5, 1e9, 'x'.repeat(20_000), null, true, {}, [], ['abc'], [{}]];

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType; options?: z.ZodType[]; left?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** An input of the schema's shape with `bad` in every leaf, so every field's checks run at once. */
function fill(schema: z.ZodType, bad: unknown, depth = 0): unknown {
  if (depth > 8) return bad;
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, field]) => [key, fill(field, bad, depth + 1)]));
    case 'array':
      return [fill(def.element!, bad, depth + 1)];
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return fill(def.innerType!, bad, depth + 1);
    case 'pipe':
      return fill(def.in!, bad, depth + 1);
    case 'union':
      return fill(def.options![0]!, bad, depth + 1);
    case 'intersection':
      return fill(def.left!, bad, depth + 1);
    default:
      return bad;
  }
}

function messagesFor(schema: z.ZodType): string[] {
  const messages = new Set<string>();
  for (const bad of BAD_VALUES) {
    for (const input of [fill(schema, bad), bad]) {
      const result = schema.safeParse(input);
      if (!result.success) for (const issue of result.error.issues) messages.add(wordMessage(issue.message));
    }
  }
  return [...messages];
}

const recordSchemas = (Object.entries(schemas) as Array<[string, unknown]>).filter((entry): entry is [string, z.ZodType] => entry[1] instanceof z.ZodType);
const formSchemas: Array<[string, z.ZodType]> = [
  ['ClientFormValues', ClientFormValues],
  ['ClinicFormValues', ClinicFormValues],
  ['VolunteerFormValues', VolunteerFormValues],
  ['ReportRequest', ReportRequest],
];

describe('every message a form can show is plain English', () => {
  it('finds the schemas to check', () => {
    expect(recordSchemas.length).toBeGreaterThan(20);
  });

  it.each([...recordSchemas, ...formSchemas])('%s says nothing in zod’s own words', (_name, schema) => {
    const messages = messagesFor(schema);
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((m) => LIBRARY_WORDING.test(m))).toEqual([]);
    expect(messages.filter((m) => /[⟦⟧]|^(common:)?[a-z]+(\.[A-Za-z]+)+$/.test(m))).toEqual([]);
  });

  it('puts the two messages volunteers met into plain words', () => {
    const minutes = schemas.AdviceEntryFields.shape.minutes;
    const worded = (result: { error?: { issues: { message: string }[] } }) => wordMessage(result.error?.issues[0]?.message ?? '');
    expect(worded(minutes.safeParse('abc'))).toBe('Enter a number, using digits');
    expect(worded(schemas.RoleNeed.shape.count.safeParse(NaN))).toBe('Enter a number, using digits');
    expect(worded(z.number().min(1).safeParse(0))).toBe('Enter 1 or more');
    expect(worded(schemas.DisclosureRules.shape.rounding.safeParse(0))).toBe('Enter 1 or more');
  });
});
