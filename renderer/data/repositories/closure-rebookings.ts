/** Bookings cancelled because the forum closed that day, not yet rebooked: Settings lists them. */
import { addDays } from '../../../shared/schedule/dates';
import { SESSION_WINDOW_WEEKS } from '../../../shared/frontdesk/session-window';
import { Appointment } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { openRecords } from '../record-store';
import { requirePermission } from '../../security/permissions';

/** The cancel reason a closure gives each booking (see commands/closures.ts). */
export const CLOSURE_CANCEL_PREFIX = 'Session cancelled: Forum closed';

export async function closureRebookings(today: string): Promise<Appointment[]> {
  requirePermission('appointments.read');
  const stored = await db().appointments.where('date').between(today, addDays(today, SESSION_WINDOW_WEEKS * 7), true, true).toArray();
  return (await openRecords('appointments', Appointment, stored))
    .filter((a) => a.status === 'cancelled' && !a.rebookedAs && a.cancelReason?.startsWith(CLOSURE_CANCEL_PREFIX))
    .sort((a, b) => a.date.localeCompare(b.date) || (a.slotTime ?? '').localeCompare(b.slotTime ?? ''));
}
