/**
 * Volunteer hours for funders: per volunteer, per role and per month over chosen months,
 * with an estimated value at the forum's hourly rate. Printable.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonthsToMonth, isMonth, periodDates } from '../../../../shared/report/period';
import { hoursSummary, UNKNOWN_VOLUNTEER } from '../../../../shared/rota/hours';
import { useSettings, useShiftsBetween, useVolunteers } from '../../../data';
import { localToday } from '../../../format/dates';
import { useFormat } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { PrintPreviewDialog } from '../../../ui/PrintPreviewDialog';
import { UserText } from '../../../ui/UserText';
import { useRotaWords } from '../words/use-rota-words';
import { MonthPicker } from '../../../ui/MonthPicker';

export function HoursScreen() {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const words = useRotaWords();
  const money = (value: number) => format.money(value);
  const hours = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const thisMonth = localToday().slice(0, 7);
  const [from, setFrom] = useState(addMonthsToMonth(thisMonth, -11));
  const [to, setTo] = useState(thisMonth);
  const [printing, setPrinting] = useState(false);
  const valid = isMonth(from) && isMonth(to) && from <= to;
  const dates = valid ? periodDates({ from, to }) : periodDates({ from: thisMonth, to: thisMonth });
  const shifts = useShiftsBetween(dates.fromDate, dates.toDate);
  const volunteers = useVolunteers();
  const settings = useSettings();
  const summary =
    shifts && volunteers && settings ? hoursSummary(shifts, volunteers, { from: dates.fromDate, to: dates.toDate, hourlyRate: settings.volunteerHourlyRate }) : undefined;

  const tables = summary ? (
    <>
      <table className="table">
        <caption>{t('hours.byVolunteer')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('hours.volunteer')}</th>
            <th scope="col" className="num">
              {t('hours.shifts')}
            </th>
            <th scope="col" className="num">
              {t('hours.hours')}
            </th>
            <th scope="col" className="num">
              {t('hours.value')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.byVolunteer.map((v) => (
            <tr key={v.volunteerId}>
              <th scope="row">
                {/* A shift whose volunteer record is gone is counted under one line, named in the app's language. */}
                {v.volunteerName === UNKNOWN_VOLUNTEER ? t('hours.formerVolunteer') : <UserText>{v.volunteerName}</UserText>}
              </th>
              <td className="num">{format.number(v.shifts)}</td>
              <td className="num">{hours(v.hours)}</td>
              <td className="num">{money(v.value)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('hours.allVolunteers')}</th>
            <td className="num">{format.number(summary.total.shifts)}</td>
            <td className="num">{hours(summary.total.hours)}</td>
            <td className="num">{money(summary.total.value)}</td>
          </tr>
        </tfoot>
      </table>
      <div className="grid-2">
        <table className="table">
          <caption>{t('hours.byRole')}</caption>
          <tbody>
            {summary.byRole.map((r) => (
              <tr key={r.role}>
                <th scope="row">{words.role(r.role)}</th>
                <td className="num">{t('hours.hoursShort', { hours: hours(r.hours) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="table">
          <caption>{t('hours.byMonth')}</caption>
          <tbody>
            {summary.byMonth.map((m) => (
              <tr key={m.month}>
                <th scope="row">{words.monthYear(m.month)}</th>
                <td className="num">{t('hours.hoursShort', { hours: hours(m.hours) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  ) : null;

  return (
    <>
      <PageHeader
        title={t('hours.title')}
        lede={
          summary
            ? t('hours.lede', { hours: summary.total.hours, shown: hours(summary.total.hours), value: money(summary.total.value), rate: money(summary.hourlyRate) })
            : t('hours.loading')
        }
        actions={
          <Button onClick={() => setPrinting(true)} disabled={!summary}>
            {t('hours.print')}
          </Button>
        }
      />
      <div className="calendar-toolbar" role="group" aria-label={t('hours.months')}>
        <MonthPicker label={t('hours.from')} value={from} thisMonth={thisMonth} onChange={setFrom} />
        <MonthPicker label={t('hours.to')} value={to} thisMonth={thisMonth} onChange={setTo} />
        {!valid ? (
          <span className="field__error" role="alert">
            {t('hours.badRange')}
          </span>
        ) : null}
      </div>
      <Panel title={t('hours.given')} flush>
        {summary && summary.byVolunteer.length === 0 ? <p className="muted panel__padded">{t('hours.none')}</p> : tables}
      </Panel>
      {printing && summary ? (
        <PrintPreviewDialog
          title={t('hours.printDialog')}
          suggestedName={t('hours.pdfFile', { from, to })}
          onClose={() => setPrinting(false)}
          exportKind="volunteer-hours"
          sheet={
            <article tabIndex={0} className="day-sheet" aria-label={t('hours.printed')}>
              <header className="day-sheet__header">
                <h2>{t('hours.printTitle', { from: words.monthYear(from), to: words.monthYear(to) })}</h2>
                <p>
                  <UserText>{settings?.forumName}</UserText>
                </p>
              </header>
              {tables}
            </article>
          }
        />
      ) : null}
    </>
  );
}
