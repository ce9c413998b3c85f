/** Volunteer shifts: one role in one session, open until a volunteer is assigned. */
import type { z } from 'zod';
import { Shift } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { entityRepository } from '../entity-repository';
import { openRecords } from '../record-store';
import { requirePermission } from '../../security/permissions';

export const ShiftInput = Shift.omit({ id: true, createdAt: true, updatedAt: true });
export type ShiftInput = z.input<typeof ShiftInput>;

const byDateAndTime = (a: Shift, b: Shift): number =>
  a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.role.localeCompare(b.role);

export const shifts = entityRepository({
  name: 'shifts',
  access: { read: 'volunteers.read', write: 'volunteers.write' },
  table: () => db().shifts,
  input: ShiftInput,
  stored: Shift,
  compare: byDateAndTime,
});

export async function shiftsBetween(from: string, to: string): Promise<Shift[]> {
  requirePermission('volunteers.read');
  const stored = await db().shifts.where('date').between(from, to, true, true).toArray();
  return (await openRecords('shifts', Shift, stored)).sort(byDateAndTime);
}

export async function shiftsOfVolunteer(volunteerId: string): Promise<Shift[]> {
  requirePermission('volunteers.read');
  const stored = await db().shifts.where('[volunteerId+date]').between([volunteerId, ''], [volunteerId, '\uffff']).toArray();
  return (await openRecords('shifts', Shift, stored)).sort(byDateAndTime);
}
