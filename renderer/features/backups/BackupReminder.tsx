/**
 * When the last good backup was made, on Today and in Settings; after seven days (or
 * when there has never been one) it becomes a warning with a way to make one.
 */
import { Link } from 'react-router';
import { backupIsOverdue, daysSinceBackup } from '../../../shared/backup/backup-format';
import { useBackupStatus } from '../../data';
import { formatDateTime } from '../../format/dates';
import { plural } from '../../../shared/plural';

export function lastBackupWords(at: string | undefined, now: Date): string {
  if (!at) return 'No backup has been made on this computer yet.';
  const days = daysSinceBackup(at, now) ?? 0;
  const ago = days === 0 ? 'today' : days === 1 ? 'yesterday' : `${plural(days, 'day')} ago`;
  return `Last good backup: ${formatDateTime(at)} (${ago}).`;
}

/** `always`: in Settings. On Today it waits until the forum has records worth backing up. */
export function BackupReminder({ withLink = true, always = false }: { withLink?: boolean; always?: boolean }) {
  const { lastGood, hadData } = useBackupStatus();
  const now = new Date();
  if (!always && !lastGood && !hadData) return null;
  const overdue = backupIsOverdue(lastGood?.at, now);
  return (
    <section className={overdue ? 'notice notice--warning' : 'notice'} aria-label="Backup reminder">
      <p>
        {lastBackupWords(lastGood?.at, now)}{' '}
        {overdue ? <strong>Back up at least once a week, so a broken or lost laptop does not take the forum’s records with it. </strong> : null}
        {withLink && overdue ? <Link to="/settings">Make a backup in Settings</Link> : null}
      </p>
    </section>
  );
}
