/**
 * Country and language names in one of the app's languages (renderer/i18n/display-names.ts).
 * Used by the referral screens, the printed summary and the report, which may each be in a
 * different language from the app (a summary printed in the client's own).
 */
import { displayNamesIn, type CodeNames } from '../../../i18n/display-names';
import { intlLocaleOf } from '../../../i18n/format';
import type { Language } from '../../../i18n/languages';

export type { CodeNames };

const made = new Map<Language, CodeNames>();

/** The Intl locale names are looked up in; none for English, which keeps the ISO lists' names. */
export function namesLocaleOf(language: Language): string | undefined {
  return language === 'en-GB' ? undefined : intlLocaleOf(language);
}

export function codeNames(language: Language): CodeNames {
  let names = made.get(language);
  if (!names) {
    names = displayNamesIn(namesLocaleOf(language));
    made.set(language, names);
  }
  return names;
}
