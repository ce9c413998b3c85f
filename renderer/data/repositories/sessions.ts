/**
 * Dated sessions of clinics, generated from their recurrence rules. Read by whoever works
 * with bookings (to book, run the day, staff the rota): 'appointments.read'. The committee
 * never reads them (the report worker reads what it needs under report.build).
 */
import type { z } from 'zod';
import { Session } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { entityRepository } from '../entity-repository';
import { openRecords } from '../record-store';
import { requirePermission } from '../../security/permissions';

/** What a session is made from; the repository adds id and timestamps. */
export const SessionInput = Session.omit({ id: true, createdAt: true, updatedAt: true });

const byDateAndTime = (a: Session, b: Session): number =>
  a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime);

export const sessions = entityRepository({
  name: 'sessions',
  access: { read: 'appointments.read', write: 'clinics.write' },
  table: () => db().sessions,
  input: SessionInput,
  stored: Session,
  compare: byDateAndTime,
});
export type SessionInput = z.input<typeof SessionInput>;

/** Every clinic's sessions between two dates inclusive: one index range read. */
export async function sessionsBetween(from: string, to: string): Promise<Session[]> {
  requirePermission('appointments.read');
  const stored = await db().sessions.where('date').between(from, to, true, true).toArray();
  return (await openRecords('sessions', Session, stored)).sort(byDateAndTime);
}

export async function sessionsOfClinicBetween(clinicId: string, from: string, to: string): Promise<Session[]> {
  requirePermission('appointments.read');
  const stored = await db()
    .sessions.where('[clinicId+date]')
    .between([clinicId, from], [clinicId, to], true, true)
    .toArray();
  return (await openRecords('sessions', Session, stored)).sort(byDateAndTime);
}
