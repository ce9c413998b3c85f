/**
 * The pieces of DateField that are not React: which order day, month and year come in for
 * a language, reading what was typed (in any digits) and putting it together as an ISO date.
 */
import { intlLocaleOf } from '../i18n/format';
import type { Language } from '../i18n/languages';

export type DatePart = 'day' | 'month' | 'year';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_PARTS: DateParts = { day: '', month: '', year: '' };

/** The order the language writes a numeric date in: day-month-year in most, year-month-day in Farsi. */
export function partOrder(language: Language): DatePart[] {
  const parts = new Intl.DateTimeFormat(intlLocaleOf(language), { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2007, 2, 27)))
    .map((part) => part.type)
    .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
  return parts.length === 3 ? parts : ['day', 'month', 'year'];
}

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits read as 0-9, so people can type in their own digits. */
export function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) & 0xf));
}

const digitsOnly = (text: string) => /^\d+$/.test(text);

/** Splits a stored value back into the three fields: an ISO date, or what compose() gave for an unfinished one. */
export function splitValue(value: string | undefined | null): DateParts {
  if (!value) return EMPTY_PARTS;
  const match = /^(\d*)-(\d*)-(\d*)$/.exec(value);
  if (!match) return EMPTY_PARTS;
  const [, year = '', month = '', day = ''] = match;
  const unpad = (s: string) => (s.length === 2 && s.startsWith('0') ? s.slice(1) : s);
  return { day: unpad(day), month: unpad(month), year };
}

export type Composed = { kind: 'empty'; value: '' } | { kind: 'date'; value: string } | { kind: 'incomplete' | 'not-real'; value: string };

/**
 * The fields as one value for the form: '' when all are empty, "YYYY-MM-DD" for a real date,
 * otherwise "year-month-day" as typed (not a valid ISO date, so the form's schema refuses it
 * and the fields keep what was typed).
 */
export function compose(parts: DateParts): Composed {
  const day = westernDigits(parts.day.trim());
  const month = westernDigits(parts.month.trim());
  const year = westernDigits(parts.year.trim());
  if (!day && !month && !year) return { kind: 'empty', value: '' };
  const raw = `${year}-${month}-${day}`;
  if (!day || !month || year.length !== 4 || ![day, month, year].every(digitsOnly)) return { kind: 'incomplete', value: raw };
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = m >= 1 && m <= 12 && d >= 1 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  if (!real) return { kind: 'not-real', value: raw };
  return { kind: 'date', value: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}
