/**
 * The rota grid: a row per session, a column per role; open places are buttons. A held
 * place whose volunteer no longer fits is marked, with why in its accessible name.
 */
import { languageName } from '../../../../shared/codes/languages';
import type { OpenPosition } from '../../../../shared/rota/needs';
import type { Problem } from '../../../../shared/rota/rules';
import type { Shift } from '../../../../shared/schemas';
import { formatShortDate } from '../../../format/dates';
import { roleLabel } from '../../../format/labels';
import type { RotaRow } from './rota-grid';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

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
  return (
    <div className="table-wrap rota-wrap">
      <table className="table rota-table">
        <caption className="visually-hidden">Month rota</caption>
        <thead>
          <tr>
            <th scope="col">Session</th>
            {grid.roles.map((role) => (
              <th key={role} scope="col">
                {roleLabel(role)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map(({ session, clinic, cells }) => {
            const when = `${WEEKDAYS[new Date(`${session.date}T00:00:00Z`).getUTCDay()]} ${formatShortDate(session.date)}`;
            return (
              <tr key={session.id}>
                <th scope="row" className="rota-table__session">
                  <span className="rota-table__date">{when}</span>
                  <span>{clinic?.name ?? 'Clinic'}</span>
                  <span className="muted">
                    {session.startTime}–{session.endTime}
                  </span>
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
                                aria-label={`Open: ${roleLabel(role)}${place.position.language ? ` (${languageName(place.position.language)})` : ''}, ${when} ${clinic?.name ?? ''}`}
                              >
                                Open{place.position.language ? ` · ${languageName(place.position.language)}` : ''}
                              </button>
                            </li>
                          );
                        }
                        const who = names.get(place.shift.volunteerId ?? '') ?? 'A volunteer';
                        const issues = (problems.get(place.shift.id) ?? []).map((p) => p.message).join('; ');
                        const classes = ['rota-place', 'rota-place--held', place.shift.overrideReason ? 'rota-place--override' : '', issues ? 'rota-place--problem' : ''];
                        return (
                          <li key={place.shift.id}>
                            <button
                              type="button"
                              className={classes.filter(Boolean).join(' ')}
                              onClick={() => onHeld(place.shift)}
                              aria-label={`${who}, ${roleLabel(role)}, ${when} ${clinic?.name ?? ''}${issues ? `, needs re-checking: ${issues}` : ''}`}
                              title={issues || undefined}
                            >
                              {issues ? <span aria-hidden="true">⚠ </span> : null}
                              {who}
                              {place.shift.language ? <span className="muted"> ({languageName(place.shift.language)})</span> : null}
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
