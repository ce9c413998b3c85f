/**
 * Restricting a record at the person's request (UK GDPR article 18): the date they asked
 * and who recorded it, with what restriction does in plain words, so the volunteer can
 * tell the person before they confirm.
 */
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/schemas';
import { restrictClient } from '../../data';
import { useStatus } from '../../ui/StatusProvider';
import { DatedDecisionDialog } from './DatedDecisionDialog';

export function RestrictDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const { t } = useTranslation('privacy');
  const status = useStatus();
  return (
    <DatedDecisionDialog
      title={t('rights.restrict.title')}
      explain={t('rights.restrict.explain')}
      dateLabel={t('rights.restrict.date')}
      confirm={t('rights.restrict.confirm')}
      needed={t('rights.restrict.needed')}
      onConfirm={async (date, recordedBy) => {
        await restrictClient(client.id, date, recordedBy);
        status.say(t('rights.restrict.done'));
      }}
      onClose={onClose}
    />
  );
}
