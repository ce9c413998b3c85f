/**
 * The app's UI languages and the catalogue namespaces. Adding a language: add it here,
 * then a folder under locales/ with one JSON file per namespace (the catalogue test says
 * which keys are missing). English (en-GB) is the source every other catalogue follows.
 */

export const LANGUAGES = [
  { code: 'en-GB', name: 'English', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'fa', name: 'فارسی', dir: 'rtl' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
  { code: 'uk', name: 'Українська', dir: 'ltr' },
] as const satisfies readonly { code: string; name: string; dir: 'ltr' | 'rtl' }[];

export type Language = (typeof LANGUAGES)[number]['code'];

export const SOURCE_LANGUAGE: Language = 'en-GB';

/** One namespace per feature area, plus `common` for the shell, navigation and shared components. */
export const NAMESPACES = ['common', 'today', 'clients', 'clinics', 'advice', 'referrals', 'volunteers', 'reports', 'settings', 'backups', 'access', 'privacy'] as const;

export type Namespace = (typeof NAMESPACES)[number];

export function isLanguage(code: unknown): code is Language {
  return LANGUAGES.some((language) => language.code === code);
}

export function directionOf(code: Language): 'ltr' | 'rtl' {
  return LANGUAGES.find((language) => language.code === code)?.dir ?? 'ltr';
}
