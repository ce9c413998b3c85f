/**
 * Line folding for iCalendar files (RFC 5545 §3.1): a content line longer than 75 octets
 * is split, each continuation starting with one space, so no physical line is longer than
 * 75 octets. The `ics` package folds after 75 *characters*, which for Arabic, Farsi or
 * Ukrainian text is up to 150 octets, so its output is unfolded and folded again here.
 * A fold never falls inside a character (a UTF-8 sequence is never split).
 */

const LIMIT = 75;

function octets(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** One content line folded at 75 octets. */
export function foldContentLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let used = 0;
  let limit = LIMIT;
  for (const char of line) {
    const size = octets(char.codePointAt(0)!);
    if (used + size > limit) {
      parts.push(current);
      current = '';
      used = 0;
      limit = LIMIT - 1; // the leading space of a continuation line counts
    }
    current += char;
    used += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A whole iCalendar text, unfolded and folded again at 75 octets. */
export function foldIcs(text: string): string {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map(foldContentLine)
    .join('\r\n');
}
