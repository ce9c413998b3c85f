/**
 * Plain messages for every check a schema makes without one of its own. zod's defaults
 * ("Invalid input: expected number, received NaN", "Too small: expected number to be
 * >=1") must never reach a volunteer; installed once as zod's global error map, these
 * apply wherever a schema is used, and a field's own message still wins.
 */
import { z } from 'zod';
import { plural } from '../plural';

type Issue = z.core.$ZodRawIssue;

const isBlank = (input: unknown) => input === undefined || input === null || (typeof input === 'string' && input.trim() === '');

function wrongType(expected: string, input: unknown): string {
  if (isBlank(input)) return expected === 'boolean' ? 'Choose yes or no' : 'Fill in this field';
  switch (expected) {
    case 'number':
    case 'bigint':
      return 'Enter a number, using digits';
    case 'int':
      return 'Enter a whole number, using digits';
    case 'string':
      return 'Enter this as text';
    case 'boolean':
      return 'Choose yes or no';
    case 'date':
      return 'Enter a date';
    case 'array':
    case 'set':
      return 'Choose from the list';
    default:
      return 'Fill in this field';
  }
}

function limit(issue: Issue & { code: 'too_small' | 'too_big' }, bound: number | bigint): string {
  const small = issue.code === 'too_small';
  const n = Number(bound);
  switch (issue.origin) {
    case 'string':
      if (small && n <= 1) return 'Fill in this field';
      return small ? `Enter at least ${plural(n, 'character')}` : `Keep this under ${plural(n + 1, 'character')}`;
    case 'array':
    case 'set':
      return small ? `Choose at least ${n}` : `Choose no more than ${n}`;
    case 'date':
      return small ? 'This date is too early' : 'This date is too late';
    default: {
      const exclusive = issue.inclusive === false;
      if (small) return exclusive ? `Enter a number above ${n.toLocaleString('en-GB')}` : `Enter ${n.toLocaleString('en-GB')} or more`;
      return exclusive ? `Enter a number below ${n.toLocaleString('en-GB')}` : `Enter ${n.toLocaleString('en-GB')} or less`;
    }
  }
}

const FORMATS: Record<string, string> = {
  email: 'Enter an email address like name@example.org',
  url: 'Enter a full web address starting with https://',
  datetime: 'Enter a date and time',
  date: 'Enter a date',
  time: 'Enter a time as HH:MM, for example 09:30',
};

/** The message for one issue; exported for the test that reads every form's messages. */
export function plainMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return wrongType(String(issue.expected), issue.input);
    case 'too_small':
      return isBlank(issue.input) && issue.origin !== 'number' ? 'Fill in this field' : limit(issue, issue.minimum);
    case 'too_big':
      return limit(issue, issue.maximum);
    case 'invalid_format':
      return isBlank(issue.input) ? 'Fill in this field' : (FORMATS[issue.format] ?? 'Check how this is written');
    case 'not_multiple_of':
      return `Enter a multiple of ${Number(issue.divisor).toLocaleString('en-GB')}`;
    case 'invalid_value':
      return isBlank(issue.input) ? 'Choose one from the list' : 'Choose one of the options given';
    case 'unrecognized_keys':
      return 'This has something the form does not expect';
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
    default:
      return 'Check this field';
  }
}

z.config({ customError: (issue) => plainMessage(issue) });
