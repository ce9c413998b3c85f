/**
 * Volunteers on today's rota, and roles still uncovered. A shift whose volunteer no longer
 * fits (a check lapsed since the rota was made, away, retired) is flagged with why.
 */
import { useTranslation } from 'react-i18next';
import { heldShiftProblems } from '../../../shared/rota/held-shifts';
import type { Clinic, Shift, Volunteer } from '../../../shared/schemas';
import { useFormat } from '../../i18n/format';
import { Badge } from '../../ui/Badge';
import { Panel } from '../../ui/Panel';
import { UserText } from '../../ui/UserText';
import { useClinicWords } from '../clinics/words/clinic-words';
import { isolateIn } from '../clinics/words/isolate-name';
import { useRotaWords } from '../volunteers/words/use-rota-words';

export function OnShiftToday({
  shifts,
  volunteers,
  clinics,
  today,
}: {
  shifts: Shift[] | undefined;
  volunteers: Volunteer[] | undefined;
  clinics: ReadonlyMap<string, Clinic>;
  today: string;
}) {
  const { t } = useTranslation('today');
  const format = useFormat();
  const words = useClinicWords();
  const rota = useRotaWords();
  const byId = new Map((volunteers ?? []).map((v) => [v.id, v]));
  const names = new Map((volunteers ?? []).map((v) => [v.id, v.name]));
  const ordered = [...(shifts ?? [])].sort((a, b) => a.startTime.localeCompare(b.startTime));
  return (
    <Panel title={t('onShift.title')}>
      {ordered.length === 0 ? (
        <p className="muted">{t('onShift.none')}</p>
      ) : (
        <ul className="compact-list" aria-label={t('onShift.list')}>
          {ordered.map((s) => {
            const problems = volunteers ? heldShiftProblems(s, byId.get(s.volunteerId ?? ''), today) : [];
            return (
              <li key={s.id}>
                <span className="compact-list__time">{format.time(s.startTime)}</span>{' '}
                {s.volunteerId ? (
                  <strong>
                    <UserText>{names.get(s.volunteerId) ?? t('onShift.aVolunteer')}</UserText>
                  </strong>
                ) : (
                  <Badge tone="danger">{t('onShift.notCovered')}</Badge>
                )}{' '}
                <span className="muted">{t('onShift.roleAt', { role: words.role(s.role), clinic: isolateIn(format.language, clinics.get(s.clinicId)?.name ?? t('onShift.clinic')) })}</span>
                {problems.length > 0 ? (
                  <div>
                    {/* The rota's explanations are worded by the volunteers area (shared/rota's Problem). */}
                    <Badge tone="danger">{t('onShift.recheck')}</Badge> {rota.problems(problems)}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
