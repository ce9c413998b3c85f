/** The hours letter: a printable confirmation of a volunteer's hours, for references and funders. */
import type { HoursSummary } from '../../../../shared/rota/hours';
import { longDate } from '../../../../shared/rota/format';
import { HoursByRoleTable } from './HoursByRoleTable';
import { formatHours, formatMoney, monthAndYear } from './volunteer-hours';
import { plural, pluralWord } from '../../../../shared/plural';

export function HoursLetter({ forumName, volunteerName, today, summary }: { forumName: string; volunteerName: string; today: string; summary: HoursSummary }) {
  const first = summary.byMonth[0]?.month;
  const last = summary.byMonth.at(-1)?.month;
  const hours = formatHours(summary.total.hours);
  const when = !first || !last ? '' : first === last ? ` in ${monthAndYear(first)}` : ` between ${monthAndYear(first)} and ${monthAndYear(last)}`;
  return (
    <article className="hours-letter" aria-label="Hours letter">
      <header className="hours-letter__header">
        <p className="hours-letter__forum">{forumName}</p>
        <p>{longDate(today)}</p>
      </header>
      <h2 className="hours-letter__title">Confirmation of volunteering</h2>
      <p>To whom it may concern,</p>
      {summary.total.shifts === 0 ? (
        <p>
          This is to confirm that <bdi>{volunteerName}</bdi> volunteers with {forumName}. No hours have been recorded for them in this period yet.
        </p>
      ) : (
        <>
          <p>
            This is to confirm that <bdi>{volunteerName}</bdi> has volunteered {hours} {pluralWord(summary.total.hours, 'hour')} with {forumName}
            {when}, over {plural(summary.total.shifts, 'shift')}.
          </p>
          <HoursByRoleTable summary={summary} className="hours-letter__table" caption="Hours by role" captionClassName="visually-hidden" withTotal />
          <p>
            At {formatMoney(summary.hourlyRate)} an hour, the value of this volunteering is estimated at {formatMoney(summary.total.value)}.
          </p>
        </>
      )}
      <p>We are grateful for the time and care they give to the people who come to us.</p>
      <div className="hours-letter__sign">
        <p>Signed</p>
        <p className="hours-letter__line" />
        <p>Name and role</p>
        <p className="hours-letter__line" />
        <p>for {forumName}</p>
      </div>
    </article>
  );
}
