/**
 * A client's appointments, advice and referrals in one list, newest first: the newest
 * `shown` of them, with the way to older ones (a long history is read in steps).
 */
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Appointment } from '../../../shared/schemas';
import { useClinics, useServices, useSettings, type ClientHistory } from '../../data';
import { AppointmentStatusBadge, ReferralStatusBadge } from '../../ui/StatusBadge';
import { useFormat } from '../../i18n/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { UserText } from '../../ui/UserText';
import { useCan } from '../../security/permissions';
import { useCategoryNames } from '../advice/category-names';
import { useOutcomeName } from '../advice/outcome-names';
import { clientTimeline } from './client-timeline';

export function ClientTimeline({ history, shown, onShowOlder }: { history: ClientHistory; shown: number; onShowOlder: () => void }) {
  const { appointments, advice, referrals, total } = history;
  const { t } = useTranslation('clients');
  const format = useFormat();
  const outcomeName = useOutcomeName();
  const { nameOfId } = useCategoryNames();
  const clinics = useClinics();
  // Only a role that reads referrals sees them here, and only it may read the services directory.
  const services = useServices(useCan('referrals.read'));
  const settings = useSettings();
  const clinicName = (id: string) => clinics?.find((c) => c.id === id)?.name ?? t('timeline.aClinic');
  const serviceName = (id: string) => services?.find((s) => s.id === id)?.name ?? t('timeline.aService');
  // Each kind was read newest first up to `shown`, so the newest `shown` of all are among them.
  const items = clientTimeline(appointments, advice, referrals).slice(0, shown);
  const appointmentById = new Map(appointments.map((a) => [a.id, a]));
  if (items.length === 0) return <EmptyState title={t('timeline.emptyTitle')}>{t('timeline.emptyBody')}</EmptyState>;
  return (
    <>
      <ol className="timeline" aria-label={t('timeline.label')}>
        {items.map((item) => {
          if (item.kind === 'appointment') {
            const a = item.appointment;
            return (
              <TimelineItem key={a.id} date={a.date}>
                <Link to={`/clinics/sessions/${a.sessionId}`}>
                  <UserText>{clinicName(a.clinicId)}</UserText>
                </Link>{' '}
                {a.slotTime ? t('timeline.at', { time: format.time(a.slotTime) }) : t('timeline.walkIn')}{' '}
                <AppointmentStatusBadge status={a.status} />
                {a.purpose ? (
                  <div className="muted">
                    <UserText>{a.purpose}</UserText>
                  </div>
                ) : null}
                {a.cancelReason ? (
                  <div className="muted">
                    <UserText>{a.cancelReason}</UserText>
                  </div>
                ) : null}
                <RebookLinks appointment={a} byId={appointmentById} />
              </TimelineItem>
            );
          }
          if (item.kind === 'advice') {
            const e = item.entry;
            return (
              <TimelineItem key={e.id} date={e.date}>
                <Link to={`/advice/${e.id}/edit`}>
                  {t('timeline.advice', { categories: format.list(e.categories.map((id) => nameOfId(id, settings?.issueCategories)), 'unit') })}
                </Link>{' '}
                <Badge tone="info">{outcomeName(e.outcome)}</Badge>
                <div className="muted">
                  <UserText>{e.adviserName}</UserText> · {format.duration(e.minutes, 'minute')}
                </div>
              </TimelineItem>
            );
          }
          const r = item.referral;
          return (
            <TimelineItem key={r.id} date={r.date}>
              <Link to={`/referrals/${r.id}`}>
                <Trans t={t} i18nKey="timeline.referredTo" values={{ service: serviceName(r.serviceId) }} components={{ bdi: <bdi /> }} />
              </Link>{' '}
              <ReferralStatusBadge status={r.status} />
            </TimelineItem>
          );
        })}
      </ol>
      {total > items.length ? (
        <p className="timeline__more">
          <span className="muted" aria-live="polite">
            {t('timeline.shownOf', { shown: items.length, total })}
          </span>{' '}
          <Button onClick={onShowOlder}>{t('timeline.showOlder')}</Button>
        </p>
      ) : null}
    </>
  );
}

/** A rebooked appointment keeps its own outcome and links to the one that replaced it (and back). */
function RebookLinks({ appointment, byId }: { appointment: Appointment; byId: ReadonlyMap<string, Appointment> }) {
  const { t } = useTranslation('clients');
  const format = useFormat();
  const next = appointment.rebookedAs ? byId.get(appointment.rebookedAs) : undefined;
  const previous = appointment.rebookedFrom ? byId.get(appointment.rebookedFrom) : undefined;
  const when = (a: Appointment) =>
    a.slotTime ? t('timeline.dateAtTime', { date: format.date(a.date, 'medium'), time: format.time(a.slotTime) }) : format.date(a.date, 'medium');
  return (
    <>
      {next ? (
        <div className="muted">
          <Trans t={t} i18nKey="timeline.rebookedFor" values={{ when: when(next) }} components={{ when: <Link to={`/clinics/sessions/${next.sessionId}`} /> }} />
        </div>
      ) : null}
      {previous ? (
        <div className="muted">
          <Trans t={t} i18nKey="timeline.rebookedFrom" values={{ when: when(previous) }} components={{ when: <Link to={`/clinics/sessions/${previous.sessionId}`} /> }} />
        </div>
      ) : null}
    </>
  );
}

/** One dated entry of the timeline: its date, then what happened. */
function TimelineItem({ date, children }: { date: string; children: ReactNode }) {
  const format = useFormat();
  return (
    <li className="timeline__item">
      <time className="timeline__date" dateTime={date}>
        {format.date(date, 'medium')}
      </time>
      <div>{children}</div>
    </li>
  );
}
