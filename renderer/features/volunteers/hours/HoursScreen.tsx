/**
 * Volunteer hours for funders: per volunteer, per role and per month over chosen months,
 * with an estimated value at the forum's hourly rate. Printable.
 */
import { useState } from 'react';
import { addMonthsToMonth, isMonth, monthLabel, periodDates } from '../../../../shared/report/period';
import { hoursSummary } from '../../../../shared/rota/hours';
import { useSettings, useShiftsBetween, useVolunteers } from '../../../data';
import { localToday } from '../../../format/dates';
import { roleLabel } from '../../../format/labels';
import { format } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { PrintPreviewDialog } from '../../../ui/PrintPreviewDialog';
import { pluralWord } from '../../../../shared/plural';

const money = (value: number) => format().money(value);
const hours = (value: number) => format().number(value, { maximumFractionDigits: 1 });

export function HoursScreen() {
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
        <caption>By volunteer</caption>
        <thead>
          <tr>
            <th scope="col">Volunteer</th>
            <th scope="col" className="num">Shifts</th>
            <th scope="col" className="num">Hours</th>
            <th scope="col" className="num">Estimated value</th>
          </tr>
        </thead>
        <tbody>
          {summary.byVolunteer.map((v) => (
            <tr key={v.volunteerId}>
              <th scope="row">{v.volunteerName}</th>
              <td className="num">{v.shifts}</td>
              <td className="num">{hours(v.hours)}</td>
              <td className="num">{money(v.value)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All volunteers</th>
            <td className="num">{summary.total.shifts}</td>
            <td className="num">{hours(summary.total.hours)}</td>
            <td className="num">{money(summary.total.value)}</td>
          </tr>
        </tfoot>
      </table>
      <div className="grid-2">
        <table className="table">
          <caption>By role</caption>
          <tbody>
            {summary.byRole.map((r) => (
              <tr key={r.role}>
                <th scope="row">{roleLabel(r.role)}</th>
                <td className="num">{hours(r.hours)} h</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="table">
          <caption>By month</caption>
          <tbody>
            {summary.byMonth.map((m) => (
              <tr key={m.month}>
                <th scope="row">{monthLabel(m.month)}</th>
                <td className="num">{hours(m.hours)} h</td>
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
        title="Volunteer hours"
        lede={summary ? `${hours(summary.total.hours)} ${pluralWord(summary.total.hours, 'hour')} given, worth an estimated ${money(summary.total.value)} at ${money(summary.hourlyRate)} an hour.` : 'Loading…'}
        actions={<Button onClick={() => setPrinting(true)} disabled={!summary}>Print</Button>}
      />
      <div className="calendar-toolbar" role="group" aria-label="Months">
        <label className="inline-field">
          From
          <input className="input" type="month" value={from} onChange={(e) => setFrom(e.target.value)} aria-invalid={valid ? undefined : true} />
        </label>
        <label className="inline-field">
          To
          <input className="input" type="month" value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={valid ? undefined : true} />
        </label>
        {!valid ? <span className="field__error">Choose a first month on or before the last</span> : null}
      </div>
      <Panel title="Hours given" flush>
        {summary && summary.byVolunteer.length === 0 ? <p className="muted panel__padded">No attended shifts in these months.</p> : tables}
      </Panel>
      {printing && summary ? (
        <PrintPreviewDialog
          title="Print volunteer hours"
          suggestedName={`volunteer-hours-${from}-to-${to}.pdf`}
          onClose={() => setPrinting(false)}
          sheet={
            <article className="day-sheet" aria-label="Printed hours">
              <header className="day-sheet__header">
                <h2>Volunteer hours: {monthLabel(from)} to {monthLabel(to)}</h2>
                <p>{settings?.forumName}</p>
              </header>
              {tables}
            </article>
          }
        />
      ) : null}
    </>
  );
}
