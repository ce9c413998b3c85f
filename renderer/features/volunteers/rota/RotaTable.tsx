/**
 * The rota grid: a row per session, a column per role; open places are buttons. A held
 * place whose volunteer no longer fits is marked, with why in its accessible name.
 */
import { useTranslation } from 'react-i18next';
import type { OpenPosition } from '../../../../shared/rota/needs';
import type { Problem } from '../../../../shared/rota/rules';
import type { Shift } from '../../../../shared/schemas';
import { weekdayOf } from '../../../../shared/schedule/dates';
import { useFormat } from '../../../i18n/format';
import { UserText } from '../../../ui/UserText';
import { useRotaWords } from '../words/use-rota-words';
import type { RotaRow } from './rota-grid';

export function RotaTable({
  grid,
  names,
  problems,
  onOpen,
  onHeld,
}: {
  grid: { roles: string[]; rows: RotaRow[] };
  names: ReadonlyMap<string, string>;
  problems: ReadonlyMap<string, readonly Problem[]>;
  onOpen: (position: OpenPosition) => void;
  onHeld: (shift: Shift) => void;
}) {
  const { t } = useTranslation('volunteers');
  const format = useFormat();
  const words = useRotaWords();
  const weekdays = format.weekdays('short');
  return (
    <div className="table-wrap rota-wrap">
      <table className="table rota-table">
        <caption className="visually-hidden">{t('rota.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rota.session')}</th>
            {grid.roles.map((role) => (
              <th key={role} scope="col">
                {words.role(role)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map(({ session, clinic, cells }) => {
            const when = t('rota.when', { weekday: weekdays[weekdayOf(session.date)] ?? '', date: format.date(session.date, 'medium') });
            const clinicName = clinic?.name ?? t('rota.clinic');
            return (
              <tr key={session.id}>
                <th scope="row" className="rota-table__session">
                  <span className="rota-table__date">{when}</span>
                  <UserText>{clinicName}</UserText>
                  <span className="muted">{words.timeRange(session.startTime, session.endTime)}</span>
                </th>
                {grid.roles.map((role) => (
                  <td key={role}>
                    <ul className="rota-places">
                      {(cells.get(role) ?? []).map((place, index) => {
                        if (place.kind === 'open') {
                          return (
                            <li key={`open-${index}`}>
                              <button
                                type="button"
                                className="rota-place rota-place--open"
                                onClick={() => onOpen(place.position)}
                                aria-label={t('rota.openLabel', { role: words.roleWithLanguage(role, place.position.language), when, clinic: words.name(clinicName) })}
                              >
                                {place.position.language ? t('rota.openWithLanguage', { language: words.language(place.position.language) }) : t('rota.open')}
                              </button>
                            </li>
                          );
                        }
                        const who = names.get(place.shift.volunteerId ?? '') ?? t('rota.aVolunteer');
                        const issues = words.problems(problems.get(place.shift.id) ?? []);
                        const classes = ['rota-place', 'rota-place--held', place.shift.overrideReason ? 'rota-place--override' : '', issues ? 'rota-place--problem' : ''];
                        return (
                          <li key={place.shift.id}>
                            <button
                              type="button"
                              className={classes.filter(Boolean).join(' ')}
                              onClick={() => onHeld(place.shift)}
                              aria-label={t(issues ? 'rota.heldLabelProblem' : 'rota.heldLabel', {
                                name: words.name(who),
                                role: words.role(role),
                                when,
                                clinic: words.name(clinicName),
                                problems: issues,
                              })}
                              title={issues || undefined}
                            >
                              {issues ? <span aria-hidden="true">⚠ </span> : null}
                              <UserText>{who}</UserText>
                              {place.shift.language ? <span className="muted"> ({words.language(place.shift.language)})</span> : null}
                            </button>
                          </li>
                        );
                      })}
                    </ul>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
