/**
 * Pickers over the ISO code lists: one country (ISO 3166-1), one language, or several
 * languages (ISO 639-3), each a searchable combobox rather than a long select. In a UI
 * language other than English, countries and the languages Intl knows are named in it
 * (Intl.DisplayNames), and their English names still find them.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../../shared/codes/countries';
import { languageName, languageOptions } from '../../shared/codes/languages';
import { intlName } from '../i18n/intl-names';
import { intlLocaleOf, useFormat } from '../i18n/format';
import type { Language } from '../i18n/languages';
import { Combobox, type ComboboxOption } from './Combobox';

interface PickerAria {
  id?: string;
  'aria-describedby'?: string | undefined;
  'aria-invalid'?: boolean | undefined;
}

const countryChoices = new Map<Language, ComboboxOption[]>();
const languageChoices = new Map<Language, ComboboxOption[]>();

/** The Intl locale names are looked up in; none for English, whose pickers keep the ISO lists' names. */
const namesLocale = (language: Language): string | undefined => (language === 'en-GB' ? undefined : intlLocaleOf(language));

function countries(language: Language): ComboboxOption[] {
  let choices = countryChoices.get(language);
  if (!choices) {
    const locale = namesLocale(language);
    choices = countryOptions().map((c) => {
      const local = locale ? intlName(locale, 'region', c.code) : undefined;
      return { value: c.code, label: local ?? c.name, common: true, ...(local ? { alias: c.name } : {}) };
    });
    countryChoices.set(language, choices);
  }
  return choices;
}

/** Languages with a two-letter code are the widely spoken ones: ranked first (and the ones Intl names). */
function languages(language: Language): ComboboxOption[] {
  let choices = languageChoices.get(language);
  if (!choices) {
    const locale = namesLocale(language);
    choices = languageOptions().map((l) => {
      const local = locale && l.code1 ? intlName(locale, 'language', l.code1) : undefined;
      return { value: l.code, label: local ?? l.name, common: l.code1 !== undefined, ...(local ? { alias: l.name } : {}) };
    });
    languageChoices.set(language, choices);
  }
  return choices;
}

export function CountryPicker({ value, onChange, ...aria }: PickerAria & { value: string | undefined; onChange: (code: string | undefined) => void }) {
  const { t } = useTranslation();
  const language = useFormat().language;
  return <Combobox options={countries(language)} value={value} onChange={onChange} placeholder={t('pickers.typeCountry')} {...aria} />;
}

export function LanguagePicker({ value, onChange, ...aria }: PickerAria & { value: string | undefined; onChange: (code: string | undefined) => void }) {
  const { t } = useTranslation();
  const language = useFormat().language;
  return <Combobox options={languages(language)} value={value} onChange={onChange} placeholder={t('pickers.typeLanguage')} {...aria} />;
}

/** Several languages, main one first; each chosen language is a removable chip. */
export function LanguagesPicker({ value, onChange, ...aria }: PickerAria & { value: readonly string[]; onChange: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const language = useFormat().language;
  const chosen = useMemo(() => [...value], [value]);
  const nameOf = (code: string) => languages(language).find((option) => option.value === code)?.label ?? languageName(code);
  return (
    <div className="chips-picker">
      {chosen.length > 0 ? (
        <ul className="chips" aria-label={t('pickers.chosenLanguages')}>
          {chosen.map((code, index) => (
            <li key={code} className="chip">
              <bdi>{nameOf(code)}</bdi>
              {index === 0 ? <span className="chip__note"> {t('pickers.mainLanguage')}</span> : null}
              <button
                type="button"
                className="chip__remove"
                aria-label={t('pickers.removeLanguage', { language: nameOf(code) })}
                onClick={() => onChange(chosen.filter((c) => c !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <Combobox
        options={languages(language)}
        value={undefined}
        exclude={chosen}
        clearOnChoose
        onChange={(code) => (code ? onChange([...chosen, code]) : undefined)}
        placeholder={chosen.length > 0 ? t('pickers.addLanguage') : t('pickers.typeLanguage')}
        {...aria}
      />
    </div>
  );
}
