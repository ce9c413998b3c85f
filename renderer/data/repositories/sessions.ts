/** Dated sessions of clinics, generated from their recurrence rules. */
import type { z } from 'zod';
import { Session } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { entityRepository } from '../entity-repository';
import { openRecords } from '../record-store';

/** What a session is made from; the repository adds id and timestamps. */
export const SessionInput = Session.omit({ id: true, createdAt: true, updatedAt: true });

const byDateAndTime = (a: Session, b: Session): number =>
  a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime);

export const sessions = entityRepository({
  name: 'sessions',
  access: { write: 'clinics.write' },
  table: () => db().sessions,
  input: SessionInput,
  stored: Session,
  compare: byDateAndTime,
});
export type SessionInput = z.input<typeof SessionInput>;

/** Every clinic's sessions between two dates inclusive: one index range read. */
export async function sessionsBetween(from: string, to: string): Promise<Session[]> {
  const stored = await db().sessions.where('date').between(from, to, true, true).toArray();
  return (await openRecords('sessions', Session, stored)).sort(byDateAndTime);
}

export async function sessionsOfClinicBetween(clinicId: string, from: string, to: string): Promise<Session[]> {
  const stored = await db()
    .sessions.where('[clinicId+date]')
    .between([clinicId, from], [clinicId, to], true, true)
    .toArray();
  return (await openRecords('sessions', Session, stored)).sort(byDateAndTime);
}
