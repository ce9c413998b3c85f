/** Start a referral for a client (from their page, or from an advice log entry). */
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { addDays } from '../../../../shared/schedule/dates';
import type { Client } from '../../../../shared/schemas';
import { useAdviceEntry, useClient } from '../../../data';
import { localToday } from '../../../format/dates';
import { PageHeader } from '../../../ui/PageHeader';
import { ClientFinder } from '../../clients/ClientFinder';
import { lastRecorder } from '../../clients/recorder';
import { ReferralForm } from './ReferralForm';
import { IsolatedClientName } from './IsolatedClientName';

export function NewReferralScreen() {
  const { t } = useTranslation('referrals');
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const advice = useAdviceEntry(params.get('advice') ?? undefined);
  const client = useClient(params.get('client') ?? advice?.clientId);
  if (!client) {
    return (
      <>
        <PageHeader title={t('newReferral.title')} lede={t('newReferral.who')} />
        <div className="panel">
          <ClientFinder chooseLabel={t('newReferral.refer')} onChoose={(c: Client) => setParams({ client: c.id })} />
        </div>
      </>
    );
  }
  const today = localToday();
  return (
    <>
      <PageHeader
        title={t('newReferral.title')}
        lede={
          <>
            <IsolatedClientName name={client.name} nameLatin={client.nameLatin} />
          </>
        }
      />
      <ReferralForm
        client={client}
        initial={{
          clientId: client.id,
          serviceId: '',
          reasonCategory: advice?.categories[0] ?? '',
          sharedFields: ['name', 'reason'],
          date: today,
          followUpDue: addDays(today, 14),
          referredBy: lastRecorder(),
          ...(advice ? { adviceEntryId: advice.id } : {}),
        }}
        onSaved={(referral) => void navigate(`/referrals/${referral.id}`)}
        onCancel={() => void navigate(-1)}
      />
    </>
  );
}
