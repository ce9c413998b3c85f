/**
 * The one place a message code (shared/messages/message-code.ts) becomes words in the
 * app's language. Field, DateField, the status region and the form helpers in
 * renderer/ui call it, so a form shows a schema's or a command's message in Arabic with no
 * change to the form. Text that holds no code is returned as it is, and codes inside a
 * longer text ("Name: ⟦…⟧; ⟦…⟧", as imports join a row's problems) are each worded in place.
 *
 * Arguments that are codes are worded first; lists are joined as the language joins them.
 * (Names arrive already isolated: shared/ wraps them with `isolated()`.)
 */
import { useTranslation } from 'react-i18next';
import { decodeMessage, type MessageArgument } from '../../shared/messages/message-code';
import { formatterFor } from './format';
import { i18n } from './i18n';

const OPEN = '⟦';
const CLOSE = '⟧';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Each outermost ⟦…⟧ in the text, with where it starts and ends (codes may nest inside arguments). */
function codeSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === OPEN) {
      if (depth === 0) start = i;
      depth += 1;
    } else if (text[i] === CLOSE && depth > 0) {
      depth -= 1;
      if (depth === 0) spans.push([start, i + 1]);
    }
  }
  return spans;
}

function wordOne(code: string, language: string, t: Translate): string {
  const decoded = decodeMessage(code);
  if (!decoded) return code;
  const argument = (value: MessageArgument): string | number => {
    if (typeof value === 'number') return value;
    if (typeof value === 'string') return wordIn(value, language, t);
    return formatterFor(language).list(value.map((item) => wordIn(item, language, t)));
  };
  const values = Object.fromEntries(Object.entries(decoded.args).map(([name, value]) => [name, argument(value)]));
  return t(decoded.key, values);
}

function wordIn(text: string, language: string, t: Translate): string {
  if (!text.includes(OPEN)) return text;
  const spans = codeSpans(text);
  let result = '';
  let at = 0;
  for (const [start, end] of spans) {
    result += text.slice(at, start) + wordOne(text.slice(start, end), language, t);
    at = end;
  }
  return result + text.slice(at);
}

/** A message in the app's current language (or the one given): codes worded, other text untouched. */
export function wordMessage(text: string, language: string = i18n.resolvedLanguage ?? i18n.language): string {
  return wordIn(text, language, i18n.getFixedT(language) as unknown as Translate);
}

/** `wordMessage` for components: re-renders when the language changes. */
export function useMessageWords(): (text: string) => string {
  const { i18n: instance } = useTranslation();
  const language = instance.resolvedLanguage ?? instance.language;
  return (text) => wordMessage(text, language);
}
