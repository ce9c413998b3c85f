/**
 * The front desk's landing screen: today's sessions at a glance, with bookings, walk-ins
 * waiting, and the interpreters needed.
 */
import { useMemo } from 'react';
import { Link } from 'react-router';
import { languageName } from '../../../shared/codes/languages';
import { useAppointmentsOn, useClinics, useSessionsBetween } from '../../data';
import { formatLongDate, localToday } from '../../format/dates';
import { CLINIC_KIND_LABELS } from '../../format/labels';
import { Badge } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { PageHeader } from '../../ui/PageHeader';
import { Panel } from '../../ui/Panel';

export function TodayScreen() {
  const today = localToday();
  const sessions = useSessionsBetween(today, today);
  const appointments = useAppointmentsOn(today);
  const clinics = useClinics();
  const clinicsById = useMemo(() => new Map((clinics ?? []).map((c) => [c.id, c])), [clinics]);

  const active = (appointments ?? []).filter((a) => a.status !== 'cancelled');
  const booked = active.filter((a) => a.kind === 'booked').length;
  const waiting = active.filter((a) => a.kind === 'walk-in' && (a.status === 'arrived' || a.status === 'called')).length;
  const interpreters = new Map<string, number>();
  for (const a of active) {
    if (a.interpreterLanguage) interpreters.set(a.interpreterLanguage, (interpreters.get(a.interpreterLanguage) ?? 0) + 1);
  }

  return (
    <>
      <PageHeader title="Today" lede={formatLongDate(today)} />
      <div className="stat-row">
        <Stat value={sessions?.filter((s) => s.status === 'scheduled').length} label="sessions today" />
        <Stat value={booked} label="booked appointments" />
        <Stat value={waiting} label="walk-ins waiting" />
        <Stat value={[...interpreters.values()].reduce((a, b) => a + b, 0)} label="interpreters needed" />
      </div>
      <div className="grid-2">
        <Panel title="Today’s sessions">
          {sessions === undefined ? null : sessions.length === 0 ? (
            <EmptyState title="No sessions today.">
              Clinics and their schedules are set up under <Link to="/clinics">Clinics &amp; appointments</Link>.
            </EmptyState>
          ) : (
            <ul className="session-list">
              {sessions.map((session) => {
                const clinic = clinicsById.get(session.clinicId);
                const count = active.filter((a) => a.sessionId === session.id).length;
                return (
                  <li key={session.id} className="session-card">
                    <strong>{clinic?.name ?? 'Clinic'}</strong>
                    {session.status === 'cancelled' ? <Badge tone="danger">Cancelled</Badge> : <Badge tone="info">{count} people</Badge>}
                    <span className="session-card__meta">
                      {session.startTime}–{session.endTime}
                      {clinic ? ` · ${CLINIC_KIND_LABELS[clinic.kind]}` : ''}
                      {clinic?.venue ? ` · ${clinic.venue}` : ''}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </Panel>
        <Panel title="Interpreters needed today">
          {interpreters.size === 0 ? (
            <EmptyState title="No interpreters requested for today." />
          ) : (
            <ul className="session-list">
              {[...interpreters.entries()]
                .sort((a, b) => b[1] - a[1])
                .map(([code, n]) => (
                  <li key={code} className="session-card">
                    <strong>{languageName(code)}</strong>
                    <Badge tone="warn">{n === 1 ? '1 person' : `${n} people`}</Badge>
                  </li>
                ))}
            </ul>
          )}
        </Panel>
      </div>
    </>
  );
}

function Stat({ value, label }: { value: number | undefined; label: string }) {
  return (
    <div className="stat">
      <div className="stat__value">{value ?? '–'}</div>
      <div className="stat__label">{label}</div>
    </div>
  );
}
