/**
 * The app's one place for turning dates, times, numbers, money, lists, relative times and
 * counts into words, on `Intl`, in the chosen UI language. Nothing else in the renderer
 * names a locale.
 *
 * Two kinds of time are kept apart:
 * - calendar dates ("YYYY-MM-DD") and times of day ("HH:MM") are what the forum's records
 *   hold; they are formatted as they are, with no time zone, so a date never moves by a day
 *   whatever zone the laptop is set to;
 * - instants (record stamps, "waiting since") are shown in a time zone: the laptop's own
 *   unless one is given (tests pin London and Auckland).
 *
 * Dates are always Gregorian (Farsi would otherwise default to the Solar Hijri calendar,
 * and Home Office letters, appointments and the rota all use Gregorian dates). Weeks start
 * on Monday, as the forum's rota does, in every language.
 */
import { useTranslation } from 'react-i18next';
import { currentLanguage } from './i18n';
import { isLanguage, SOURCE_LANGUAGE, type Language } from './languages';

export type DateStyle = 'long' | 'medium' | 'short' | 'numeric' | 'weekday' | 'dayMonth' | 'monthYear' | 'weekdayShort';

export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface Formatter {
  language: Language;
  /** The BCP 47 tag handed to Intl. */
  locale: string;
  /** A calendar date, "2026-11-24" → "Tuesday, 24 November 2026" (long), "24 Nov 2026" (medium)… */
  date(isoDate: string, style?: DateStyle): string;
  /** A time of day, "14:05" → "14:05" / "2:05 م"… */
  time(hhmm: string): string;
  /** "10:00–12:30" in the locale's own range form. */
  timeRange(startHhmm: string, endHhmm: string): string;
  /** Two calendar dates as one range: "3–9 March 2026". */
  dateRange(startIsoDate: string, endIsoDate: string, style?: 'long' | 'medium'): string;
  /** An instant as date and time in the time zone. */
  dateTime(instant: string | Date): string;
  /** An instant's time of day in the time zone. */
  timeOf(instant: string | Date): string;
  /** An instant's calendar date (YYYY-MM-DD) in the time zone: for comparing, not showing. */
  calendarDateOf(instant: string | Date): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A fraction as a percentage: 0.25 → "25%". */
  percent(value: number, fractionDigits?: number): string;
  /** Money, pounds by default, always with the currency's symbol: "£12.50" (or "£1,234" with whole). */
  money(amount: number, options?: { currency?: string; whole?: boolean }): string;
  /** "Amal, Bogdan and Chen" / "Amal, Bogdan or Chen". */
  list(items: readonly string[], type?: Intl.ListFormatType): string;
  /** "in 3 days", "2 hours ago", "yesterday". */
  relativeTime(value: number, unit: Intl.RelativeTimeFormatUnit): string;
  /** A calendar date against today: "today", "tomorrow", "in 5 days", "3 days ago". */
  relativeDay(isoDate: string, todayIsoDate: string): string;
  /** An instant against now, in the largest whole unit (minutes, hours, then calendar days in the zone). */
  relativeToNow(instant: string | Date, now: Date): string;
  /** A duration in minutes or hours as a unit: "12 min", "3.5 hours". */
  duration(value: number, unit: 'minute' | 'hour', display?: 'short' | 'long'): string;
  /** The language's plural category of a number (one, few, many, other…). */
  pluralCategory(count: number): Intl.LDMLPluralRule;
  /** Chooses the form for the count; "#" in the form becomes the formatted number. */
  plural(count: number, forms: PluralForms): string;
  /** Weekday names, Monday first. */
  weekdays(style?: 'long' | 'short' | 'narrow'): string[];
  /** Month names, January first. */
  months(style?: 'long' | 'short'): string[];
}

export interface FormatterOptions {
  /** The IANA zone instants are shown in; the laptop's own when left out. */
  timeZone?: string;
}

const asUtcDate = (isoDate: string): Date => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new RangeError(`Not a calendar date: ${isoDate}`);
  return new Date(`${isoDate}T00:00:00Z`);
};

const asUtcTime = (hhmm: string): Date => {
  if (!/^\d{2}:\d{2}$/.test(hhmm)) throw new RangeError(`Not a time of day: ${hhmm}`);
  return new Date(`1970-01-05T${hhmm}:00Z`);
};

const asInstant = (instant: string | Date): Date => (instant instanceof Date ? instant : new Date(instant));

const DAY_MS = 86_400_000;

const dayNumber = (isoDate: string): number => Math.round(asUtcDate(isoDate).getTime() / DAY_MS);

const DATE_STYLES: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  short: { weekday: 'short', day: 'numeric', month: 'short' },
  numeric: { day: '2-digit', month: '2-digit', year: 'numeric' },
  weekday: { weekday: 'long' },
  weekdayShort: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'long' },
  monthYear: { month: 'long', year: 'numeric' },
};

/** The Intl tag for a UI language: Gregorian calendar always (see the module comment). */
export function intlLocaleOf(language: Language): string {
  return `${language}-u-ca-gregory`;
}

function createFormatter(language: Language, { timeZone }: FormatterOptions): Formatter {
  const locale = intlLocaleOf(language);
  // Intl formatters are slow to build and fast to use: each is made once per formatter.
  const cache = new Map<string, unknown>();
  const cached = <T>(key: string, make: () => T): T => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key) as T;
  };
  const dates = (style: DateStyle) =>
    cached(`date:${style}`, () => new Intl.DateTimeFormat(locale, { ...DATE_STYLES[style], timeZone: 'UTC' }));
  const times = () => cached('time', () => new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: 'UTC' }));
  const zoned = (key: string, options: Intl.DateTimeFormatOptions) =>
    cached(`zoned:${key}`, () => new Intl.DateTimeFormat(locale, { ...options, ...(timeZone ? { timeZone } : {}) }));
  // en-CA writes dates as YYYY-MM-DD: used only to read an instant's calendar date in the zone.
  const isoDateIn = () =>
    cached('iso', () => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', ...(timeZone ? { timeZone } : {}) }));
  const relative = () => cached('relative', () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
  const plurals = new Intl.PluralRules(locale);

  const formatter: Formatter = {
    language,
    locale,
    date: (isoDate, style = 'long') => dates(style).format(asUtcDate(isoDate)),
    time: (hhmm) => times().format(asUtcTime(hhmm)),
    timeRange: (start, end) =>
      times().formatRange(asUtcTime(start), asUtcTime(end)),
    dateRange: (start, end, style = 'medium') => {
      const options = style === 'long' ? DATE_STYLES.long : DATE_STYLES.medium;
      const range = cached(`range:${style}`, () => new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }));
      return range.formatRange(asUtcDate(start), asUtcDate(end));
    },
    dateTime: (instant) =>
      zoned('dateTime', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(asInstant(instant)),
    timeOf: (instant) => zoned('timeOf', { hour: '2-digit', minute: '2-digit' }).format(asInstant(instant)),
    calendarDateOf: (instant) => isoDateIn().format(asInstant(instant)),
    number: (value, options) =>
      cached(`number:${options ? JSON.stringify(options) : ''}`, () => new Intl.NumberFormat(locale, options)).format(value),
    percent: (value, fractionDigits = 0) =>
      cached(`percent:${fractionDigits}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits })).format(value),
    money: (amount, { currency = 'GBP', whole = false } = {}) =>
      cached(
        `money:${currency}:${whole}`,
        () => new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay: 'narrowSymbol', ...(whole ? { maximumFractionDigits: 0 } : {}) }),
      ).format(amount),
    list: (items, type = 'conjunction') => cached(`list:${type}`, () => new Intl.ListFormat(locale, { type })).format(items),
    relativeTime: (value, unit) => relative().format(value, unit),
    relativeDay: (isoDate, today) => formatter.relativeTime(dayNumber(isoDate) - dayNumber(today), 'day'),
    relativeToNow: (instant, now) => {
      const at = asInstant(instant);
      const minutes = Math.round((at.getTime() - now.getTime()) / 60_000);
      if (Math.abs(minutes) < 60) return formatter.relativeTime(minutes, 'minute');
      const hours = Math.round(minutes / 60);
      // Under a day, hours; beyond, calendar days in the zone, so a day that had 23 or 25
      // hours (a clock change) still counts as one day.
      if (Math.abs(hours) < 24) return formatter.relativeTime(hours, 'hour');
      return formatter.relativeDay(formatter.calendarDateOf(at), formatter.calendarDateOf(now));
    },
    duration: (value, unit, display = 'short') =>
      cached(`duration:${unit}:${display}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: display, maximumFractionDigits: 2 })).format(value),
    pluralCategory: (count) => plurals.select(count),
    plural: (count, forms) => {
      const exact = forms[plurals.select(count)] ?? forms.other;
      return exact.replace(/#/g, formatter.number(count));
    },
    weekdays: (style = 'long') => {
      const names = cached(`weekday:${style}`, () => new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }));
      // 2024-01-01 was a Monday.
      return Array.from({ length: 7 }, (_, i) => names.format(new Date(Date.UTC(2024, 0, 1 + i))));
    },
    months: (style = 'long') => {
      const names = cached(`month:${style}`, () => new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' }));
      return Array.from({ length: 12 }, (_, i) => names.format(new Date(Date.UTC(2024, i, 15))));
    },
  };
  return formatter;
}

const formatters = new Map<string, Formatter>();

/** The formatter for a language (and optionally a time zone); made once and kept. */
export function formatterFor(language: string, options: FormatterOptions = {}): Formatter {
  const code = isLanguage(language) ? language : SOURCE_LANGUAGE;
  const key = `${code}|${options.timeZone ?? ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = createFormatter(code, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The formatter for the language the app shows now (outside React, e.g. in printing code). */
export function format(): Formatter {
  return formatterFor(currentLanguage());
}

/** The formatter for the current language; the component re-renders when the language changes. */
export function useFormat(): Formatter {
  const { i18n } = useTranslation();
  return formatterFor(i18n.resolvedLanguage ?? i18n.language);
}
