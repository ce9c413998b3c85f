/** The renderer's i18n: the i18next instance, language choice, and formatting on Intl. */
export { i18n, setLanguage, currentLanguage, ensureLanguageLoaded } from './i18n';
export { appLanguageForClient, printLanguage, type PrintLanguage } from './client-language';
export { chooseLanguage, storedLanguage, startInStoredLanguage } from './language-choice';
export { LANGUAGES, NAMESPACES, SOURCE_LANGUAGE, directionOf, isLanguage, type Language, type Namespace } from './languages';
export { formatterFor, format, useFormat, type Formatter } from './format';
export { wordMessage, useMessageWords } from './message-words';
