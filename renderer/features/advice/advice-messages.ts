/**
 * The advice form's own messages in the volunteer's language. The schema and the
 * immigration rule in shared/ keep plain English (the repository's refusals and the unit
 * tests read it); the screen looks each known message up by its code and words it here.
 * A message this area does not own (zod's general ones) is shown as it came.
 */
import { useTranslation } from 'react-i18next';
import { IMMIGRATION_ADVICE_MESSAGE, IMMIGRATION_UNKNOWN_ADVISER_MESSAGE } from '../../../shared/advice/immigration-rule';
import { ADVICE_MESSAGES } from '../../../shared/schemas';

type AdviceMessageCode = keyof typeof ADVICE_MESSAGES | 'immigration' | 'immigrationUnknownAdviser';

const CODES = new Map<string, AdviceMessageCode>([
  ...(Object.entries(ADVICE_MESSAGES) as [keyof typeof ADVICE_MESSAGES, string][]).map(([code, text]) => [text, code] as const),
  [IMMIGRATION_ADVICE_MESSAGE, 'immigration'],
  [IMMIGRATION_UNKNOWN_ADVISER_MESSAGE, 'immigrationUnknownAdviser'],
]);

/** Words a form message (or several joined by the repository) in the chosen language. */
export function useAdviceMessage(): (message: string | undefined) => string | undefined {
  const { t } = useTranslation('advice');
  return (message) => {
    if (message === undefined) return undefined;
    const code = CODES.get(message);
    return code ? t(`validation.${code}`) : message;
  };
}
