/**
 * The referral and service forms' validation messages in the chosen language. The schemas
 * in shared/schemas word their problems in plain English (and are tested for it); this maps
 * each message those forms can produce to its catalogue key, so the words next to a field
 * follow the app's language. A message it does not know is shown as it is, never dropped.
 */
import { useTranslation } from 'react-i18next';

type Key =
  | 'serviceName'
  | 'email'
  | 'website'
  | 'chooseFromList'
  | 'chooseLanguage'
  | 'dateFormat'
  | 'dateNotReal'
  | 'referredBy';

/** The referral form's own check of who is referring (its English wording, mapped below). */
export const REFERRED_BY_MESSAGE = 'Enter your name: the service will know who made the referral';

const KNOWN: Readonly<Record<string, Key>> = {
  'Enter the service name': 'serviceName',
  'Enter an email address like team@example.org': 'email',
  'Enter a full web address starting with https://': 'website',
  'Choose one from the list': 'chooseFromList',
  'Choose a language from the list': 'chooseLanguage',
  'Enter a date as YYYY-MM-DD': 'dateFormat',
  'This date does not exist': 'dateNotReal',
  [REFERRED_BY_MESSAGE]: 'referredBy',
};

const TOO_LONG = /^Keep this under (\d+) characters$/;

/** `(message) => words`: the field's message in the app's language, or undefined when there is none. */
export function useValidationWords(): (message: string | undefined) => string | undefined {
  const { t } = useTranslation('referrals');
  return (message) => {
    if (message === undefined || message === '') return undefined;
    const key = KNOWN[message];
    if (key) return t(`validation.${key}`);
    const tooLong = TOO_LONG.exec(message);
    if (tooLong) return t('validation.tooLong', { max: Number(tooLong[1]) });
    return message;
  };
}
