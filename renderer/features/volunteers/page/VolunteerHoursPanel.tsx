/** A volunteer's hours in the last 12 months: by role and by month, and what they are worth. */
import type { Shift, Volunteer } from '../../../../shared/schemas';
import { Panel } from '../../../ui/Panel';
import { HoursByRoleTable } from './HoursByRoleTable';
import { formatHours, formatMoney, last12Months, monthAndYear, volunteerHours } from './volunteer-hours';

export function VolunteerHoursPanel({
  volunteer,
  shifts,
  today,
  hourlyRate,
}: {
  volunteer: Volunteer;
  shifts: readonly Shift[] | undefined;
  today: string;
  hourlyRate: number;
}) {
  if (!shifts) {
    return (
      <Panel title="Hours">
        <p className="muted">Loading…</p>
      </Panel>
    );
  }
  const period = last12Months(today);
  const summary = volunteerHours(volunteer, shifts, period.from, period.to, hourlyRate);
  const byMonth = new Map(summary.byMonth.map((m) => [m.month, m]));
  const busiest = Math.max(1, ...summary.byMonth.map((m) => m.hours));
  return (
    <Panel title="Hours" aside={<span className="muted">Last 12 months, attended shifts</span>}>
      <div className="stat-row volunteer-hours__stats">
        <div className="stat">
          <div className="stat__value">{formatHours(summary.total.hours)}</div>
          <div className="stat__label">hours</div>
        </div>
        <div className="stat">
          <div className="stat__value">{summary.total.shifts}</div>
          <div className="stat__label">shifts attended</div>
        </div>
        <div className="stat">
          <div className="stat__value">{formatMoney(summary.total.value)}</div>
          <div className="stat__label">estimated value at {formatMoney(hourlyRate)} an hour</div>
        </div>
      </div>
      {summary.total.shifts === 0 ? (
        <p className="muted">No attended shifts in the last 12 months.</p>
      ) : (
        <div className="volunteer-hours">
          <HoursByRoleTable summary={summary} className="table table--compact" caption="By role" captionClassName="volunteer-hours__caption" />
          <table className="table table--compact">
            <caption className="volunteer-hours__caption">By month</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className="num">
                  Hours
                </th>
                <th scope="col">
                  <span className="visually-hidden">Share of the busiest month</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {period.months.map((month) => {
                const hours = byMonth.get(month)?.hours ?? 0;
                return (
                  <tr key={month}>
                    <th scope="row">{monthAndYear(month)}</th>
                    <td className="num">{formatHours(hours)}</td>
                    <td className="volunteer-hours__bar-cell" aria-hidden="true">
                      <span className="volunteer-hours__bar" style={{ width: `${(hours / busiest) * 100}%` }} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}
