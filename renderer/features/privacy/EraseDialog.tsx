/**
 * Erasing a person, after an alert dialog that says exactly what will go (their details,
 * how many appointments, advice entries and referrals) and that they will no longer be
 * counted in any report, past periods included.
 */
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Client } from '../../../shared/schemas';
import { eraseClient, useClientAdvice, useClientAppointments, useClientReferrals } from '../../data';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useStatus } from '../../ui/StatusProvider';
import { UserText } from '../../ui/UserText';
import { rightsFailure } from './rights-messages';

export function EraseDialog({ client, onClose }: { client: Client; onClose: () => void }) {
  const { t } = useTranslation('privacy');
  const status = useStatus();
  const navigate = useNavigate();
  const appointments = useClientAppointments(client.id);
  const advice = useClientAdvice(client.id);
  const referrals = useClientReferrals(client.id);
  const erase = async () => {
    try {
      await eraseClient(client.id);
      status.say(t('rights.erase.done'));
      onClose();
      void navigate('/clients');
    } catch (error) {
      status.error(rightsFailure(t, error));
    }
  };
  return (
    <ConfirmDialog
      open
      title={t('rights.erase.title')}
      confirmLabel={t('rights.erase.confirm')}
      cancelLabel={t('rights.cancel')}
      destructive
      onConfirm={() => void erase()}
      onCancel={onClose}
    >
      <p>
        {t('rights.erase.what')} <UserText>{client.nameLatin ?? client.name}</UserText>
      </p>
      <ul>
        <li>{t('rights.erase.details')}</li>
        <li>{t('rights.erase.appointments', { count: appointments?.length ?? 0 })}</li>
        <li>{t('rights.erase.advice', { count: advice?.length ?? 0 })}</li>
        <li>{t('rights.erase.referrals', { count: referrals?.length ?? 0 })}</li>
      </ul>
      <p>{t('rights.erase.reports')}</p>
      <p>{t('rights.erase.final')}</p>
    </ConfirmDialog>
  );
}
