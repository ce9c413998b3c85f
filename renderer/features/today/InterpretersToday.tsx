/** Interpreters needed today, by language, with who needs them. */
import { languageName } from '../../../shared/codes/languages';
import type { Appointment } from '../../../shared/schemas';
import { Badge } from '../../ui/Badge';
import { Panel } from '../../ui/Panel';
import { plural } from '../../../shared/plural';

export function InterpretersToday({ appointments, nameOf }: { appointments: Appointment[]; nameOf: (id: string) => string }) {
  const byLanguage = new Map<string, Appointment[]>();
  for (const a of appointments) {
    if (!a.interpreterLanguage || a.status === 'seen') continue;
    byLanguage.set(a.interpreterLanguage, [...(byLanguage.get(a.interpreterLanguage) ?? []), a]);
  }
  const rows = [...byLanguage.entries()].sort((x, y) => y[1].length - x[1].length);
  return (
    <Panel title="Interpreters needed today">
      {rows.length === 0 ? (
        <p className="muted">No interpreters requested for today.</p>
      ) : (
        <ul className="compact-list" aria-label="Interpreters needed">
          {rows.map(([code, people]) => (
            <li key={code}>
              <strong>{languageName(code)}</strong> <Badge tone="warn">{plural(people.length, 'person', 'people')}</Badge>
              <div className="muted">
                {people.map((a) => `${a.slotTime ?? 'walk-in'} ${nameOf(a.clientId)}`).join(' · ')}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
