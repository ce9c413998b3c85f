/** A volunteer's languages, weekly availability and dates away, as a coordinator reads them. */
import { languageName } from '../../../../shared/codes/languages';
import { longDate, timeRange, weekdayName } from '../../../../shared/rota/format';
import type { AvailabilityWindow, DatesAway, VolunteerLanguage } from '../../../../shared/schemas';

export const LANGUAGE_LEVEL_LABELS: Readonly<Record<VolunteerLanguage['level'], string>> = {
  basic: 'Basic',
  conversational: 'Conversational',
  fluent: 'Fluent',
  native: 'Native',
};

/** "Arabic (native)". */
export function languageInWords(language: VolunteerLanguage): string {
  return `${languageName(language.code)} (${LANGUAGE_LEVEL_LABELS[language.level].toLowerCase()})`;
}

/** "Arabic (native), English (fluent)". */
export function languagesInWords(languages: readonly VolunteerLanguage[]): string {
  return languages.map(languageInWords).join(', ');
}

/** Monday first, then by start time. */
export function sortedAvailability(windows: readonly AvailabilityWindow[]): AvailabilityWindow[] {
  return [...windows].sort((a, b) => a.weekday - b.weekday || a.from.localeCompare(b.from));
}

/** "Mondays 09:00–13:00". */
export function availabilityInWords(window: AvailabilityWindow): string {
  return `${weekdayName(window.weekday)}s ${timeRange(window.from, window.to)}`;
}

/** "3 March 2026", or "1 August 2026 to 14 August 2026". */
export function awayInWords(away: DatesAway): string {
  return away.from === away.to ? longDate(away.from) : `${longDate(away.from)} to ${longDate(away.to)}`;
}
