/**
 * Appointments and walk-ins. A new one copies its clinic and date from the session (so a
 * day's list is one index lookup) and starts booked, or arrived for a walk-in.
 */
import { Appointment, AppointmentInput, Session } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { entityRepository } from '../entity-repository';
import { openRecord, openRecords, nowIso } from '../record-store';
import { CommandRefusedError } from '../validation-error';
import { requirePermission } from '../../security/permissions';
import { messageCode } from '../../../shared/messages/message-code';

const bySlot = (a: Appointment, b: Appointment): number =>
  a.date.localeCompare(b.date) ||
  (a.slotTime ?? '99:99').localeCompare(b.slotTime ?? '99:99') ||
  a.createdAt.localeCompare(b.createdAt);

export const appointments = entityRepository({
  name: 'appointments',
  access: { read: 'appointments.read', write: 'appointments.write' },
  table: () => db().appointments,
  input: AppointmentInput,
  stored: Appointment,
  onCreate: async (input) => {
    const session = await openRecord('sessions', Session, await db().sessions.get(input.sessionId));
    if (!session) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'sessions' }));
    const walkIn = input.kind === 'walk-in';
    return {
      clinicId: session.clinicId,
      date: session.date,
      status: walkIn ? 'arrived' : 'booked',
      ...(walkIn ? { arrivedAt: nowIso() } : {}),
    };
  },
  readsAlso: () => [db().sessions],
  compare: bySlot,
});

export async function appointmentsOn(date: string): Promise<Appointment[]> {
  requirePermission('appointments.read');
  const stored = await db().appointments.where('date').equals(date).toArray();
  return (await openRecords('appointments', Appointment, stored)).sort(bySlot);
}

export async function appointmentsBetween(from: string, to: string): Promise<Appointment[]> {
  requirePermission('appointments.read');
  const stored = await db().appointments.where('date').between(from, to, true, true).toArray();
  return (await openRecords('appointments', Appointment, stored)).sort(bySlot);
}

/** A client's appointments, newest first (at most `limit`): one range of [clientId+date] read backwards. */
export async function appointmentsForClient(clientId: string, limit = Infinity): Promise<Appointment[]> {
  requirePermission('appointments.read');
  const stored = await db()
    .appointments.where('[clientId+date]')
    .between([clientId, ''], [clientId, '\uffff'])
    .reverse()
    .limit(limit)
    .toArray();
  return (await openRecords('appointments', Appointment, stored)).sort((a, b) => bySlot(b, a));
}

export async function appointmentsInSession(sessionId: string): Promise<Appointment[]> {
  requirePermission('appointments.read');
  const stored = await db().appointments.where('sessionId').equals(sessionId).toArray();
  return (await openRecords('appointments', Appointment, stored)).sort(bySlot);
}

/** One clinic's appointments in a date range: one compound-index range read. */
export async function appointmentsOfClinicBetween(clinicId: string, from: string, to: string): Promise<Appointment[]> {
  requirePermission('appointments.read');
  const stored = await db().appointments.where('[clinicId+date]').between([clinicId, from], [clinicId, to], true, true).toArray();
  return (await openRecords('appointments', Appointment, stored)).sort(bySlot);
}
