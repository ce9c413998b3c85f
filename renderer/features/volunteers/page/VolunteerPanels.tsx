/** A volunteer's details and checks, as definition lists and badges. */
import type { ReactNode } from 'react';
import type { CheckKind, Volunteer } from '../../../../shared/schemas';
import { formatShortDate } from '../../../format/dates';
import { roleLabel } from '../../../format/labels';
import { Badge } from '../../../ui/Badge';
import { Panel } from '../../../ui/Panel';
import { CHECK_KIND_LABELS, EXPIRY_WARNING_DAYS, checkState, currentChecks, requiredCheckProblems, type CheckState } from './volunteer-checks';
import { availabilityInWords, awayInWords, languageInWords, sortedAvailability } from './volunteer-words';
import { plural } from '../../../../shared/plural';

const none = <span className="muted">–</span>;

function Lines({ items }: { items: readonly string[] }) {
  if (items.length === 0) return none;
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul className="volunteer-lines">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

export function VolunteerDetails({ volunteer, today }: { volunteer: Volunteer; today: string }) {
  // Dates away that are over are history: only today's and later ones are shown.
  const away = volunteer.away.filter((a) => a.to >= today).sort((a, b) => a.from.localeCompare(b.from));
  const rows: [string, ReactNode][] = [
    ['Phone', volunteer.phone],
    ['Email', volunteer.email],
    ['Roles', volunteer.roles.map(roleLabel).join(', ') || undefined],
    ['Languages', volunteer.languages.length > 0 ? <Lines items={volunteer.languages.map(languageInWords)} /> : undefined],
    ['Usually free', volunteer.availability.length > 0 ? <Lines items={sortedAvailability(volunteer.availability).map(availabilityInWords)} /> : 'No weekly times recorded'],
    ['Dates away', away.length > 0 ? <Lines items={away.map(awayInWords)} /> : 'None coming up'],
    [
      'Shifts a month',
      volunteer.maxShiftsPerMonth === undefined ? 'No preferred maximum' : volunteer.maxShiftsPerMonth === 0 ? 'None at the moment' : `At most ${volunteer.maxShiftsPerMonth}`,
    ],
  ];
  return (
    <Panel title="Details">
      <dl className="pairs">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd dir="auto">{value === undefined || value === '' ? none : value}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}

/** Safeguarding first: everyone needs it. */
const CHECK_ORDER: CheckKind[] = ['safeguarding', 'pvg-dbs', 'data-protection', 'immigration-accreditation'];

const STATE_BADGE: Record<CheckState, { tone: 'danger' | 'warn' | 'ok'; label: string }> = {
  expired: { tone: 'danger', label: 'Expired' },
  expiring: { tone: 'warn', label: `Expires within ${plural(EXPIRY_WARNING_DAYS, 'day')}` },
  'in-date': { tone: 'ok', label: 'In date' },
};

export function VolunteerChecks({ volunteer, today }: { volunteer: Volunteer; today: string }) {
  const current = new Set(currentChecks(volunteer.checks));
  const checks = [...volunteer.checks].sort((a, b) => CHECK_ORDER.indexOf(a.kind) - CHECK_ORDER.indexOf(b.kind) || b.date.localeCompare(a.date));
  // A retired volunteer takes no shifts, so nothing is needed of them.
  const problems = volunteer.active ? requiredCheckProblems(volunteer, today) : [];
  return (
    <Panel title="Checks and training">
      {problems.length > 0 ? (
        <div className="volunteer-needed" role="note" aria-label="Required checks">
          <p className="volunteer-needed__title">Needed before their next shift</p>
          <ul className="compact-list">
            {problems.map((p) => (
              <li key={p.kind}>
                <Badge tone="danger">Required</Badge> {p.message} <span className="muted">({p.neededBy})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {checks.length === 0 ? (
        <p className="muted">No checks or training recorded.</p>
      ) : (
        <ul className="volunteer-checks" aria-label="Checks and training recorded">
          {checks.map((check, index) => {
            const superseded = !current.has(check);
            const state = STATE_BADGE[checkState(check, today)];
            return (
              <li key={`${check.kind}-${check.date}-${index}`} className="volunteer-checks__item">
                <div>
                  <span className="volunteer-checks__name">{CHECK_KIND_LABELS[check.kind]}</span>
                  {check.level ? <span className="muted"> · {check.level}</span> : null}
                  <div className="muted volunteer-checks__dates">
                    Done {formatShortDate(check.date)}
                    {check.expires ? ` · ${check.expires <= today ? 'expired' : 'expires'} ${formatShortDate(check.expires)}` : ' · does not expire'}
                  </div>
                </div>
                {superseded ? <Badge>Renewed since</Badge> : <Badge tone={state.tone}>{state.label}</Badge>}
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
