/** Referrals to services: created as drafts; status changes go through their own commands. */
import { Referral, ReferralInput } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { entityRepository } from '../entity-repository';
import { openRecords } from '../record-store';

export const referrals = entityRepository({
  name: 'referrals',
  table: () => db().referrals,
  input: ReferralInput,
  stored: Referral,
  onCreate: () => ({ status: 'draft', history: [] }),
  compare: (a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt),
});

export async function referralsForClient(clientId: string): Promise<Referral[]> {
  const stored = await db().referrals.where('clientId').equals(clientId).toArray();
  return openRecords('referrals', Referral, stored).sort((a, b) => b.date.localeCompare(a.date));
}
