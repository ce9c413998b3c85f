/**
 * Country (ISO 3166-1) and language (ISO 639-3) names in a locale, from Intl.DisplayNames,
 * falling back to the English names of the ISO lists where Intl has none (many 639-3
 * languages, such as Tigre or Sorani, have no two-letter code Intl knows). Nothing here
 * needs the catalogues or React, so the report worker names codes with it too.
 */
import { countryName } from '../../shared/codes/countries';
import { languageByCode, languageName } from '../../shared/codes/languages';

export interface CodeNames {
  country(code: string): string;
  language(code: string): string;
}

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

/** Names in `intlLocale`; with none, the ISO lists' own English names, as the pickers show them. */
export function displayNamesIn(intlLocale: string | undefined): CodeNames {
  const regions = intlLocale ? new Intl.DisplayNames([intlLocale], { type: 'region', fallback: 'none' }) : undefined;
  const languages = intlLocale ? new Intl.DisplayNames([intlLocale], { type: 'language', fallback: 'none' }) : undefined;
  return {
    country: (code) => named(regions, code) ?? countryName(code),
    language: (code) => named(languages, languageByCode(code)?.code1) ?? languageName(code),
  };
}
