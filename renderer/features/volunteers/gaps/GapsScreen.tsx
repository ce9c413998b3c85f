/**
 * What needs doing on the rota: shifts already given to someone who no longer fits (a
 * check lapsed, away, retired), open places in the next four weeks (soonest first, none
 * whose session has already ended by the clock), interpreter languages nobody covers yet,
 * and volunteers' checks that run out within 60 days or already have.
 */
import { useMemo } from 'react';
import { Link } from 'react-router';
import { languageName } from '../../../../shared/codes/languages';
import { shiftsAtRisk } from '../../../../shared/rota/held-shifts';
import { positionsStillAhead } from '../../../../shared/rota/needs';
import { checkName } from '../../../../shared/rota/rules';
import { addDays, daysBetween } from '../../../../shared/schedule/dates';
import { useRotaBetween } from '../../../data';
import { formatShortDate } from '../../../format/dates';
import { roleLabel } from '../../../format/labels';
import { Badge } from '../../../ui/Badge';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { useLocalNow } from '../../../ui/hooks/use-now';
import { plural } from '../../../../shared/plural';

const WEEKS_AHEAD = 4;
const CHECKS_AHEAD_DAYS = 60;

export function GapsScreen() {
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
        title="Rota gaps"
        lede={`The next ${plural(WEEKS_AHEAD, 'week')}, soonest first.`}
        actions={
          <Link className="button button--primary" to="/volunteers/rota">
            Month rota
          </Link>
        }
      />
      {atRisk.length > 0 ? (
        <Panel title="Shifts to re-check">
          <p className="muted">Given to someone who no longer fits: find cover or take them off.</p>
          <ul className="compact-list" aria-label="Shifts to re-check">
            {atRisk.map(({ shift, problems }) => (
              <li key={shift.id} className="follow-up">
                <span>
                  <Badge tone="danger">{shift.date === today ? 'Today' : formatShortDate(shift.date)}</Badge> {shift.startTime} {clinics.get(shift.clinicId) ?? 'Clinic'} ·{' '}
                  {roleLabel(shift.role)} · <Link to={`/volunteers/${shift.volunteerId ?? ''}`}>{volunteerNames.get(shift.volunteerId ?? '') ?? 'A volunteer'}</Link>
                  <span className="muted"> — {problems.map((p) => p.message).join('; ')}</span>
                </span>
                <Link to={`/volunteers/rota?month=${shift.date.slice(0, 7)}`}>Rota</Link>
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
      <div className="grid-2">
        <Panel title="Open shifts">
          {!rota ? null : open.length === 0 ? (
            <p className="muted">Every shift in the next {WEEKS_AHEAD} weeks is covered.</p>
          ) : (
            <ul className="compact-list" aria-label="Open shifts">
              {open.map((p, i) => {
                const days = daysBetween(today, p.date);
                return (
                  <li key={`${p.sessionId}-${p.role}-${i}`} className="follow-up">
                    <span>
                      <Badge tone={days <= 2 ? 'danger' : days <= 7 ? 'warn' : 'info'}>{days === 0 ? 'Today' : days === 1 ? 'Tomorrow' : formatShortDate(p.date)}</Badge>{' '}
                      {p.startTime} {clinics.get(p.clinicId) ?? 'Clinic'} · {roleLabel(p.role)}
                      {p.language ? ` (${languageName(p.language)})` : ''}
                    </span>
                    <Link to={`/volunteers/rota?month=${p.date.slice(0, 7)}`}>Fill</Link>
                  </li>
                );
              })}
            </ul>
          )}
        </Panel>
        <div className="client-page__side">
          <Panel title="Interpreters still needed">
            {languages.size === 0 ? (
              <p className="muted">Every interpreter request is covered.</p>
            ) : (
              <ul className="compact-list" aria-label="Uncovered languages">
                {[...languages.entries()]
                  .sort((a, b) => b[1] - a[1])
                  .map(([code, n]) => (
                    <li key={code}>
                      <strong>{languageName(code)}</strong> <Badge tone="warn">{plural(n, 'session')}</Badge>
                    </li>
                  ))}
              </ul>
            )}
          </Panel>
          <Panel title="Checks running out">
            {expiring.length === 0 ? (
              <p className="muted">No check runs out in the next {CHECKS_AHEAD_DAYS} days.</p>
            ) : (
              <ul className="compact-list" aria-label="Checks running out">
                {expiring.map(({ volunteer, check, expires }) => (
                  <li key={`${volunteer.id}-${check.kind}-${expires}`}>
                    <Link to={`/volunteers/${volunteer.id}`}>{volunteer.name}</Link> · {checkName(check.kind)}{' '}
                    <Badge tone={expires < today ? 'danger' : 'warn'}>{expires < today ? `expired ${formatShortDate(expires)}` : `expires ${formatShortDate(expires)}`}</Badge>
                  </li>
                ))}
              </ul>
            )}
          </Panel>
        </div>
      </div>
    </>
  );
}
