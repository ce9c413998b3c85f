/**
 * A client's page: the newest part of their history, however long it is. Appointments,
 * advice and referrals are each read newest first by [clientId+date], at most `limit`
 * of each, so a client seen every week for ten years opens as quickly as a new one; the
 * page merges them and offers the older ones on request.
 */
import type { AdviceEntry, Appointment, Referral } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { mayNow, requirePermission } from '../../security/permissions';
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

/**
 * Only the kinds of history the signed-in role may read: the front desk's page holds
 * appointments alone, and neither reads nor counts advice or referrals.
 */
export async function clientHistory(clientId: string, limit: number): Promise<ClientHistory> {
  requirePermission('appointments.read');
  const advice = mayNow('advice.read');
  const referrals = mayNow('referrals.read');
  const database = db();
  const range = [
    [clientId, ''],
    [clientId, '\uffff'],
  ] as const;
  const none = async () => [];
  const [appointmentRows, adviceRows, referralRows, ...counts] = await Promise.all([
    appointmentsForClient(clientId, limit),
    advice ? adviceEntriesForClient(clientId, limit) : none(),
    referrals ? referralsForClient(clientId, limit) : none(),
    database.appointments.where('[clientId+date]').between(...range).count(),
    advice ? database.adviceEntries.where('[clientId+date]').between(...range).count() : 0,
    referrals ? database.referrals.where('[clientId+date]').between(...range).count() : 0,
  ]);
  return { appointments: appointmentRows, advice: adviceRows, referrals: referralRows, total: counts.reduce((sum, n) => sum + n, 0) };
}
