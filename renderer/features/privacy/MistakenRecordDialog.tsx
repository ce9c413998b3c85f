/**
 * Deleting a record made by mistake (registered twice, or the wrong person). Only a record
 * with no appointments, advice or referrals can go this way; otherwise the dialog says to
 * merge it into the right record instead.
 */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Client } from '../../../shared/schemas';
import { deleteMistakenClient } from '../../data';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useStatus } from '../../ui/StatusProvider';
import { rightsFailure } from './rights-messages';

export function MistakenRecordDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const { t } = useTranslation('privacy');
  const status = useStatus();
  const navigate = useNavigate();
  const remove = async () => {
    try {
      await deleteMistakenClient(client.id);
      status.say(t('rights.mistaken.done', { ref: client.ref }));
      onClose();
      void navigate('/clients');
    } catch (error) {
      status.error(rightsFailure(t, error));
      onClose();
    }
  };
  return (
    <ConfirmDialog
      open
      title={t('rights.mistaken.title', { ref: client.ref })}
      confirmLabel={t('rights.mistaken.confirm')}
      cancelLabel={t('rights.cancel')}
      destructive
      onConfirm={() => void remove()}
      onCancel={onClose}
    >
      <p>{t('rights.mistaken.explain')}</p>
    </ConfirmDialog>
  );
}
