/**
 * Bookings that were on a day the forum has since closed, still to rebook. Each opens its
 * session's "People to rebook" list, where one click rebooks the person.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useClientDirectory, useClinics, useClosureRebookings } from '../../data';
import { localToday } from '../../format/dates';
import { useFormat } from '../../i18n/format';
import { isolate } from '../../ui/UserText';

export function ClosureRebookList() {
  const { t } = useTranslation('settings');
  const format = useFormat();
  const today = localToday();
  const toRebook = useClosureRebookings(today);
  const directory = useClientDirectory();
  const clinics = useClinics();
  if (!toRebook || toRebook.length === 0) return null;
  const clinicName = (id: string) => clinics?.find((c) => c.id === id)?.name;
  return (
    <>
      <h3>{t('closures.rebookTitle')}</h3>
      <ul className="compact-list" aria-label={t('closures.rebookList')}>
        {toRebook.map((a) => {
          const name = directory?.nameOf(a.clientId);
          const clinic = clinicName(a.clinicId);
          const words = {
            name: isolate(name ?? '…'),
            clinic: clinic ? isolate(clinic) : t('closures.aClinic'),
            date: format.date(a.date, 'long'),
          };
          return (
            <li key={a.id}>
              {a.slotTime ? t('closures.rebookItemAt', { ...words, time: format.time(a.slotTime) }) : t('closures.rebookItem', words)}{' '}
              <Link to={`/clinics/sessions/${a.sessionId}`} aria-label={t('closures.rebookLabel', { name: name ?? t('closures.thisPerson') })}>
                {t('closures.rebook')}
              </Link>
            </li>
          );
        })}
      </ul>
    </>
  );
}
