/**
 * A client's page: the newest part of their history, however long it is. Appointments,
 * advice and referrals are each read newest first by [clientId+date], at most `limit`
 * of each, so a client seen every week for ten years opens as quickly as a new one; the
 * page merges them and offers the older ones on request.
 */
import type { AdviceEntry, Appointment, Referral } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { adviceEntriesForClient } from './advice-entries';
import { appointmentsForClient } from './appointments';
import { referralsForClient } from './referrals';

export interface ClientHistory {
  appointments: Appointment[];
  advice: AdviceEntry[];
  referrals: Referral[];
  /** Appointments, advice entries and referrals they have in all. */
  total: number;
}

export async function clientHistory(clientId: string, limit: number): Promise<ClientHistory> {
  const database = db();
  const range = [
    [clientId, ''],
    [clientId, '\uffff'],
  ] as const;
  const [appointments, advice, referrals, ...counts] = await Promise.all([
    appointmentsForClient(clientId, limit),
    adviceEntriesForClient(clientId, limit),
    referralsForClient(clientId, limit),
    database.appointments.where('[clientId+date]').between(...range).count(),
    database.adviceEntries.where('[clientId+date]').between(...range).count(),
    database.referrals.where('[clientId+date]').between(...range).count(),
  ]);
  return { appointments, advice, referrals, total: counts.reduce((sum, n) => sum + n, 0) };
}
