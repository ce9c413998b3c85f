/** A volunteer's details and checks, as definition lists and badges. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckKind, Volunteer } from '../../../../shared/schemas';
import { useFormat } from '../../../i18n/format';
import { Badge } from '../../../ui/Badge';
import { Panel } from '../../../ui/Panel';
import { useRotaWords } from '../words/use-rota-words';
import { EXPIRY_WARNING_DAYS, checkState, currentChecks, requiredCheckProblems, type CheckState } from './volunteer-checks';
import { availabilityInWords, awayInWords, sortedAvailability } from './volunteer-words';

function None() {
  const { t } = useTranslation('volunteers');
  return (
    <span className="muted">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('list.none')}</span>
    </span>
  );
}

function Lines({ items }: { items: readonly string[] }) {
  if (items.length === 0) return <None />;
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
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const words = useRotaWords();
  // Dates away that are over are history: only today's and later ones are shown.
  const away = volunteer.away.filter((a) => a.to >= today).sort((a, b) => a.from.localeCompare(b.from));
  const max = volunteer.maxShiftsPerMonth;
  const rows: [string, ReactNode][] = [
    [t('details.phone'), volunteer.phone ? <bdi dir="ltr">{volunteer.phone}</bdi> : undefined],
    [t('details.email'), volunteer.email ? <bdi dir="ltr">{volunteer.email}</bdi> : undefined],
    [t('details.roles'), format.list(volunteer.roles.map(words.role), 'unit') || undefined],
    [t('details.languages'), volunteer.languages.length > 0 ? <Lines items={volunteer.languages.map(words.languageWithLevel)} /> : undefined],
    [
      t('details.usuallyFree'),
      volunteer.availability.length > 0 ? (
        <Lines items={sortedAvailability(volunteer.availability).map((w) => availabilityInWords(w, words, t))} />
      ) : (
        t('details.noWeeklyTimes')
      ),
    ],
    [t('details.away'), away.length > 0 ? <Lines items={away.map((a) => awayInWords(a, t, format))} /> : t('details.noneComingUp')],
    [t('details.shiftsAMonth'), max === undefined ? t('details.noMaximum') : max === 0 ? t('details.noneNow') : t('details.atMost', { max })],
  ];
  return (
    <Panel title={t('details.title')}>
      <dl className="pairs">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value === undefined || value === '' ? <None /> : value}</dd>
          </div>
        ))}
      </dl>
    </Panel>
  );
}

/** Safeguarding first: everyone needs it. */
const CHECK_ORDER: CheckKind[] = ['safeguarding', 'pvg-dbs', 'data-protection', 'immigration-accreditation'];

const STATE_TONE: Record<CheckState, 'danger' | 'warn' | 'ok'> = { expired: 'danger', expiring: 'warn', 'in-date': 'ok' };

export function VolunteerChecks({ volunteer, today }: { volunteer: Volunteer; today: string }) {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const words = useRotaWords();
  const stateLabel: Record<CheckState, string> = {
    expired: t('checksPanel.expired'),
    expiring: t('checksPanel.expiring', { days: EXPIRY_WARNING_DAYS }),
    'in-date': t('checksPanel.inDate'),
  };
  const date = (iso: string) => format.date(iso, 'medium');
  const current = new Set(currentChecks(volunteer.checks));
  const checks = [...volunteer.checks].sort((a, b) => CHECK_ORDER.indexOf(a.kind) - CHECK_ORDER.indexOf(b.kind) || b.date.localeCompare(a.date));
  // A retired volunteer takes no shifts, so nothing is needed of them.
  const problems = volunteer.active ? requiredCheckProblems(volunteer, today) : [];
  return (
    <Panel title={t('checksPanel.title')}>
      {problems.length > 0 ? (
        <div className="volunteer-needed" role="note" aria-label={t('checksPanel.required')}>
          <p className="volunteer-needed__title">{t('checksPanel.neededBefore')}</p>
          <ul className="compact-list">
            {problems.map((p) => (
              <li key={p.kind}>
                <Badge tone="danger">{t('checksPanel.requiredBadge')}</Badge>{' '}
                {p.expiredOn ? t('checks.expiredOn', { check: words.check(p.kind), date: date(p.expiredOn) }) : t(`checks.notRecorded.${p.kind}`)}{' '}
                <span className="muted">
                  {t('checksPanel.neededBy', { roles: p.neededBy.length === 0 ? t('checks.neededByEveryone') : format.list(p.neededBy.map(words.role), 'unit') })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {checks.length === 0 ? (
        <p className="muted">{t('checksPanel.none')}</p>
      ) : (
        <ul className="volunteer-checks" aria-label={t('checksPanel.recorded')}>
          {checks.map((check, index) => {
            const superseded = !current.has(check);
            const state = checkState(check, today);
            const expiry = check.expires
              ? t(check.expires <= today ? 'checksPanel.expiredOn' : 'checksPanel.expiresOn', { date: date(check.expires) })
              : t('checksPanel.noExpiry');
            return (
              <li key={`${check.kind}-${check.date}-${index}`} className="volunteer-checks__item">
                <div>
                  <span className="volunteer-checks__name">{words.check(check.kind)}</span>
                  {check.level ? (
                    <span className="muted">
                      {' · '}
                      <bdi>{check.level}</bdi>
                    </span>
                  ) : null}
                  <div className="muted volunteer-checks__dates">
                    {t('checksPanel.done', { date: date(check.date) })}
                    {' · '}
                    {expiry}
                  </div>
                </div>
                {superseded ? <Badge>{t('checksPanel.renewed')}</Badge> : <Badge tone={STATE_TONE[state]}>{stateLabel[state]}</Badge>}
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
