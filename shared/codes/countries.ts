/** Countries by ISO 3166-1 alpha-2 code, with English names, from i18n-iso-countries. */
import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';

countries.registerLocale(english);

export interface CountryOption {
  code: string;
  name: string;
}

let options: CountryOption[] | undefined;

export function countryOptions(): CountryOption[] {
  options ??= Object.entries(countries.getNames('en', { select: 'official' }))
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return options;
}

/** The English name ("Eritrea"); the code itself when unknown, never blank. */
export function countryName(code: string): string {
  return countries.getName(code, 'en') ?? code;
}
