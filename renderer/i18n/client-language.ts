/**
 * Printing for a client in their own language: an appointment slip or a referral summary is
 * read by the client (or the service they take it to), not by the volunteer, so it uses the
 * first of the client's languages that the app has a catalogue for, whatever language the
 * app itself is showing. Client languages are ISO 639-3 codes (many have no two-letter code).
 */
import type { TFunction } from 'i18next';
import { formatterFor, type Formatter } from './format';
import { ensureLanguageLoaded, i18n } from './i18n';
import { directionOf, type Language, type Namespace } from './languages';

/** ISO 639-3 codes (and macrolanguage members) that read one of the app's languages. */
const APP_LANGUAGE_BY_ISO_639_3: Readonly<Record<string, Language>> = {
  eng: 'en-GB',
  // Arabic macrolanguage and its spoken varieties read Modern Standard Arabic in writing.
  ara: 'ar', arb: 'ar', apc: 'ar', ajp: 'ar', acm: 'ar', arz: 'ar', ary: 'ar', apd: 'ar', ayl: 'ar', afb: 'ar', ayp: 'ar', aeb: 'ar', arq: 'ar', shu: 'ar',
  // Persian macrolanguage: Iranian Persian and Dari (Afghanistan) share the written language.
  fas: 'fa', pes: 'fa', prs: 'fa',
  pol: 'pl',
  ukr: 'uk',
};

/** The app language a client reads best, from their languages in order; null when the app has none of them. */
export function appLanguageForClient(clientLanguages: readonly string[]): Language | null {
  for (const code of clientLanguages) {
    const language = APP_LANGUAGE_BY_ISO_639_3[code.toLowerCase()];
    if (language) return language;
  }
  return null;
}

export interface PrintLanguage<N extends Namespace> {
  language: Language;
  dir: 'ltr' | 'rtl';
  /** The namespace's messages in that language, whatever the app shows now. */
  t: TFunction<N>;
  format: Formatter;
}

/** Loads the catalogue if needed and gives one namespace's words and the formats for printing in that language. */
export async function printLanguage<N extends Namespace>(language: Language, namespace: N): Promise<PrintLanguage<N>> {
  await ensureLanguageLoaded(language);
  return { language, dir: directionOf(language), t: i18n.getFixedT(language, namespace), format: formatterFor(language) };
}
