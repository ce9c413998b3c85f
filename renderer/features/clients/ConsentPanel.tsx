/** The three consents with when and by whom; each can be renewed (asked again today). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_KINDS, renewConsent, type ConsentKind } from '../../../shared/frontdesk/client-form';
import type { Client } from '../../../shared/schemas';
import { clients } from '../../data';
import { localToday } from '../../format/dates';
import { useFormat } from '../../i18n/format';
import { useCan } from '../../security/permissions';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { refusalMessage } from '../../ui/form-errors';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { UserText } from '../../ui/UserText';
import { useClientLabels } from './client-labels';
import { lastRecorder } from './recorder';

export function ConsentPanel({ client }: { client: Client }) {
  const { t } = useTranslation('clients');
  const format = useFormat();
  const labels = useClientLabels();
  const status = useStatus();
  const [recorder, setRecorder] = useState(lastRecorder());
  const canRenew = useCan('clients.write');
  const renew = async (kind: ConsentKind) => {
    if (!recorder.trim()) {
      status.error(t('consentPanel.needRecorder'));
      return;
    }
    try {
      await clients.patch(client.id, { consents: renewConsent(client, kind, localToday(), recorder.trim()) });
      status.say(t('consentPanel.renewed'));
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };
  return (
    <Panel title={t('consentPanel.title')}>
      <ul className="consent-list">
        {CONSENT_KINDS.map((kind) => {
          const consent = client.consents[kind];
          return (
            <li key={kind}>
              <div>{labels.consent(kind)}</div>
              {consent ? (
                <div className="consent-list__when">
                  <Badge tone={consent.given ? 'ok' : 'neutral'}>{consent.given ? t('consentPanel.yes') : t('consentPanel.no')}</Badge>{' '}
                  <span className="muted">
                    {format.date(consent.date, 'medium')} · <UserText>{consent.recordedBy}</UserText>
                  </span>{' '}
                  {canRenew ? (
                    <Button variant="quiet" onClick={() => void renew(kind)} aria-label={t('consentPanel.renewLabel', { consent: labels.consent(kind) })}>
                      {t('consentPanel.renew')}
                    </Button>
                  ) : null}
                </div>
              ) : (
                <div className="muted">{t('consentPanel.notAsked')}</div>
              )}
            </li>
          );
        })}
      </ul>
      {canRenew ? (
        <label className="inline-field">
          {t('consentPanel.renewedBy')} <input className="input input--short" dir="auto" value={recorder} onChange={(e) => setRecorder(e.target.value)} />
        </label>
      ) : null}
    </Panel>
  );
}
