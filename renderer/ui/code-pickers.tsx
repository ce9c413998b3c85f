/**
 * Pickers over the ISO code lists: one country (ISO 3166-1), one language, or several
 * languages (ISO 639-3), each a searchable combobox rather than a long select.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryOptions } from '../../shared/codes/countries';
import { languageName, languageOptions } from '../../shared/codes/languages';
import { Combobox, type ComboboxOption } from './Combobox';

interface PickerAria {
  id?: string;
  'aria-describedby'?: string | undefined;
  'aria-invalid'?: boolean | undefined;
}

let countryChoices: ComboboxOption[] | undefined;
let languageChoices: ComboboxOption[] | undefined;

function countries(): ComboboxOption[] {
  countryChoices ??= countryOptions().map((c) => ({ value: c.code, label: c.name, common: true }));
  return countryChoices;
}

/** Languages with a two-letter code are the widely spoken ones: ranked first. */
function languages(): ComboboxOption[] {
  languageChoices ??= languageOptions().map((l) => ({ value: l.code, label: l.name, common: l.code1 !== undefined }));
  return languageChoices;
}

export function CountryPicker({ value, onChange, ...aria }: PickerAria & { value: string | undefined; onChange: (code: string | undefined) => void }) {
  const { t } = useTranslation();
  return <Combobox options={countries()} value={value} onChange={onChange} placeholder={t('pickers.typeCountry')} {...aria} />;
}

export function LanguagePicker({ value, onChange, ...aria }: PickerAria & { value: string | undefined; onChange: (code: string | undefined) => void }) {
  const { t } = useTranslation();
  return <Combobox options={languages()} value={value} onChange={onChange} placeholder={t('pickers.typeLanguage')} {...aria} />;
}

/** Several languages, main one first; each chosen language is a removable chip. */
export function LanguagesPicker({ value, onChange, ...aria }: PickerAria & { value: readonly string[]; onChange: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const chosen = useMemo(() => [...value], [value]);
  return (
    <div className="chips-picker">
      {chosen.length > 0 ? (
        <ul className="chips" aria-label={t('pickers.chosenLanguages')}>
          {chosen.map((code, index) => (
            <li key={code} className="chip">
              <bdi>{languageName(code)}</bdi>
              {index === 0 ? <span className="chip__note"> {t('pickers.mainLanguage')}</span> : null}
              <button
                type="button"
                className="chip__remove"
                aria-label={t('pickers.removeLanguage', { language: languageName(code) })}
                onClick={() => onChange(chosen.filter((c) => c !== code))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <Combobox
        options={languages()}
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
