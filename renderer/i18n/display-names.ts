/**
 * Country (ISO 3166-1) and language (ISO 639-3) names in a locale, by the one rule of
 * intl-names.ts, from the whole ISO tables: Intl's names where it has them, the ISO
 * lists' own English names otherwise and with no locale (English), as the pickers show
 * them. Nothing here needs the catalogues or React, so the report worker names codes with it too.
 */
import { countryName } from '../../shared/codes/countries';
import { languageByCode } from '../../shared/codes/languages';
import { intlName, languageNameIn } from './intl-names';

export interface CodeNames {
  country(code: string): string;
  language(code: string): string;
}

/** Names in `intlLocale`; with none, the ISO lists' own English names. */
export function displayNamesIn(intlLocale: string | undefined): CodeNames {
  return {
    country: (code) => (intlLocale ? intlName(intlLocale, 'region', code) : undefined) ?? countryName(code),
    language: (code) => languageNameIn(intlLocale, code, languageByCode(code)),
  };
}
