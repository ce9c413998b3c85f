/**
 * Closure days applied to the sessions: every scheduled session on a closure day in the
 * rolling window is closed (cancelled with the closure's reason), its bookings are
 * cancelled and listed for rebooking as a cancelled session's are, and its shifts are
 * taken off the rota, so nobody is booked or staffed on 25 December. A session closed this
 * way opens again if the closure is removed (its bookings stay cancelled: each was already
 * listed for rebooking). Saving closures and topping up sessions (commands/clinic-schedule.ts)
 * both end here.
 */
import type { BankHolidays } from '../../../shared/schedule/bank-holidays';
import { closureDays, closureReason } from '../../../shared/schedule/closures';
import { sessionWindow } from '../../../shared/frontdesk/session-window';
import { Appointment, Session, Shift } from '../../../shared/schemas';
import type { Closures as ClosuresType } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { nowIso, openRecords, parseForWrite, putRecord } from '../record-store';

const ACTIVE = new Set(['booked', 'arrived', 'called']);

export interface ClosureChanges {
  sessionsClosed: number;
  sessionsReopened: number;
  bookingsCancelled: number;
}

/** The tables a command that applies closures must hold in its transaction. */
export const closureTables = () => [db().settings, db().sessions, db().appointments, db().shifts];

/** Closes and reopens the window's sessions to match the closures. Call inside a transaction over closureTables(). */
export async function applyClosures(closures: ClosuresType, today: string, holidays: BankHolidays): Promise<ClosureChanges> {
  const { from, to } = sessionWindow(today);
  const closed = closureDays(closures, from, to, holidays);
  const sessions = await openRecords('sessions', Session, await db().sessions.where('date').between(from, to, true, true).toArray());
  const at = nowIso();
  const changes: ClosureChanges = { sessionsClosed: 0, sessionsReopened: 0, bookingsCancelled: 0 };
  for (const session of sessions) {
    const reason = closed.get(session.date);
    if (reason !== undefined && session.status === 'scheduled') {
      const why = closureReason(reason);
      await putRecord(db().sessions, 'sessions', parseForWrite('sessions', Session, { ...session, status: 'cancelled', cancelReason: why, closure: true, updatedAt: at }));
      const inside = await openRecords('appointments', Appointment, await db().appointments.where('sessionId').equals(session.id).toArray());
      for (const appointment of inside) {
        if (!ACTIVE.has(appointment.status)) continue;
        const cancelled = { ...appointment, status: 'cancelled' as const, cancelReason: `Session cancelled: ${why}`, updatedAt: at };
        await putRecord(db().appointments, 'appointments', parseForWrite('appointments', Appointment, cancelled));
        changes.bookingsCancelled += 1;
      }
      // Nobody is rostered on a closed day; a shift with attendance recorded is history and stays.
      const shifts = await openRecords('shifts', Shift, await db().shifts.where('sessionId').equals(session.id).toArray());
      await db().shifts.bulkDelete(shifts.filter((s) => s.attended === undefined).map((s) => s.id));
      changes.sessionsClosed += 1;
    } else if (reason === undefined && session.status === 'cancelled' && session.closure) {
      const { cancelReason: _reason, closure: _closure, ...rest } = session;
      await putRecord(db().sessions, 'sessions', parseForWrite('sessions', Session, { ...rest, status: 'scheduled', updatedAt: at }));
      changes.sessionsReopened += 1;
    }
  }
  return changes;
}
