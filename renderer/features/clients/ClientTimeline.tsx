/** A client's appointments, advice and referrals in one list, newest first. */
import { Link } from 'react-router';
import type { AdviceEntry, Appointment, Referral } from '../../../shared/schemas';
import { useClinics, useServices, useSettings } from '../../data';
import { formatShortDate } from '../../format/dates';
import { APPOINTMENT_STATUS, OUTCOME_LABELS, REFERRAL_STATUS } from '../../format/labels';
import { Badge } from '../../ui/Badge';
import { EmptyState } from '../../ui/EmptyState';
import { clientTimeline } from './client-timeline';

export function ClientTimeline({
  appointments,
  advice,
  referrals,
}: {
  appointments: readonly Appointment[];
  advice: readonly AdviceEntry[];
  referrals: readonly Referral[];
}) {
  const clinics = useClinics();
  const services = useServices();
  const settings = useSettings();
  const clinicName = (id: string) => clinics?.find((c) => c.id === id)?.name ?? 'A clinic';
  const serviceName = (id: string) => services?.find((s) => s.id === id)?.name ?? 'A service';
  const category = (id: string) => settings?.issueCategories.find((c) => c.id === id)?.label ?? id;
  const items = clientTimeline(appointments, advice, referrals);
  const appointmentById = new Map(appointments.map((a) => [a.id, a]));
  if (items.length === 0) return <EmptyState title="Nothing yet.">Appointments, advice and referrals will appear here.</EmptyState>;
  return (
    <ol className="timeline" aria-label="Timeline">
      {items.map((item) => {
        if (item.kind === 'appointment') {
          const a = item.appointment;
          const status = APPOINTMENT_STATUS[a.status];
          return (
            <li key={a.id} className="timeline__item">
              <time className="timeline__date">{formatShortDate(a.date)}</time>
              <div>
                <Link to={`/clinics/sessions/${a.sessionId}`}>{clinicName(a.clinicId)}</Link>
                {a.slotTime ? ` at ${a.slotTime}` : ' (walk-in)'} <Badge tone={status.tone}>{status.label}</Badge>
                {a.purpose ? <div className="muted">{a.purpose}</div> : null}
                {a.cancelReason ? <div className="muted">{a.cancelReason}</div> : null}
                <RebookLinks appointment={a} byId={appointmentById} />
              </div>
            </li>
          );
        }
        if (item.kind === 'advice') {
          const e = item.entry;
          return (
            <li key={e.id} className="timeline__item">
              <time className="timeline__date">{formatShortDate(e.date)}</time>
              <div>
                <Link to={`/advice/${e.id}/edit`}>Advice: {e.categories.map(category).join(', ')}</Link> <Badge tone="info">{OUTCOME_LABELS[e.outcome] ?? e.outcome}</Badge>
                <div className="muted">
                  {e.adviserName} · {e.minutes} min
                </div>
              </div>
            </li>
          );
        }
        const r = item.referral;
        const status = REFERRAL_STATUS[r.status];
        return (
          <li key={r.id} className="timeline__item">
            <time className="timeline__date">{formatShortDate(r.date)}</time>
            <div>
              <Link to={`/referrals/${r.id}`}>Referred to {serviceName(r.serviceId)}</Link> <Badge tone={status.tone}>{status.label}</Badge>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** A rebooked appointment keeps its own outcome and links to the one that replaced it (and back). */
function RebookLinks({ appointment, byId }: { appointment: Appointment; byId: ReadonlyMap<string, Appointment> }) {
  const next = appointment.rebookedAs ? byId.get(appointment.rebookedAs) : undefined;
  const previous = appointment.rebookedFrom ? byId.get(appointment.rebookedFrom) : undefined;
  const when = (a: Appointment) => `${formatShortDate(a.date)}${a.slotTime ? ` at ${a.slotTime}` : ''}`;
  return (
    <>
      {next ? (
        <div className="muted">
          Rebooked for <Link to={`/clinics/sessions/${next.sessionId}`}>{when(next)}</Link>
        </div>
      ) : null}
      {previous ? (
        <div className="muted">
          Rebooked from <Link to={`/clinics/sessions/${previous.sessionId}`}>{when(previous)}</Link>
        </div>
      ) : null}
    </>
  );
}
