/**
 * Country (ISO 3166-1) and language (ISO 639-3) names in one of the app's languages, from
 * Intl.DisplayNames, falling back to the English names of the ISO lists where Intl has
 * none (many 639-3 languages, such as Tigre or Sorani, have no two-letter code Intl knows).
 * Used by the referral screens, the printed summary and the report, which may each be in a
 * different language from the app (a summary printed in the client's own).
 */
import { countryName } from '../../../../shared/codes/countries';
import { languageByCode, languageName } from '../../../../shared/codes/languages';
import { intlLocaleOf } from '../../../i18n/format';
import type { Language } from '../../../i18n/languages';

export interface CodeNames {
  country(code: string): string;
  language(code: string): string;
}

const made = new Map<Language, CodeNames>();

/** Intl's name when it is a real name (not just the code echoed back). */
function named(names: Intl.DisplayNames | undefined, code: string | undefined): string | undefined {
  if (!names || !code) return undefined;
  try {
    const name = names.of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : undefined;
  } catch {
    return undefined;
  }
}

export function codeNames(language: Language): CodeNames {
  let names = made.get(language);
  if (!names) {
    // English keeps the ISO lists' own names, as the pickers show them.
    const english = language === 'en-GB';
    const regions = english ? undefined : new Intl.DisplayNames([intlLocaleOf(language)], { type: 'region', fallback: 'none' });
    const languages = english ? undefined : new Intl.DisplayNames([intlLocaleOf(language)], { type: 'language', fallback: 'none' });
    names = {
      country: (code) => named(regions, code) ?? countryName(code),
      language: (code) => named(languages, languageByCode(code)?.code1) ?? languageName(code),
    };
    made.set(language, names);
  }
  return names;
}
