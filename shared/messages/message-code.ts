/**
 * Messages for people, carried as codes. shared/ decides *what* to say (a schema's check,
 * a booking refused) but cannot know the volunteer's language, and must not import
 * i18next; so it writes a code — a catalogue key with its arguments — where a sentence
 * would go, and the renderer words it at the last moment (`wordMessage` in
 * renderer/i18n/message-words.ts; Field, the status region and the form helpers call it).
 *
 *   messageCode('common:validation.atLeastCharacters', { count: 3 })
 *     → '⟦common:validation.atLeastCharacters {"count":3}⟧'
 *
 * The code is a plain string so it travels wherever a message did (zod issues,
 * Error.message, react-hook-form errors) with no change to the code in between. An
 * argument may itself be a code (worded first) or a list of them (worded, then joined as
 * a list in the language). Text people typed (a name) goes in as `isolated(name)`, so it
 * keeps its own direction inside a sentence in another script; other string arguments are
 * plain so an ICU `select` can match them. The brackets make a code that was never worded
 * easy to spot.
 */

export type MessageArgument = string | number | readonly string[];
export type MessageArguments = Readonly<Record<string, MessageArgument>>;

const OPEN = '⟦';
const CLOSE = '⟧';

/** A message as a code: `key` is a catalogue key with its namespace ("common:refusal.slotFull"). */
export function messageCode(key: string, args?: MessageArguments): string {
  return `${OPEN}${key}${args && Object.keys(args).length > 0 ? ` ${JSON.stringify(args)}` : ''}${CLOSE}`;
}

export interface DecodedMessage {
  key: string;
  args: MessageArguments;
}

/** The key and arguments of a code, or undefined for text that is not one. */
export function decodeMessage(text: string): DecodedMessage | undefined {
  if (!text.startsWith(OPEN) || !text.endsWith(CLOSE)) return undefined;
  const body = text.slice(OPEN.length, -CLOSE.length);
  const space = body.indexOf(' ');
  if (space < 0) return { key: body, args: {} };
  try {
    const args: unknown = JSON.parse(body.slice(space + 1));
    if (typeof args !== 'object' || args === null || Array.isArray(args)) return undefined;
    return { key: body.slice(0, space), args: args as MessageArguments };
  } catch {
    return undefined;
  }
}

/** True for a message that is a code. */
export function isMessageCode(text: string): boolean {
  return decodeMessage(text) !== undefined;
}

/** Unicode's first-strong isolate (U+2068 … U+2069) around text people typed, for a message argument. */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}

/** A value an ICU `select` can match: its selectors cannot hold "-" ("did-not-attend" → "did_not_attend"). */
export function selectValue(value: string): string {
  return value.replace(/[^A-Za-z0-9_]/g, '_');
}
