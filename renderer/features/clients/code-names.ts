/**
 * Countries and languages by their ISO codes, named in the volunteer's language by the
 * app's one rule (renderer/i18n/display-names.ts): Intl's names where it has them, the
 * code tables' English names otherwise, and in English (the ones the pickers offer).
 */
import { useMemo } from 'react';
import { displayNamesIn } from '../../i18n/display-names';
import { useFormat } from '../../i18n/format';

export interface CodeNames {
  country(code: string): string;
  language(code: string): string;
  /** Several languages as one list in the language's own way ("Arabic, Kurdish and English"). */
  languages(codes: readonly string[]): string;
}

export function useCodeNames(): CodeNames {
  const format = useFormat();
  return useMemo(() => {
    const names = displayNamesIn(format.language === 'en-GB' ? undefined : format.locale);
    return { ...names, languages: (codes) => format.list(codes.map(names.language), 'unit') };
  }, [format]);
}
