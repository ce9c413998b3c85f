/**
 * Words for the codes clinic records hold (appointment statuses, clinic kinds, the forum's
 * default volunteer roles, languages), from the clinics catalogue. The codes stay in
 * shared/; only their names are translated. A function of `t` and the formatter, so the
 * screen (the app's language) and a printed slip (the client's language) share it.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { languageNameIn as nameInLocale } from '../../../i18n/intl-names';
import { languageInfo, useLanguageTable } from '../../../i18n/language-table';
import { roleTitle } from '../../../../shared/rota/format';
import { DEFAULT_ROLES, type AppointmentStatus, type ClinicKind } from '../../../../shared/schemas';
import { intlLocaleOf, useFormat } from '../../../i18n/format';
import type { Language } from '../../../i18n/languages';

type DefaultRole = (typeof DEFAULT_ROLES)[number];
const isDefaultRole = (role: string): role is DefaultRole => (DEFAULT_ROLES as readonly string[]).includes(role);

/** A language (ISO 639-3) named in the given UI language where Intl knows it; its English name otherwise. */
export function languageNameIn(language: Language, code: string): string {
  return nameInLocale(language === 'en-GB' ? undefined : intlLocaleOf(language), code, languageInfo(code));
}

export interface ClinicWords {
  status: (status: AppointmentStatus) => string;
  kind: (kind: ClinicKind) => string;
  /** The forum's own roles are its own words; the default ones are translated. */
  role: (role: string) => string;
  language: (code: string) => string;
}

export function clinicWords(t: TFunction<'clinics'>, language: Language): ClinicWords {
  return {
    status: (status) => t(`status.${status}`),
    kind: (kind) => t(`kind.${kind}`),
    role: (role) => (isDefaultRole(role) ? t(`role.${role}`) : roleTitle(role)),
    language: (code) => languageNameIn(language, code),
  };
}

/** The words in the language the app shows now. */
export function useClinicWords(): ClinicWords {
  const { t } = useTranslation('clinics');
  const language = useFormat().language;
  // A rare language code is named once the whole language table has arrived.
  useLanguageTable();
  return clinicWords(t, language);
}
