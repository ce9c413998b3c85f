/**
 * Countries and languages by their ISO codes, named in the volunteer's language where
 * Intl.DisplayNames knows them (countries, and languages with a two-letter code); other
 * ISO 639-3 languages keep the English name of the code table. In English the code
 * tables' own names are used, the ones the pickers offer.
 */
import { useMemo } from 'react';
import { countryName } from '../../../shared/codes/countries';
import { languageByCode, languageName } from '../../../shared/codes/languages';
import { useFormat } from '../../i18n/format';

/** The name Intl gives, when it gives one that is not just the code back. */
function displayName(names: Intl.DisplayNames | undefined, code: string): string | undefined {
  try {
    const name = names?.of(code);
    return name && name.toLowerCase() !== code.toLowerCase() ? name : undefined;
  } catch {
    return undefined;
  }
}

export interface CodeNames {
  country(code: string): string;
  language(code: string): string;
  /** Several languages as one list in the language's own way ("Arabic, Kurdish and English"). */
  languages(codes: readonly string[]): string;
}

export function useCodeNames(): CodeNames {
  const format = useFormat();
  return useMemo(() => {
    const english = format.language === 'en-GB';
    const regions = english ? undefined : new Intl.DisplayNames([format.locale], { type: 'region', fallback: 'none' });
    const languageNames = english ? undefined : new Intl.DisplayNames([format.locale], { type: 'language', fallback: 'none' });
    const language = (code: string): string => {
      const twoLetter = languageByCode(code)?.code1;
      return (twoLetter && displayName(languageNames, twoLetter)) || languageName(code);
    };
    return {
      country: (code) => displayName(regions, code) ?? countryName(code),
      language,
      languages: (codes) => format.list(codes.map(language), 'unit'),
    };
  }, [format]);
}
