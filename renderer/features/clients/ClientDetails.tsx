/** The facts recorded about a client, as a definition list. */
import { countryName } from '../../../shared/codes/countries';
import { languageName } from '../../../shared/codes/languages';
import type { Client } from '../../../shared/schemas';
import { Panel } from '../../ui/Panel';
import { AGE_BAND_LABELS, GENDER_LABELS, IMMIGRATION_STATUS_LABELS } from './client-labels';

export function ClientDetails({ client }: { client: Client }) {
  const rows: [string, React.ReactNode][] = [
    ['Phone', client.phone],
    ['Email', client.email],
    ['Born', client.birthYear ?? (client.ageBand ? AGE_BAND_LABELS[client.ageBand] : undefined)],
    ['Gender', client.gender === 'self-described' ? client.genderSelfDescribed : client.gender ? GENDER_LABELS[client.gender] : undefined],
    ['Nationality', client.nationality ? countryName(client.nationality) : undefined],
    ['Languages', client.languages.map(languageName).join(', ') || undefined],
    ['Interpreter', client.interpreterNeeded && client.interpreterLanguage ? languageName(client.interpreterLanguage) : 'Not needed'],
    ['Area', client.area],
    ['Arrived in the UK', client.arrivalYear],
    ['Immigration status', client.immigrationStatus ? IMMIGRATION_STATUS_LABELS[client.immigrationStatus] : undefined],
  ];
  return (
    <Panel title="Details">
      <dl className="pairs">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd dir="auto">{value === undefined || value === '' ? <span className="muted">–</span> : value}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}
