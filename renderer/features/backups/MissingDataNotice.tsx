/**
 * Shown instead of "No clients yet" when this computer held the forum's records and the
 * database is now empty (storage cleared, evicted or damaged): say so, and offer the
 * last backup rather than a fresh start.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { forgetForumHadData, useBackupStatus, useDataMissing } from '../../data';
import { useFormat } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { isolate } from '../../ui/UserText';

export function MissingDataNotice() {
  const { t } = useTranslation('backups');
  const format = useFormat();
  const missing = useDataMissing();
  const { lastGood, hadData } = useBackupStatus();
  if (!missing || !hadData) return null;
  return (
    <section className="notice notice--danger" role="alert" aria-labelledby="missing-data-title">
      <h2 id="missing-data-title">{t('missing.title')}</h2>
      <p>{t('missing.body', { since: format.dateTime(hadData.since) })}</p>
      <p>
        {lastGood
          ? t('missing.lastBackup', { when: format.dateTime(lastGood.at), fileName: isolate(lastGood.fileName) })
          : t('missing.noBackup')}
      </p>
      <div className="form__actions">
        <Link className="button button--primary" to="/settings#restore">
          {t('missing.restore')}
        </Link>
        <Button variant="quiet" onClick={() => forgetForumHadData()}>
          {t('missing.startAfresh')}
        </Button>
      </div>
    </section>
  );
}
