/**
 * Shown instead of "No clients yet" when this computer held the forum's records and the
 * database is now empty (storage cleared, evicted or damaged): say so, and offer the
 * last backup rather than a fresh start.
 */
import { Link } from 'react-router';
import { forgetForumHadData, useBackupStatus, useDataMissing } from '../../data';
import { formatDateTime } from '../../format/dates';
import { Button } from '../../ui/Button';

export function MissingDataNotice() {
  const missing = useDataMissing();
  const { lastGood, hadData } = useBackupStatus();
  if (!missing || !hadData) return null;
  return (
    <section className="notice notice--danger" role="alert" aria-labelledby="missing-data-title">
      <h2 id="missing-data-title">The forum’s records are missing</h2>
      <p>
        Signpost held your forum’s records on this computer (since {formatDateTime(hadData.since)}), but its database is now empty.
        Signpost did not delete them: the browser’s storage may have been cleared or damaged. Do not start entering people again yet.
      </p>
      <p>
        {lastGood
          ? `Your last good backup was made ${formatDateTime(lastGood.at)} (${lastGood.fileName}). Restore it to get the records back.`
          : 'No backup was made on this computer. If you have a backup file from elsewhere, restore it.'}
      </p>
      <div className="form__actions">
        <Link className="button button--primary" to="/settings#restore">
          Restore a backup
        </Link>
        <Button variant="quiet" onClick={() => forgetForumHadData()}>
          Start afresh without the old records
        </Button>
      </div>
    </section>
  );
}
