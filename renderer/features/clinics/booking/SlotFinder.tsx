/**
 * The next few weeks of one clinic, each session with its free slots as buttons: one
 * click on a time chooses it. Full slots, cancelled sessions and times already gone by
 * the clock (including the slot that started a minute ago) are not offered.
 */
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../../shared/schedule/dates';
import { bookableSlots } from '../../../../shared/frontdesk/slots';
import type { Clinic } from '../../../../shared/schemas';
import { useClinicBookings } from '../../../data';
import { useFormat } from '../../../i18n/format';
import { useLocalNow } from '../../../ui/hooks/use-now';

const WEEKS_SHOWN = 6;

export function SlotFinder({ clinic, onChoose, busy }: { clinic: Clinic; onChoose: (sessionId: string, slotTime: string) => void; busy?: boolean }) {
  const { t } = useTranslation('clinics');
  const format = useFormat();
  const now = useLocalNow();
  const today = now.date;
  const data = useClinicBookings(clinic.id, today, addDays(today, WEEKS_SHOWN * 7));
  if (!data) return <p className="muted" role="status">
        {t('slots.looking')}
      </p>;
  const open = data.sessions
    .filter((s) => s.status === 'scheduled')
    .map((session) => ({
      session,
      slots: bookableSlots(session, clinic, data.appointments.filter((a) => a.sessionId === session.id), now),
    }))
    .filter((s) => s.slots.length > 0);
  if (open.length === 0) return <p className="muted">{t('slots.none', { weeks: WEEKS_SHOWN })}</p>;
  return (
    <div className="slot-finder">
      {open.map(({ session, slots }) => (
        <section key={session.id} className="slot-finder__day" aria-label={format.date(session.date, 'long')}>
          <h3>{format.date(session.date, 'long')}</h3>
          <div className="slot-finder__slots">
            {slots.map((slot) => (
              <button
                key={slot.time}
                type="button"
                className="slot-button"
                disabled={busy}
                aria-label={t('slots.slotLabel', { date: format.date(session.date, 'long'), time: format.time(slot.time) })}
                onClick={() => onChoose(session.id, slot.time)}
              >
                {format.time(slot.time)}
              </button>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
