/**
 * When the last good backup was made, on Today and in Settings; after seven days (or
 * when there has never been one) it becomes a warning with a way to make one.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { backupIsOverdue, daysSinceBackup } from '../../../shared/backup/backup-format';
import { useBackupStatus } from '../../data';
import { useFormat } from '../../i18n/format';
import { now as clockNow } from '../../platform/clock';

/** `always`: in Settings. On Today it waits until the forum has records worth backing up. */
export function BackupReminder({ withLink = true, always = false }: { withLink?: boolean; always?: boolean }) {
  const { t } = useTranslation('backups');
  const format = useFormat();
  const { lastGood, hadData } = useBackupStatus();
  const now = clockNow();
  if (!always && !lastGood && !hadData) return null;
  const overdue = backupIsOverdue(lastGood?.at, now);
  // Whole days since the backup: "today", "yesterday", "3 days ago" in the chosen language.
  const ago = lastGood ? format.relativeTime(-(daysSinceBackup(lastGood.at, now) ?? 0), 'day') : '';
  return (
    <section className={overdue ? 'notice notice--warning' : 'notice'} aria-label={t('reminder.label')}>
      <p>
        {lastGood ? t('reminder.last', { when: format.dateTime(lastGood.at), ago }) : t('reminder.never')}{' '}
        {overdue ? <strong>{t('reminder.overdue')} </strong> : null}
        {withLink && overdue ? <Link to="/settings">{t('reminder.link')}</Link> : null}
      </p>
    </section>
  );
}
