/**
 * Booking, walk-ins, status changes and rebooking. Each command re-reads what it depends
 * on inside its transaction and re-checks the booking rules there, so a booking that lost
 * a race (the slot filled meanwhile) is refused and writes nothing.
 */
import {
  applyStatus,
  closeForRebooking,
  reopenAppointment,
  StatusChangeError,
} from '../../../shared/frontdesk/appointment-status';
import { checkBooking, type BookingRefusal } from '../../../shared/frontdesk/slots';
import { Appointment, AppointmentInput, Clinic, Session } from '../../../shared/schemas';
import type { AppointmentStatus } from '../../../shared/schemas';
import type { LocalNow } from '../../../shared/schedule/local-now';
import { localNow } from '../../platform/clock';
import { db } from '../../db/instance';
import { newId, nowIso, openRecord, openRecords, parseForWrite, parseInput, putRecord } from '../record-store';
import { CommandRefusedError } from '../validation-error';
import { messageCode } from '../../../shared/messages/message-code';
import { requirePermission } from '../../security/permissions';
import { refuseIfRestricted } from '../privacy/restriction';

/** Why a booking was refused, as message codes worded by the screen that shows them. */
const BOOKING_REFUSALS: Record<BookingRefusal, string> = {
  'session-cancelled': messageCode('common:refusal.booking.sessionCancelled'),
  'session-past': messageCode('common:refusal.booking.sessionPast'),
  'slot-past': messageCode('common:refusal.booking.slotPast'),
  'not-a-slot': messageCode('common:refusal.booking.notASlot'),
  'slot-full': messageCode('common:refusal.booking.slotFull'),
  overlap: messageCode('common:refusal.booking.overlap'),
  'already-booked': messageCode('common:refusal.booking.alreadyBooked'),
};

export interface BookingRequest {
  sessionId: string;
  clientId: string;
  slotTime: string;
  purpose?: string | undefined;
  interpreterLanguage?: string | undefined;
}

async function sessionAndClinic(sessionId: string): Promise<{ session: Session; clinic: Clinic }> {
  const session = await openRecord('sessions', Session, await db().sessions.get(sessionId));
  if (!session) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'sessions' }));
  const clinic = await openRecord('clinics', Clinic, await db().clinics.get(session.clinicId));
  if (!clinic) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'clinics' }));
  return { session, clinic };
}

async function appointmentsOfSession(sessionId: string): Promise<Appointment[]> {
  return await openRecords('appointments', Appointment, await db().appointments.where('sessionId').equals(sessionId).toArray());
}

/** The client's other appointments that day, each with its own clinic's slot length. */
async function clientDay(clientId: string, date: string) {
  const theirs = await openRecords('appointments', Appointment, await db().appointments.where('clientId').equals(clientId).toArray());
  const sameDay = theirs.filter((a) => a.date === date);
  const lengths = new Map<string, number>();
  for (const a of sameDay) {
    if (!lengths.has(a.clinicId)) {
      const clinic = await openRecord('clinics', Clinic, await db().clinics.get(a.clinicId));
      lengths.set(a.clinicId, clinic?.slotMinutes ?? 0);
    }
  }
  return sameDay.map((a) => ({ ...a, slotMinutes: lengths.get(a.clinicId) ?? 0 }));
}

async function assertBookable(request: BookingRequest, now: LocalNow, ignoreAppointmentId?: string) {
  await refuseIfRestricted(request.clientId);
  const { session, clinic } = await sessionAndClinic(request.sessionId);
  const verdict = checkBooking({
    session,
    clinic,
    slotTime: request.slotTime,
    now,
    sessionAppointments: await appointmentsOfSession(session.id),
    clientAppointmentsThatDay: await clientDay(request.clientId, session.date),
    clientId: request.clientId,
    ...(ignoreAppointmentId ? { ignoreAppointmentId } : {}),
  });
  if (!verdict.ok) throw new CommandRefusedError(BOOKING_REFUSALS[verdict.reason]);
  return { session, clinic };
}

function newAppointment(input: AppointmentInput, session: Session, status: AppointmentStatus, extra: Partial<Appointment> = {}): Appointment {
  const fields = parseInput('appointments', AppointmentInput, input);
  const at = nowIso();
  return parseForWrite('appointments', Appointment, {
    ...fields,
    ...extra,
    id: newId(),
    createdAt: at,
    updatedAt: at,
    clinicId: session.clinicId,
    date: session.date,
    status,
  });
}

// clients: a restricted person is not booked (privacy/restriction.ts).
const bookingTables = () => [db().sessions, db().clinics, db().appointments, db().clients];

/** Books a slot; refused if the slot has already started by `now` (the app's clock by default). */
export async function bookAppointment(request: BookingRequest, now: LocalNow = localNow()): Promise<Appointment> {
  requirePermission('appointments.write');
  return db().transaction('rw', bookingTables(), async () => {
    const { session } = await assertBookable(request, now);
    const appointment = newAppointment({ ...request, kind: 'booked' }, session, 'booked');
    await putRecord(db().appointments, 'appointments', appointment);
    return appointment;
  });
}

/** Adds a person to a drop-in session's queue, arrived now: only on the session's own day. */
export async function addWalkIn(
  request: { sessionId: string; clientId: string; purpose?: string; interpreterLanguage?: string },
  now: LocalNow = localNow(),
): Promise<Appointment> {
  requirePermission('appointments.write');
  return db().transaction('rw', bookingTables(), async () => {
    await refuseIfRestricted(request.clientId);
    const { session } = await sessionAndClinic(request.sessionId);
    if (session.status === 'cancelled') throw new CommandRefusedError(messageCode('common:refusal.queueSessionCancelled'));
    if (session.date !== now.date) throw new CommandRefusedError(messageCode('common:refusal.queueNotToday'));
    const queue = await appointmentsOfSession(session.id);
    const waiting = queue.some((a) => a.clientId === request.clientId && ['arrived', 'called'].includes(a.status));
    if (waiting) throw new CommandRefusedError(messageCode('common:refusal.alreadyWaiting'));
    const appointment = newAppointment({ ...request, kind: 'walk-in' }, session, 'arrived', { arrivedAt: nowIso() });
    await putRecord(db().appointments, 'appointments', appointment);
    return appointment;
  });
}

async function changeOne(id: string, change: (a: Appointment) => Appointment): Promise<Appointment> {
  requirePermission('appointments.write');
  return db().transaction('rw', db().appointments, async () => {
    const existing = await openRecord('appointments', Appointment, await db().appointments.get(id));
    if (!existing) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'appointments' }));
    let changed: Appointment;
    try {
      changed = change(existing);
    } catch (error) {
      if (error instanceof StatusChangeError) throw new CommandRefusedError(error.message);
      throw error;
    }
    const record = parseForWrite('appointments', Appointment, { ...changed, updatedAt: nowIso() });
    await putRecord(db().appointments, 'appointments', record);
    return record;
  });
}

export function setAppointmentStatus(id: string, to: AppointmentStatus, reason?: string): Promise<Appointment> {
  return changeOne(id, (a) => applyStatus(a, to, nowIso(), reason));
}

/** Undoes a mistaken final status (seen, did not attend, cancelled, left). */
export function reopenAppointmentStatus(id: string): Promise<Appointment> {
  return changeOne(id, (a) => reopenAppointment(a, nowIso()));
}

/**
 * Books the same person, purpose and interpreter into another slot; the old appointment
 * points at the new one and the new one back at it, all in one transaction. The old one
 * keeps its outcome (see closeForRebooking): a did-not-attend is never rewritten.
 */
export async function rebookAppointment(id: string, target: { sessionId: string; slotTime: string }, now: LocalNow = localNow()): Promise<Appointment> {
  requirePermission('appointments.write');
  return db().transaction('rw', bookingTables(), async () => {
    const old = await openRecord('appointments', Appointment, await db().appointments.get(id));
    if (!old) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'appointments' }));
    if (old.rebookedAs) throw new CommandRefusedError(messageCode('common:refusal.alreadyRebooked'));
    const request = { ...target, clientId: old.clientId, purpose: old.purpose, interpreterLanguage: old.interpreterLanguage };
    const { session } = await assertBookable(request, now, old.id);
    const fresh = newAppointment({ ...request, kind: 'booked' }, session, 'booked', { rebookedFrom: old.id });
    let closed: Appointment;
    try {
      closed = { ...closeForRebooking(old, fresh.id), updatedAt: nowIso() };
    } catch (error) {
      if (error instanceof StatusChangeError) throw new CommandRefusedError(error.message);
      throw error;
    }
    await putRecord(db().appointments, 'appointments', fresh);
    await putRecord(db().appointments, 'appointments', parseForWrite('appointments', Appointment, closed));
    return fresh;
  });
}
