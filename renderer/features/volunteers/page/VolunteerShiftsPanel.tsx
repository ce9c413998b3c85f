/** A volunteer's shifts: what is coming up, and what they did recently (attended, hours). */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { attendedHours } from '../../../../shared/rota/hours';
import type { Clinic, Shift } from '../../../../shared/schemas';
import { useFormat } from '../../../i18n/format';
import { Badge } from '../../../ui/Badge';
import { DataTable, type Column } from '../../../ui/DataTable';
import { Panel } from '../../../ui/Panel';
import { UserText } from '../../../ui/UserText';
import { useRotaWords } from '../words/use-rota-words';
import type { ShiftsByTime } from './volunteer-shifts';
import { Loading } from '../../../ui/Loading';

/** How many of each are listed; the rest are on the month rota. */
export const UPCOMING_SHOWN = 8;
export const PAST_SHOWN = 8;

function Attendance({ shift }: { shift: Shift }) {
  const { t } = useTranslation('volunteers');
  const words = useRotaWords();
  if (shift.attended === false) return <Badge tone="danger">{t('shifts.didNotAttend')}</Badge>;
  const hours = attendedHours(shift);
  if (hours === undefined) return <Badge>{t('shifts.notRecorded')}</Badge>;
  return <Badge tone="ok">{t('shifts.attended', { hours: t('shifts.hours', { hours, shown: words.hoursNumber(hours) }) })}</Badge>;
}

export function VolunteerShiftsPanel({ shifts, clinics }: { shifts: ShiftsByTime | undefined; clinics: readonly Clinic[] | undefined }) {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const words = useRotaWords();
  const clinicName = (id: string) => clinics?.find((c) => c.id === id)?.name ?? t('shifts.aClinic');
  const base: Column<Shift>[] = [
    { key: 'date', header: t('shifts.column.date'), width: '150px', cell: (s) => <time dateTime={s.date}>{format.date(s.date, 'weekdayShort')}</time> },
    { key: 'time', header: t('shifts.column.time'), width: '110px', cell: (s) => words.timeRange(s.startTime, s.endTime) },
    { key: 'role', header: t('shifts.column.role'), width: '26%', cell: (s) => words.roleWithLanguage(s.role, s.language) },
    {
      key: 'clinic',
      header: t('shifts.column.clinic'),
      cell: (s) => (
        <Link to={`/clinics/sessions/${s.sessionId}`}>
          <UserText>{clinicName(s.clinicId)}</UserText>
        </Link>
      ),
    },
  ];
  const past: Column<Shift>[] = [...base, { key: 'attended', header: t('shifts.column.attended'), width: '170px', cell: (s) => <Attendance shift={s} /> }];

  // Until the clinics are read too: each shift names its clinic, never "A clinic" meanwhile.
  if (!shifts || !clinics) {
    return (
      <Panel title={t('shifts.title')}>
        <Loading label={t('shifts.loading')} />
      </Panel>
    );
  }
  const moreUpcoming = shifts.upcoming.length - UPCOMING_SHOWN;
  return (
    <Panel title={t('shifts.title')}>
      <h3 className="volunteer-subhead">{t('shifts.comingUp')}</h3>
      {shifts.upcoming.length === 0 ? (
        <p className="muted">{t('shifts.noneComingUp')}</p>
      ) : (
        <>
          <DataTable caption={t('shifts.captionComingUp')} columns={base} rows={shifts.upcoming.slice(0, UPCOMING_SHOWN)} rowKey={(s) => s.id} />
          {moreUpcoming > 0 ? <p className="muted volunteer-more">{t('shifts.more', { count: moreUpcoming })}</p> : null}
        </>
      )}
      <h3 className="volunteer-subhead">{t('shifts.recently')}</h3>
      {shifts.past.length === 0 ? (
        <p className="muted">{t('shifts.noneYet')}</p>
      ) : (
        <DataTable caption={t('shifts.captionRecent')} columns={past} rows={shifts.past.slice(0, PAST_SHOWN)} rowKey={(s) => s.id} />
      )}
    </Panel>
  );
}
