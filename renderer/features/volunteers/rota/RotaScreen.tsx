/**
 * The month's rota: sessions down, roles across; each place held by a volunteer or open.
 * Open places are assigned from the volunteers who fit; "Fill open shifts" proposes the
 * rest, to accept in whole or in part. Printable, and exportable as a calendar.
 */
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { heldShiftProblems } from '../../../../shared/rota/held-shifts';
import { positionsStillAhead, type OpenPosition } from '../../../../shared/rota/needs';
import type { Problem } from '../../../../shared/rota/rules';
import { addMonthsToMonth, isMonth, monthLabel } from '../../../../shared/report/period';
import type { Shift } from '../../../../shared/schemas';
import { useRotaMonth, useSettings } from '../../../data';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { PageHeader } from '../../../ui/PageHeader';
import { useLocalNow } from '../../../ui/hooks/use-now';
import { AssignDialog } from './AssignDialog';
import { FillDialog } from './FillDialog';
import { HeldShiftDialog } from './HeldShiftDialog';
import { RotaExports } from './RotaExports';
import { RotaTable } from './RotaTable';
import { rotaGrid } from './rota-grid';
import { plural } from '../../../../shared/plural';

export function RotaScreen() {
  const [params, setParams] = useSearchParams();
  const now = useLocalNow();
  const thisMonth = now.date.slice(0, 7);
  const raw = params.get('month') ?? thisMonth;
  const month = isMonth(raw) ? raw : thisMonth;
  const rota = useRotaMonth(month);
  const settings = useSettings();
  const [assigning, setAssigning] = useState<OpenPosition | null>(null);
  const [held, setHeld] = useState<Shift | null>(null);
  const [filling, setFilling] = useState(false);
  const grid = useMemo(
    () => (rota && settings ? rotaGrid(rota.sessions, rota.clinics, rota.shifts, rota.positions, settings.volunteerRoles) : undefined),
    [rota, settings],
  );
  const names = useMemo(() => new Map((rota?.volunteers ?? []).map((v) => [v.id, v.name])), [rota]);
  // Every held place re-checked as things stand now: a check can lapse after the rota was made.
  const problems = useMemo(() => {
    const byId = new Map((rota?.volunteers ?? []).map((v) => [v.id, v]));
    const found = new Map<string, Problem[]>();
    for (const shift of rota?.shifts ?? []) {
      const list = heldShiftProblems(shift, byId.get(shift.volunteerId ?? ''), now.date);
      if (list.length > 0) found.set(shift.id, list);
    }
    return found;
  }, [rota, now.date]);
  const go = (m: string) => setParams({ month: m }, { replace: true });
  // Places in sessions that have already ended are shown, but are no longer gaps to fill.
  const open = rota ? positionsStillAhead(rota.positions, now).length : 0;

  return (
    <>
      <PageHeader
        title={`Rota: ${monthLabel(month)}`}
        lede={rota ? (open === 0 ? 'Every place is covered.' : `${plural(open, 'open place')} still ahead this month.`) : 'Loading…'}
        actions={
          <>
            <Link className="button button--quiet" to="/volunteers/gaps">
              Gaps
            </Link>
            <Button variant="primary" disabled={!rota || open === 0} onClick={() => setFilling(true)}>
              Fill open shifts
            </Button>
          </>
        }
      />
      <div className="calendar-toolbar" role="toolbar" aria-label="Month">
        <Button onClick={() => go(addMonthsToMonth(month, -1))}>Previous month</Button>
        <Button onClick={() => go(thisMonth)}>This month</Button>
        <Button onClick={() => go(addMonthsToMonth(month, 1))}>Next month</Button>
        {rota ? <RotaExports rota={rota} names={names} /> : null}
      </div>
      {!rota || !grid ? (
        <p className="muted">Loading…</p>
      ) : grid.rows.length === 0 ? (
        <EmptyState title="No sessions this month.">Clinics and their schedules are set up under Clinics &amp; appointments.</EmptyState>
      ) : (
        <RotaTable grid={grid} names={names} problems={problems} onOpen={setAssigning} onHeld={setHeld} />
      )}
      {assigning && rota ? <AssignDialog position={assigning} rota={rota} onClose={() => setAssigning(null)} /> : null}
      {held ? <HeldShiftDialog shift={held} name={names.get(held.volunteerId ?? '') ?? 'A volunteer'} problems={problems.get(held.id) ?? []} onClose={() => setHeld(null)} /> : null}
      {filling && rota ? <FillDialog rota={rota} names={names} onClose={() => setFilling(false)} /> : null}
    </>
  );
}
