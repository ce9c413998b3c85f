/**
 * Counts in words: "1 shift", "2 shifts", "1 person", "3 people". Every count shown to a
 * person goes through here, so no screen says "1 shifts"; Intl.PluralRules decides which
 * form a number takes, so moving the words to another language later changes only this.
 */
const rules = new Intl.PluralRules('en-GB');

/** The word for this many: `pluralWord(1, 'shift')` → "shift", `pluralWord(2, 'person', 'people')` → "people". */
export function pluralWord(count: number, one: string, other = `${one}s`): string {
  return rules.select(count) === 'one' ? one : other;
}

/** The count and its word: `plural(1, 'session')` → "1 session", `plural(1200, 'client')` → "1,200 clients". */
export function plural(count: number, one: string, other = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${pluralWord(count, one, other)}`;
}
