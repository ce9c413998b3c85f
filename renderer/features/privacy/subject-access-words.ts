/**
 * The subject access sheet is read by the person themselves, so every stored code on it is
 * put in words, the same words the app's own screens use (the clients, clinics, referrals
 * and advice catalogues); a code from a newer or damaged record is shown as it is.
 */
import { useTranslation } from 'react-i18next';
import { useOutcomeName } from '../advice/outcome-names';
import { useCodeNames } from '../clients/code-names';

export interface SubjectAccessWords {
  /** A detail's value in words: a gender, a status, an age band, a country, languages; typed text as it is. */
  detail(field: string, value: unknown): string;
  appointmentStatus(code: string): string;
  referralStatus(code: string): string;
  outcome(code: string): string;
}

const CODED_DETAILS: Readonly<Record<string, string>> = {
  gender: 'clients:gender',
  immigrationStatus: 'clients:immigrationStatus',
  ageBand: 'clients:ageBand',
};

export function useSubjectAccessWords(): SubjectAccessWords {
  const { t, i18n } = useTranslation(['clients', 'clinics', 'referrals']);
  const names = useCodeNames();
  const outcome = useOutcomeName();
  const coded = (prefix: string, code: string): string => {
    const key = `${prefix}.${code}`;
    return i18n.exists(key) ? t(key as never) : code;
  };
  return {
    detail(field, value) {
      if (value === undefined || value === null) return '';
      if (field === 'nationality' && typeof value === 'string') return names.country(value);
      if (field === 'interpreterLanguage' && typeof value === 'string') return names.language(value);
      if (field === 'languages' && Array.isArray(value)) return names.languages(value.map(String));
      const prefix = CODED_DETAILS[field];
      if (prefix && typeof value === 'string') return coded(prefix, value);
      return Array.isArray(value) ? value.join(', ') : String(value);
    },
    appointmentStatus: (code) => coded('clinics:status', code),
    referralStatus: (code) => coded('referrals:status', code),
    outcome,
  };
}
