/**
 * Cancelling or moving one session. Cancelling closes its bookings with the reason (they
 * stay listed for rebooking); moving keeps the rule's date in originalDate so the
 * schedule does not make the session again, and carries its bookings along.
 */
import { minutesOf, timeFromMinutes } from '../../../shared/schedule/dates';
import { Appointment, IsoDate, Session, TimeOfDay } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { nowIso, openRecord, openRecords, parseForWrite, putRecord } from '../record-store';
import { CommandRefusedError, ValidationError } from '../validation-error';
import { messageCode } from '../../../shared/messages/message-code';
import { requirePermission } from '../../security/permissions';

const ACTIVE = new Set(['booked', 'arrived', 'called']);

export async function cancelSession(sessionId: string, reason: string): Promise<{ bookingsCancelled: number }> {
  requirePermission('clinics.write');
  const why = reason.trim();
  if (!why) throw new ValidationError('sessions', [{ path: ['cancelReason'], message: messageCode('common:validation.cancelReason') }]);
  return db().transaction('rw', db().sessions, db().appointments, async () => {
    const session = await openRecord('sessions', Session, await db().sessions.get(sessionId));
    if (!session) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'sessions' }));
    if (session.status === 'cancelled') throw new CommandRefusedError(messageCode('common:refusal.sessionAlreadyCancelled'));
    const at = nowIso();
    await putRecord(db().sessions, 'sessions', parseForWrite('sessions', Session, { ...session, status: 'cancelled', cancelReason: why, updatedAt: at }));
    const booked = await openRecords('appointments', Appointment, await db().appointments.where('sessionId').equals(sessionId).toArray());
    let cancelled = 0;
    for (const appointment of booked) {
      if (!ACTIVE.has(appointment.status)) continue;
      const closed = { ...appointment, status: 'cancelled' as const, cancelReason: `Session cancelled: ${why}`, updatedAt: at };
      await putRecord(db().appointments, 'appointments', parseForWrite('appointments', Appointment, closed));
      cancelled += 1;
    }
    return { bookingsCancelled: cancelled };
  });
}

export interface SessionMove {
  date: string;
  startTime: string;
  endTime: string;
}

export async function moveSession(sessionId: string, move: SessionMove, today: string): Promise<Session> {
  requirePermission('clinics.write');
  const problems = [
    IsoDate.safeParse(move.date).success ? null : { path: ['date'], message: messageCode('common:validation.dateFormat') },
    TimeOfDay.safeParse(move.startTime).success ? null : { path: ['startTime'], message: messageCode('common:validation.time') },
    TimeOfDay.safeParse(move.endTime).success ? null : { path: ['endTime'], message: messageCode('common:validation.time') },
  ].filter((p) => p !== null);
  if (problems.length === 0 && move.endTime <= move.startTime) problems.push({ path: ['endTime'], message: messageCode('common:validation.endAfterStart') });
  if (problems.length === 0 && move.date < today) problems.push({ path: ['date'], message: messageCode('common:validation.sessionIntoPast') });
  if (problems.length > 0) {
    throw new ValidationError('sessions', problems);
  }
  return db().transaction('rw', db().sessions, db().appointments, async () => {
    const session = await openRecord('sessions', Session, await db().sessions.get(sessionId));
    if (!session) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'sessions' }));
    if (session.status === 'cancelled') throw new CommandRefusedError(messageCode('common:refusal.cancelledCannotMove'));
    const at = nowIso();
    const shift = minutesOf(move.startTime) - minutesOf(session.startTime);
    const moved = parseForWrite('sessions', Session, {
      ...session,
      ...move,
      originalDate: session.originalDate ?? session.date,
      updatedAt: at,
    });
    await putRecord(db().sessions, 'sessions', moved);
    // Bookings move with the session, keeping their place in it.
    const inside = await openRecords('appointments', Appointment, await db().appointments.where('sessionId').equals(sessionId).toArray());
    for (const appointment of inside) {
      const slotTime = appointment.slotTime ? timeFromMinutes(minutesOf(appointment.slotTime) + shift) : undefined;
      const carried = { ...appointment, date: move.date, ...(slotTime ? { slotTime } : {}), updatedAt: at };
      await putRecord(db().appointments, 'appointments', parseForWrite('appointments', Appointment, carried));
    }
    return moved;
  });
}
