/** A volunteer's shifts: what is coming up, and what they did recently (attended, hours). */
import { Link } from 'react-router';
import { languageName } from '../../../../shared/codes/languages';
import { attendedHours } from '../../../../shared/rota/hours';
import { timeRange } from '../../../../shared/rota/format';
import type { Clinic, Shift } from '../../../../shared/schemas';
import { roleLabel } from '../../../format/labels';
import { format } from '../../../i18n/format';
import { Badge } from '../../../ui/Badge';
import { DataTable, type Column } from '../../../ui/DataTable';
import { Panel } from '../../../ui/Panel';
import type { ShiftsByTime } from './volunteer-shifts';
import { pluralWord } from '../../../../shared/plural';

/** How many of each are listed; the rest are on the month rota. */
export const UPCOMING_SHOWN = 8;
export const PAST_SHOWN = 8;

export const formatShiftDate = (date: string): string => format().date(date, 'weekdayShort');

export function hoursText(hours: number): string {
  const rounded = Math.round(hours * 100) / 100;
  return `${format().number(rounded)} ${pluralWord(rounded, 'hour')}`;
}

function Attendance({ shift }: { shift: Shift }) {
  if (shift.attended === false) return <Badge tone="danger">Did not attend</Badge>;
  const hours = attendedHours(shift);
  if (hours === undefined) return <Badge>Not recorded</Badge>;
  return <Badge tone="ok">Attended · {hoursText(hours)}</Badge>;
}

export function VolunteerShiftsPanel({ shifts, clinics }: { shifts: ShiftsByTime | undefined; clinics: readonly Clinic[] | undefined }) {
  const clinicName = (id: string) => clinics?.find((c) => c.id === id)?.name ?? 'A clinic';
  const base: Column<Shift>[] = [
    { key: 'date', header: 'Date', width: '150px', cell: (s) => <time dateTime={s.date}>{formatShiftDate(s.date)}</time> },
    { key: 'time', header: 'Time', width: '110px', cell: (s) => timeRange(s.startTime, s.endTime) },
    { key: 'role', header: 'Role', width: '26%', cell: (s) => (s.language ? `${roleLabel(s.role)} (${languageName(s.language)})` : roleLabel(s.role)) },
    {
      key: 'clinic',
      header: 'Clinic',
      cell: (s) => <Link to={`/clinics/sessions/${s.sessionId}`}>{clinicName(s.clinicId)}</Link>,
    },
  ];
  const past: Column<Shift>[] = [...base, { key: 'attended', header: 'Attended', width: '170px', cell: (s) => <Attendance shift={s} /> }];

  if (!shifts) {
    return (
      <Panel title="Shifts">
        <p className="muted">Loading…</p>
      </Panel>
    );
  }
  const moreUpcoming = shifts.upcoming.length - UPCOMING_SHOWN;
  return (
    <Panel title="Shifts">
      <h3 className="volunteer-subhead">Coming up</h3>
      {shifts.upcoming.length === 0 ? (
        <p className="muted">No shifts coming up. The month rota is where shifts are given out.</p>
      ) : (
        <>
          <DataTable caption="Shifts coming up" columns={base} rows={shifts.upcoming.slice(0, UPCOMING_SHOWN)} rowKey={(s) => s.id} />
          {moreUpcoming > 0 ? (
            <p className="muted volunteer-more">
              And {moreUpcoming} more later; all of them go into the calendar file.
            </p>
          ) : null}
        </>
      )}
      <h3 className="volunteer-subhead">Recently</h3>
      {shifts.past.length === 0 ? (
        <p className="muted">No shifts yet.</p>
      ) : (
        <DataTable caption="Recent shifts" columns={past} rows={shifts.past.slice(0, PAST_SHOWN)} rowKey={(s) => s.id} />
      )}
    </Panel>
  );
}
