/**
 * UK bank holidays by name in the chosen language. The holiday rules (date-holidays) name
 * them in English only; each name they give is mapped here to a catalogue key, with
 * " (substitute day)" worded too. A name not listed (a one-off holiday added in a later
 * version of the rules) is shown in English rather than not at all.
 */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

const KEYS = {
  "New Year's Day": 'newYear',
  'January 2nd': 'secondJanuary',
  'Good Friday': 'goodFriday',
  'Easter Monday': 'easterMonday',
  'Early May bank holiday': 'earlyMay',
  'Early May bank holiday (VE day)': 'earlyMayVe',
  'Spring bank holiday': 'spring',
  'Summer bank holiday': 'summer',
  'Christmas Day': 'christmas',
  'Boxing Day': 'boxing',
  'St Andrew’s Day': 'stAndrew',
  'St Patrick’s Day': 'stPatrick',
  'Battle of the Boyne (Orangemen’s Day)': 'boyne',
  'Queen’s Diamond Jubilee': 'diamondJubilee',
  'Queen’s Platinum Jubilee': 'platinumJubilee',
  "Queen Elizabeth's Funeral Day": 'queensFuneral',
  "King Charles III's Coronation": 'coronation',
} as const;

const SUBSTITUTE = ' (substitute day)';

const keyOf = (name: string) => (Object.hasOwn(KEYS, name) ? KEYS[name as keyof typeof KEYS] : undefined);

/** Words one day's holiday names ("Christmas Day, Boxing Day" when two fall on one date). */
export function useBankHolidayName(): (englishNames: string) => string {
  const { t } = useTranslation('settings');
  const format = useFormat();
  const one = (name: string): string => {
    if (name.endsWith(SUBSTITUTE)) return t('closures.holiday.substitute', { name: one(name.slice(0, -SUBSTITUTE.length)) });
    const key = keyOf(name);
    return key ? t(`closures.holiday.${key}`) : name;
  };
  return (englishNames) => format.list(englishNames.split(', ').map(one));
}
