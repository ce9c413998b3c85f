/**
 * UK bank holidays, computed by date-holidays-parser from the date-holidays package's
 * rules for the United Kingdom (Easter, substitute days when a holiday falls at a weekend,
 * one-off days such as a coronation), shipped in uk-holiday-data.ts, so no internet is
 * needed. The parser and the time-zone tables it brings are large, so they are loaded on
 * first use, apart from the app's first screen: `await loadBankHolidays()` before a
 * transaction, then ask it synchronously.
 */
import type { BankHolidaySet } from '../schemas';

export interface ClosureDay {
  date: string;
  reason: string;
}

export interface BankHolidays {
  /** The set's bank holidays between two dates inclusive, in date order. */
  between(set: BankHolidaySet, from: string, to: string): ClosureDay[];
}

/** date-holidays' subdivision of GB for each set (Wales keeps England's bank holidays). */
const REGION: Readonly<Record<Exclude<BankHolidaySet, 'none'>, string>> = {
  'england-and-wales': 'ENG',
  scotland: 'SCT',
  'northern-ireland': 'NIR',
};

let loading: Promise<BankHolidays> | undefined;

export function loadBankHolidays(): Promise<BankHolidays> {
  loading ??= (async () => {
    const [{ default: Holidays }, { UK_HOLIDAY_DATA }] = await Promise.all([import('date-holidays-parser'), import('./uk-holiday-data')]);
    const calendars = new Map<string, InstanceType<typeof Holidays>>();
    const calendarOf = (region: string) => {
      let calendar = calendars.get(region);
      if (!calendar) {
        calendar = new Holidays(UK_HOLIDAY_DATA, 'GB', region);
        calendars.set(region, calendar);
      }
      return calendar;
    };
    return {
      between(set, from, to) {
        if (set === 'none' || to < from) return [];
        const calendar = calendarOf(REGION[set]);
        const days = new Map<string, string>();
        for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
          for (const holiday of calendar.getHolidays(year, 'en')) {
            if (holiday.type !== 'public' && holiday.type !== 'bank') continue;
            // `date` is the local date in the holiday's own time zone: 'YYYY-MM-DD 00:00:00'.
            const date = holiday.date.slice(0, 10);
            if (date < from || date > to) continue;
            days.set(date, days.has(date) ? `${days.get(date)}, ${holiday.name}` : holiday.name);
          }
        }
        return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, reason]) => ({ date, reason }));
      },
    };
  })();
  return loading;
}
