/** The facts recorded about a client, as a definition list. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../shared/schemas';
import { useFormat } from '../../i18n/format';
import { Panel } from '../../ui/Panel';
import { UserText } from '../../ui/UserText';
import { useClientLabels } from './client-labels';
import { useCodeNames } from './code-names';

export function ClientDetails({ client }: { client: Client }) {
  const { t } = useTranslation('clients');
  const format = useFormat();
  const labels = useClientLabels();
  const names = useCodeNames();
  const year = (value: number | undefined) => (value === undefined ? undefined : format.number(value, { useGrouping: false }));
  const rows: [string, string, ReactNode][] = [
    ['phone', t('details.phone'), client.phone ? <UserText>{client.phone}</UserText> : undefined],
    ['email', t('details.email'), client.email ? <UserText>{client.email}</UserText> : undefined],
    ['born', t('details.born'), year(client.birthYear) ?? (client.ageBand ? labels.ageBand(client.ageBand) : undefined)],
    [
      'gender',
      t('details.gender'),
      client.gender === 'self-described' ? (
        client.genderSelfDescribed ? <UserText>{client.genderSelfDescribed}</UserText> : undefined
      ) : client.gender ? (
        labels.gender(client.gender)
      ) : undefined,
    ],
    ['nationality', t('details.nationality'), client.nationality ? names.country(client.nationality) : undefined],
    ['languages', t('details.languages'), client.languages.length > 0 ? names.languages(client.languages) : undefined],
    [
      'interpreter',
      t('details.interpreter'),
      client.interpreterNeeded && client.interpreterLanguage ? names.language(client.interpreterLanguage) : t('details.notNeeded'),
    ],
    ['area', t('details.area'), client.area ? <UserText>{client.area}</UserText> : undefined],
    ['arrived', t('details.arrived'), year(client.arrivalYear)],
    ['immigration-status', t('details.immigrationStatus'), client.immigrationStatus ? labels.immigrationStatus(client.immigrationStatus) : undefined],
  ];
  return (
    <Panel title={t('details.title')}>
      <dl className="pairs">
        {rows.map(([key, label, value]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>{value === undefined || value === '' ? <span className="muted">–</span> : value}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
