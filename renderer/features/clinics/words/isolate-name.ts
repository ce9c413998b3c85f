/**
 * Names and other typed text inside a translated sentence that ends up as a plain string
 * (a status message, a dialog title). Text can only be reordered by the words around it when
 * directions mix: in a right-to-left UI, or when the text holds right-to-left letters. Then
 * it is wrapped in Unicode's first-strong isolate; otherwise it is left as typed, so an
 * English sentence with a Latin name reads (and is found by a test or a search) as written.
 */
import { directionOf, type Language } from '../../../i18n/languages';
import { isolate } from '../../../ui/UserText';

const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

export function isolateIn(language: Language, text: string): string {
  return directionOf(language) === 'rtl' || RIGHT_TO_LEFT_LETTER.test(text) ? isolate(text) : text;
}
