/**
 * The three consents with when and by whom; each can be renewed (asked again today). Who
 * renews them is one react-hook-form field with zod, shared by the Renew buttons: a name
 * left empty is said next to it.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CONSENT_KINDS, renewConsent, type ConsentKind } from '../../../shared/frontdesk/client-form';
import type { Client } from '../../../shared/schemas';
import { clients } from '../../data';
import { localToday } from '../../format/dates';
import { useFormat } from '../../i18n/format';
import { useCan } from '../../security/permissions';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { VALIDATE_ON_SUBMIT } from '../../ui/form-validation';
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
  const needRecorder = t('consentPanel.needRecorder');
  const schema = useMemo(() => z.object({ recordedBy: z.string().trim().min(1, needRecorder).max(120, needRecorder) }), [needRecorder]);
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { recordedBy: lastRecorder() },
    ...VALIDATE_ON_SUBMIT,
  });
  const canRenew = useCan('clients.write');
  const renew = (kind: ConsentKind) =>
    form.handleSubmit(async ({ recordedBy }) => {
      try {
        await clients.patch(client.id, { consents: renewConsent(client, kind, localToday(), recordedBy) });
        status.say(t('consentPanel.renewed'));
      } catch (error) {
        status.error(refusalMessage(error));
      }
    });
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
                    <Button variant="quiet" onClick={() => void renew(kind)()} aria-label={t('consentPanel.renewLabel', { consent: labels.consent(kind) })}>
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
        <Field label={t('consentPanel.renewedBy')} error={form.formState.errors.recordedBy?.message}>
          <input className="input input--short" dir="auto" {...form.register('recordedBy')} />
        </Field>
      ) : null}
    </Panel>
  );
}
