/**
 * The month's rota: sessions down, roles across; each place held by a volunteer or open.
 * Open places are assigned from the volunteers who fit; "Fill open shifts" proposes the
 * rest, to accept in whole or in part. Printable, and exportable as a calendar.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { heldShiftProblems } from '../../../../shared/rota/held-shifts';
import { positionsStillAhead, type OpenPosition } from '../../../../shared/rota/needs';
import type { Problem } from '../../../../shared/rota/rules';
import { addMonthsToMonth, isMonth } from '../../../../shared/report/period';
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
import { useRotaWords } from '../words/use-rota-words';
import { LoadedList } from '../../../ui/LoadedList';

export function RotaScreen() {
  const { t } = useTranslation('volunteers');
  const words = useRotaWords();
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
        title={t('rota.title', { month: words.monthYear(month) })}
        lede={rota ? (open === 0 ? t('rota.allCovered') : t('rota.openAhead', { count: open })) : t('rota.loading')}
        actions={
          <>
            <Link className="button button--quiet" to="/volunteers/gaps">
              {t('rota.gaps')}
            </Link>
            <Button variant="primary" disabled={!rota || open === 0} onClick={() => setFilling(true)}>
              {t('rota.fill')}
            </Button>
          </>
        }
      />
      <div className="calendar-toolbar" role="toolbar" aria-label={t('rota.month')}>
        <Button onClick={() => go(addMonthsToMonth(month, -1))}>{t('rota.previous')}</Button>
        <Button onClick={() => go(thisMonth)}>{t('rota.thisMonth')}</Button>
        <Button onClick={() => go(addMonthsToMonth(month, 1))}>{t('rota.next')}</Button>
        {rota ? <RotaExports rota={rota} names={names} /> : null}
      </div>
      <LoadedList
        data={rota ? grid : undefined}
        loading={t('rota.loading')}
        isEmpty={(loaded) => loaded.rows.length === 0}
        empty={<EmptyState title={t('rota.noSessionsTitle')}>{t('rota.noSessionsBody')}</EmptyState>}
      >
        {(loaded) => <RotaTable grid={loaded} names={names} problems={problems} onOpen={setAssigning} onHeld={setHeld} />}
      </LoadedList>
      {assigning && rota ? <AssignDialog position={assigning} rota={rota} onClose={() => setAssigning(null)} /> : null}
      {held ? <HeldShiftDialog shift={held} name={names.get(held.volunteerId ?? '') ?? t('rota.aVolunteer')} problems={problems.get(held.id) ?? []} onClose={() => setHeld(null)} /> : null}
      {filling && rota ? <FillDialog rota={rota} names={names} onClose={() => setFilling(false)} /> : null}
    </>
  );
}
