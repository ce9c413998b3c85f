/** A volunteer's languages, weekly availability and dates away, as a coordinator reads them. */
import type { AvailabilityWindow, DatesAway, VolunteerLanguage } from '../../../../shared/schemas';
import type { TFunction } from 'i18next';
import type { Formatter } from '../../../i18n/format';
import type { RotaWords } from '../words/rota-words';

/** "Arabic (native), English (fluent)". */
export function languagesInWords(languages: readonly VolunteerLanguage[], words: RotaWords, format: Formatter): string {
  return format.list(languages.map(words.languageWithLevel), 'unit');
}

/** Monday first, then by start time. */
export function sortedAvailability(windows: readonly AvailabilityWindow[]): AvailabilityWindow[] {
  return [...windows].sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from));
}

/** "Mondays 09:00–13:00". */
export function availabilityInWords(window: AvailabilityWindow, words: RotaWords, t: TFunction<'volunteers'>): string {
  return t('details.weekly', { weekday: words.weekday(window.weekday), time: words.timeRange(window.from, window.to) });
}

/** "3 Mar 2026", or "1 Aug 2026 to 14 Aug 2026". */
export function awayInWords(away: DatesAway, t: TFunction<'volunteers'>, format: Formatter): string {
  return away.from === away.to
    ? t('details.awayDay', { date: format.date(away.from, 'medium') })
    : t('details.awayRange', { from: format.date(away.from, 'medium'), to: format.date(away.to, 'medium') });
}
