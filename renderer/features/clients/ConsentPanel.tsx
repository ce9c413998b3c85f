/** The three consents with when and by whom; each can be renewed (asked again today). */
import { useState } from 'react';
import { CONSENT_KINDS, renewConsent, type ConsentKind } from '../../../shared/frontdesk/client-form';
import type { Client } from '../../../shared/schemas';
import { clients } from '../../data';
import { formatShortDate, localToday } from '../../format/dates';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { refusalMessage } from '../../ui/form-errors';
import { Panel } from '../../ui/Panel';
import { useStatus } from '../../ui/StatusProvider';
import { CONSENT_LABELS } from './client-labels';
import { lastRecorder } from './recorder';

export function ConsentPanel({ client }: { client: Client }) {
  const status = useStatus();
  const [recorder, setRecorder] = useState(lastRecorder());
  const renew = async (kind: ConsentKind) => {
    if (!recorder.trim()) {
      status.error('Enter your name under “Renewed by” first.');
      return;
    }
    try {
      await clients.patch(client.id, { consents: renewConsent(client, kind, localToday(), recorder.trim()) });
      status.say('Consent renewed');
    } catch (error) {
      status.error(refusalMessage(error));
    }
  };
  return (
    <Panel title="Consent">
      <ul className="consent-list">
        {CONSENT_KINDS.map((kind) => {
          const consent = client.consents[kind];
          return (
            <li key={kind}>
              <div>{CONSENT_LABELS[kind]}</div>
              {consent ? (
                <div className="consent-list__when">
                  <Badge tone={consent.given ? 'ok' : 'neutral'}>{consent.given ? 'Yes' : 'No'}</Badge>{' '}
                  <span className="muted">
                    {formatShortDate(consent.date)} · {consent.recordedBy}
                  </span>{' '}
                  <Button variant="quiet" onClick={() => void renew(kind)} aria-label={`Renew: ${CONSENT_LABELS[kind]}`}>
                    Renew
                  </Button>
                </div>
              ) : (
                <div className="muted">Not asked</div>
              )}
            </li>
          );
        })}
      </ul>
      <label className="inline-field">
        Renewed by <input className="input input--short" value={recorder} onChange={(e) => setRecorder(e.target.value)} />
      </label>
    </Panel>
  );
}
