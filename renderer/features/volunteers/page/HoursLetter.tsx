/** The hours letter: a printable confirmation of a volunteer's hours, for references and funders. */
import { useTranslation } from 'react-i18next';
import type { HoursSummary } from '../../../../shared/rota/hours';
import { useFormat } from '../../../i18n/format';
import { useRotaWords } from '../words/use-rota-words';
import { HoursByRoleTable } from './HoursByRoleTable';

export function HoursLetter({ forumName, volunteerName, today, summary }: { forumName: string; volunteerName: string; today: string; summary: HoursSummary }) {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const words = useRotaWords();
  const first = summary.byMonth[0]?.month;
  const last = summary.byMonth.at(-1)?.month;
  const name = words.name(volunteerName);
  const forum = words.name(forumName);
  const hours = { hours: summary.total.hours, shown: words.hoursNumber(summary.total.hours), shifts: summary.total.shifts, name, forum };
  // tabIndex: the sheet is focusable, so its scrolling preview can be scrolled from the keyboard.
  return (
    <article tabIndex={0} className="hours-letter" aria-label={t('letter.label')}>
      <header className="hours-letter__header">
        <p className="hours-letter__forum">{forumName}</p>
        <p>{format.date(today, 'long')}</p>
      </header>
      <h2 className="hours-letter__title">{t('letter.title')}</h2>
      <p>{t('letter.greeting')}</p>
      {summary.total.shifts === 0 || !first || !last ? (
        <p>{t('letter.noHours', { name, forum })}</p>
      ) : (
        <>
          <p>
            {first === last
              ? t('letter.hoursInMonth', { ...hours, month: words.monthYear(first) })
              : t('letter.hoursBetween', { ...hours, first: words.monthYear(first), last: words.monthYear(last) })}
          </p>
          <HoursByRoleTable summary={summary} className="hours-letter__table" caption={t('letter.byRole')} captionClassName="visually-hidden" withTotal />
          <p>{t('letter.value', { rate: format.money(summary.hourlyRate), value: format.money(summary.total.value) })}</p>
        </>
      )}
      <p>{t('letter.thanks')}</p>
      <div className="hours-letter__sign">
        <p>{t('letter.signed')}</p>
        <p className="hours-letter__line" />
        <p>{t('letter.nameAndRole')}</p>
        <p className="hours-letter__line" />
        <p>{t('letter.forForum', { forum })}</p>
      </div>
    </article>
  );
}
