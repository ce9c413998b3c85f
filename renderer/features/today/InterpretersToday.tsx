/** Interpreters still needed today (shared/schedule/interpreter-needed.ts), by language, with who needs them. */
import { useTranslation } from 'react-i18next';
import type { Appointment } from '../../../shared/schemas';
import { useFormat } from '../../i18n/format';
import { Badge } from '../../ui/Badge';
import { Panel } from '../../ui/Panel';
import { useClinicWords } from '../clinics/words/clinic-words';
import { isolateIn } from '../clinics/words/isolate-name';

export function InterpretersToday({ appointments, nameOf }: { appointments: Appointment[]; nameOf: (id: string) => string }) {
  const { t } = useTranslation('today');
  const format = useFormat();
  const words = useClinicWords();
  const byLanguage = new Map<string, Appointment[]>();
  for (const a of appointments) {
    if (!a.interpreterLanguage) continue;
    byLanguage.set(a.interpreterLanguage, [...(byLanguage.get(a.interpreterLanguage) ?? []), a]);
  }
  const rows = [...byLanguage.entries()].sort((x, y) => y[1].length - x[1].length);
  return (
    <Panel title={t('interpreters.title')}>
      {rows.length === 0 ? (
        <p className="muted">{t('interpreters.none')}</p>
      ) : (
        <ul className="compact-list" aria-label={t('interpreters.list')}>
          {rows.map(([code, people]) => (
            <li key={code}>
              <strong>{words.language(code)}</strong> <Badge tone="warn">{t('interpreters.people', { count: people.length })}</Badge>
              <div className="muted">
                {people
                  .map((a) => t('interpreters.who', { time: a.slotTime ? format.time(a.slotTime) : t('interpreters.walkIn'), name: isolateIn(format.language, nameOf(a.clientId)) }))
                  .join(' · ')}
              </div>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
