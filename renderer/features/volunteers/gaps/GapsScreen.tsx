/**
 * What needs doing on the rota: shifts already given to someone who no longer fits (a
 * check lapsed, away, retired), open places in the next four weeks (soonest first, none
 * whose session has already ended by the clock), interpreter languages nobody covers yet,
 * and volunteers' checks that run out within 60 days or already have.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { shiftsAtRisk } from '../../../../shared/rota/held-shifts';
import { positionsStillAhead } from '../../../../shared/rota/needs';
import { addDays, daysBetween } from '../../../../shared/schedule/dates';
import { useRotaBetween } from '../../../data';
import { useFormat } from '../../../i18n/format';
import { Badge } from '../../../ui/Badge';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { useLocalNow } from '../../../ui/hooks/use-now';
import { UserText } from '../../../ui/UserText';
import { useRotaWords } from '../words/use-rota-words';
import { Loading } from '../../../ui/Loading';

const WEEKS_AHEAD = 4;
const CHECKS_AHEAD_DAYS = 60;

export function GapsScreen() {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const words = useRotaWords();
  const date = (iso: string) => format.date(iso, 'medium');
  const now = useLocalNow();
  const today = now.date;
  const rota = useRotaBetween(today, addDays(today, WEEKS_AHEAD * 7));
  const clinics = useMemo(() => new Map((rota?.clinics ?? []).map((c) => [c.id, c.name])), [rota]);
  const open = positionsStillAhead(rota?.positions ?? [], now).sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
  const languages = new Map<string, number>();
  for (const p of open) if (p.language) languages.set(p.language, (languages.get(p.language) ?? 0) + 1);
  const atRisk = shiftsAtRisk(rota?.shifts ?? [], rota?.volunteers ?? [], now);
  const volunteerNames = new Map((rota?.volunteers ?? []).map((v) => [v.id, v.name]));
  const horizon = addDays(today, CHECKS_AHEAD_DAYS);
  const expiring = (rota?.volunteers ?? [])
    .filter((v) => v.active)
    .flatMap((v) => v.checks.filter((c) => c.expires && c.expires <= horizon).map((c) => ({ volunteer: v, check: c, expires: c.expires! })))
    .sort((a, b) => a.expires.localeCompare(b.expires));

  return (
    <>
      <PageHeader
        title={t('gaps.title')}
        lede={t('gaps.lede', { weeks: WEEKS_AHEAD })}
        actions={
          <Link className="button button--primary" to="/volunteers/rota">
            {t('gaps.monthRota')}
          </Link>
        }
      />
      {/* Until the rota is read every panel would say "nothing to do": a false all-clear. */}
      {!rota ? <Loading label={t('rota.loading')} /> : null}
      {rota && atRisk.length > 0 ? (
        <Panel title={t('gaps.recheckTitle')}>
          <p className="muted">{t('gaps.recheckIntro')}</p>
          <ul className="compact-list" aria-label={t('gaps.recheckTitle')}>
            {atRisk.map(({ shift, problems }) => (
              <li key={shift.id} className="follow-up">
                <span>
                  <Badge tone="danger">{shift.date === today ? t('gaps.today') : date(shift.date)}</Badge> {format.time(shift.startTime)}{' '}
                  <UserText>{clinics.get(shift.clinicId) ?? t('rota.clinic')}</UserText>
                  {' · '}
                  {words.role(shift.role)}
                  {' · '}
                  <Link to={`/volunteers/${shift.volunteerId ?? ''}`}>
                    <UserText>{volunteerNames.get(shift.volunteerId ?? '') ?? t('rota.aVolunteer')}</UserText>
                  </Link>
                  <span className="muted">
                    {' — '}
                    {words.problems(problems)}
                  </span>
                </span>
                <Link to={`/volunteers/rota?month=${shift.date.slice(0, 7)}`}>{t('gaps.rota')}</Link>
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
      {rota ? (
        <div className="grid-2">
          <Panel title={t('gaps.openTitle')}>
            {open.length === 0 ? (
              <p className="muted">{t('gaps.allCovered', { weeks: WEEKS_AHEAD })}</p>
            ) : (
              <ul className="compact-list" aria-label={t('gaps.openTitle')}>
                {open.map((p, i) => {
                  const days = daysBetween(today, p.date);
                  return (
                    <li key={`${p.sessionId}-${p.role}-${i}`} className="follow-up">
                      <span>
                        <Badge tone={days <= 2 ? 'danger' : days <= 7 ? 'warn' : 'info'}>
                          {days === 0 ? t('gaps.today') : days === 1 ? t('gaps.tomorrow') : date(p.date)}
                        </Badge>{' '}
                        {format.time(p.startTime)} <UserText>{clinics.get(p.clinicId) ?? t('rota.clinic')}</UserText>
                        {' · '}
                        {words.roleWithLanguage(p.role, p.language)}
                      </span>
                      <Link to={`/volunteers/rota?month=${p.date.slice(0, 7)}`}>{t('gaps.fill')}</Link>
                    </li>
                  );
                })}
              </ul>
            )}
          </Panel>
          <div className="client-page__side">
            <Panel title={t('gaps.interpretersTitle')}>
              {languages.size === 0 ? (
                <p className="muted">{t('gaps.interpretersCovered')}</p>
              ) : (
                <ul className="compact-list" aria-label={t('gaps.uncovered')}>
                  {[...languages.entries()]
                    .sort((a, b) => b[1] - a[1])
                    .map(([code, n]) => (
                      <li key={code}>
                        <strong>{words.language(code)}</strong> <Badge tone="warn">{t('gaps.sessions', { count: n })}</Badge>
                      </li>
                    ))}
                </ul>
              )}
            </Panel>
            <Panel title={t('gaps.checksTitle')}>
              {expiring.length === 0 ? (
                <p className="muted">{t('gaps.noChecks', { days: CHECKS_AHEAD_DAYS })}</p>
              ) : (
                <ul className="compact-list" aria-label={t('gaps.checksTitle')}>
                  {expiring.map(({ volunteer, check, expires }) => (
                    <li key={`${volunteer.id}-${check.kind}-${expires}`}>
                      <Link to={`/volunteers/${volunteer.id}`}>
                        <UserText>{volunteer.name}</UserText>
                      </Link>
                      {' · '}
                      {t(`rule.check.${check.kind}`)}{' '}
                      <Badge tone={expires < today ? 'danger' : 'warn'}>{t(expires < today ? 'gaps.expired' : 'gaps.expires', { date: date(expires) })}</Badge>
                    </li>
                  ))}
                </ul>
              )}
            </Panel>
          </div>
        </div>
      ) : null}
    </>
  );
}
