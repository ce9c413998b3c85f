/** Shifts and hours by role, with an optional total row: on the page and in the letter. */
import type { HoursSummary } from '../../../../shared/rota/hours';
import { roleLabel } from '../../../format/labels';
import { formatHours } from './volunteer-hours';

export function HoursByRoleTable({ summary, className, caption, captionClassName, withTotal = false }: { summary: HoursSummary; className: string; caption: string; captionClassName: string; withTotal?: boolean }) {
  return (
    <table className={className}>
      <caption className={captionClassName}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Role</th>
          <th scope="col" className="num">
            Shifts
          </th>
          <th scope="col" className="num">
            Hours
          </th>
        </tr>
      </thead>
      <tbody>
        {summary.byRole.map((row) => (
          <tr key={row.role}>
            <th scope="row">{roleLabel(row.role)}</th>
            <td className="num">{row.shifts}</td>
            <td className="num">{formatHours(row.hours)}</td>
          </tr>
        ))}
      </tbody>
      {withTotal ? (
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td className="num">{summary.total.shifts}</td>
            <td className="num">{formatHours(summary.total.hours)}</td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
