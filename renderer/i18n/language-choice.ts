/**
 * The language this machine shows, kept in localStorage until volunteers have accounts
 * (then it moves to the signed-in volunteer). Read once at start, written when chosen.
 */
import { isLanguage, SOURCE_LANGUAGE, type Language } from './languages';
import { setLanguage } from './i18n';

const KEY = 'signpost.language';

export function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(KEY);
    return isLanguage(value) ? value : SOURCE_LANGUAGE;
  } catch {
    // Storage can be refused (a locked-down profile): English, and nothing lost.
    return SOURCE_LANGUAGE;
  }
}

/** Switches the app to the language and remembers it for the next start. */
export async function chooseLanguage(language: Language): Promise<void> {
  await setLanguage(language);
  try {
    globalThis.localStorage?.setItem(KEY, language);
  } catch {
    // The choice still holds for this session.
  }
}

/** At start: the remembered language, loaded before the first render so nothing flashes in English. */
export async function startInStoredLanguage(): Promise<void> {
  const language = storedLanguage();
  if (language === SOURCE_LANGUAGE) return;
  try {
    await setLanguage(language);
  } catch (error) {
    console.error(`Signpost: the ${language} catalogue could not be loaded: ${(error as Error).message}`);
  }
}
