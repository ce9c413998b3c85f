/**
 * The month rota as a grid: one row per session, one column per role, each cell the
 * places of that role in that session, held (a shift with a volunteer) or open.
 */
import type { OpenPosition } from '../../../../shared/rota/needs';
import type { Clinic, Session, Shift } from '../../../../shared/schemas';

export type Place = { kind: 'held'; shift: Shift } | { kind: 'open'; position: OpenPosition };

export interface RotaRow {
  session: Session;
  clinic: Clinic | undefined;
  cells: Map<string, Place[]>;
}

export function rotaGrid(
  sessions: readonly Session[],
  clinics: readonly Clinic[],
  shifts: readonly Shift[],
  positions: readonly OpenPosition[],
  roleOrder: readonly string[],
): { roles: string[]; rows: RotaRow[] } {
  const clinicById = new Map(clinics.map((c) => [c.id, c]));
  const rows = new Map<string, RotaRow>(sessions.map((s) => [s.id, { session: s, clinic: clinicById.get(s.clinicId), cells: new Map() }]));
  const used = new Set<string>();
  const add = (sessionId: string, role: string, place: Place) => {
    const row = rows.get(sessionId);
    if (!row) return;
    used.add(role);
    row.cells.set(role, [...(row.cells.get(role) ?? []), place]);
  };
  for (const shift of shifts) if (shift.volunteerId) add(shift.sessionId, shift.role, { kind: 'held', shift });
  for (const position of positions) add(position.sessionId, position.role, { kind: 'open', position });
  const roles = [...roleOrder.filter((r) => used.has(r)), ...[...used].filter((r) => !roleOrder.includes(r)).sort()];
  return { roles, rows: [...rows.values()] };
}
