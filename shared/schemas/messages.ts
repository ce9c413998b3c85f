/**
 * Plain messages for every check a schema makes without one of its own. zod's defaults
 * ("Invalid input: expected number, received NaN", "Too small: expected number to be
 * >=1") must never reach a volunteer; installed once as zod's global error map, these
 * apply wherever a schema is used, and a field's own message still wins.
 *
 * Each is a message code, written out in full so a test can check its catalogue entry (shared/messages/message-code.ts), worded in the volunteer's
 * language by the renderer: the words live in the `common` catalogue under `validation`.
 */
import { z } from 'zod';
import { messageCode } from '../messages/message-code';

type Issue = z.core.$ZodRawIssue;

const isBlank = (input: unknown) => input === undefined || input === null || (typeof input === 'string' && input.trim() === '');


function wrongType(expected: string, input: unknown): string {
  if (isBlank(input)) return expected === 'boolean' ? messageCode('common:validation.chooseYesNo') : messageCode('common:validation.fillIn');
  switch (expected) {
    case 'number':
    case 'bigint':
      return messageCode('common:validation.enterNumber');
    case 'int':
      return messageCode('common:validation.enterWholeNumber');
    case 'string':
      return messageCode('common:validation.enterText');
    case 'boolean':
      return messageCode('common:validation.chooseYesNo');
    case 'date':
      return messageCode('common:validation.enterDate');
    case 'array':
    case 'set':
      return messageCode('common:validation.chooseFromList');
    default:
      return messageCode('common:validation.fillIn');
  }
}

function limit(issue: Issue & { code: 'too_small' | 'too_big' }, bound: number | bigint): string {
  const small = issue.code === 'too_small';
  const n = Number(bound);
  switch (issue.origin) {
    case 'string':
      if (small && n <= 1) return messageCode('common:validation.fillIn');
      return small ? messageCode('common:validation.atLeastCharacters', { count: n }) : messageCode('common:validation.atMostCharacters', { count: n });
    case 'array':
    case 'set':
      return small ? messageCode('common:validation.chooseAtLeast', { count: n }) : messageCode('common:validation.chooseAtMost', { count: n });
    case 'date':
      return small ? messageCode('common:validation.dateTooEarly') : messageCode('common:validation.dateTooLate');
    default: {
      const exclusive = issue.inclusive === false;
      if (small) return exclusive ? messageCode('common:validation.numberAbove', { limit: n }) : messageCode('common:validation.numberAtLeast', { limit: n });
      return exclusive ? messageCode('common:validation.numberBelow', { limit: n }) : messageCode('common:validation.numberAtMost', { limit: n });
    }
  }
}

const FORMATS: Record<string, string> = {
  email: messageCode('common:validation.email'),
  url: messageCode('common:validation.url'),
  datetime: messageCode('common:validation.dateTime'),
  date: messageCode('common:validation.enterDate'),
  time: messageCode('common:validation.time'),
};

/** The message code for one issue; exported for the test that reads every form's messages. */
export function plainMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return wrongType(String(issue.expected), issue.input);
    case 'too_small':
      return isBlank(issue.input) && issue.origin !== 'number' ? messageCode('common:validation.fillIn') : limit(issue, issue.minimum);
    case 'too_big':
      return limit(issue, issue.maximum);
    case 'invalid_format':
      return isBlank(issue.input) ? messageCode('common:validation.fillIn') : (FORMATS[issue.format] ?? messageCode('common:validation.checkWriting'));
    case 'not_multiple_of':
      return messageCode('common:validation.multipleOf', { divisor: Number(issue.divisor) });
    case 'invalid_value':
      return isBlank(issue.input) ? messageCode('common:validation.chooseOneFromList') : messageCode('common:validation.chooseOneOfOptions');
    case 'unrecognized_keys':
      return messageCode('common:validation.unexpected');
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom':
    default:
      return messageCode('common:validation.checkField');
  }
}

z.config({ customError: (issue) => plainMessage(issue) });
