/**
 * The app's one i18next instance: ICU message format (plurals, selects, numbers inside
 * messages), English bundled, other languages loaded on demand. `lang` and `dir` on <html>
 * follow the chosen language, so the layout (written with logical CSS properties) mirrors.
 */
import i18next from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { loadCatalogue, sourceCatalogue } from './catalogues';
import { directionOf, isLanguage, LANGUAGES, NAMESPACES, SOURCE_LANGUAGE, type Language } from './languages';

export const i18n = i18next.createInstance();

void i18n
  .use(new ICU())
  .use(initReactI18next)
  .init({
    lng: SOURCE_LANGUAGE,
    fallbackLng: SOURCE_LANGUAGE,
    supportedLngs: LANGUAGES.map((language) => language.code),
    ns: [...NAMESPACES],
    defaultNS: 'common',
    resources: { [SOURCE_LANGUAGE]: sourceCatalogue },
    partialBundledLanguages: true,
    // Synchronous: English is already here, so the first render never waits.
    initAsync: false,
    // React escapes what it renders; escaping here as well would show "&amp;".
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });

const loaded = new Set<Language>([SOURCE_LANGUAGE]);

/** Makes a language's catalogues available without switching to it (a slip printed in the client's language). */
export async function ensureLanguageLoaded(language: Language): Promise<void> {
  if (loaded.has(language) || language === 'en-GB') return;
  const catalogue = await loadCatalogue(language);
  for (const [namespace, messages] of Object.entries(catalogue)) i18n.addResourceBundle(language, namespace, messages, true, true);
  loaded.add(language);
}

/** Loads the language's catalogues if needed, switches to it, and sets lang/dir on the page. */
export async function setLanguage(language: Language): Promise<void> {
  await ensureLanguageLoaded(language);
  await i18n.changeLanguage(language);
  applyToDocument(language);
}

/** The language the app shows now. */
export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : SOURCE_LANGUAGE;
}

function applyToDocument(language: Language): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

applyToDocument(SOURCE_LANGUAGE);
