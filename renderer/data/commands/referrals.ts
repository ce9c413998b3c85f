/**
 * Referrals: created as drafts, then moved through their states. Sending re-reads the
 * client inside the transaction and passes the consent gate there: without recorded
 * consent to share, only a written override reason lets it go.
 */
import { moveReferral, ReferralError } from '../../../shared/referrals/transitions';
import { Client, Referral, ReferralInput } from '../../../shared/schemas';
import type { ReferralCloseReason, ReferralStatus } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { newId, nowIso, openRecord, parseForWrite, parseInput, putRecord } from '../record-store';
import { CommandRefusedError } from '../validation-error';
import { messageCode } from '../../../shared/messages/message-code';
import { requirePermission } from '../../security/permissions';
import { isRestricted } from '../privacy/restriction';

export async function createReferral(raw: ReferralInput, send: boolean): Promise<Referral> {
  requirePermission('referrals.write');
  const fields = parseInput('referrals', ReferralInput, raw);
  return db().transaction('rw', db().referrals, db().clients, db().services, async () => {
    const client = await openRecord('clients', Client, await db().clients.get(fields.clientId));
    if (!client) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'clients' }));
    if (isRestricted(client)) throw new CommandRefusedError(messageCode('common:refusal.restricted'));
    if (!(await db().services.get(fields.serviceId))) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'services' }));
    const at = nowIso();
    let referral = parseForWrite('referrals', Referral, { ...fields, id: newId(), createdAt: at, updatedAt: at, status: 'draft', history: [{ status: 'draft', at }] });
    if (send) referral = move(referral, 'sent', at, undefined, client);
    await putRecord(db().referrals, 'referrals', parseForWrite('referrals', Referral, referral));
    return referral;
  });
}

function move(referral: Referral, to: ReferralStatus, at: string, reason: ReferralCloseReason | undefined, client?: Client): Referral {
  try {
    return moveReferral(referral, to, at, reason, client);
  } catch (error) {
    if (error instanceof ReferralError) throw new CommandRefusedError(error.message);
    throw error;
  }
}

/** Moves a referral to its next state; `outcome` (free text) may be recorded when it closes. */
export async function changeReferralStatus(
  id: string,
  to: ReferralStatus,
  options: { reason?: ReferralCloseReason | undefined; overrideReason?: string | undefined; outcome?: string | undefined } = {},
): Promise<Referral> {
  requirePermission('referrals.write');
  return db().transaction('rw', db().referrals, db().clients, async () => {
    const existing = await openRecord('referrals', Referral, await db().referrals.get(id));
    if (!existing) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'referrals' }));
    const client = await openRecord('clients', Client, await db().clients.get(existing.clientId));
    // Sending passes the person's details on: not while their record is restricted.
    if (to === 'sent' && isRestricted(client)) throw new CommandRefusedError(messageCode('common:refusal.restricted'));
    const withOverride = options.overrideReason?.trim() ? { ...existing, consentOverrideReason: options.overrideReason.trim() } : existing;
    const moved = move(withOverride, to, nowIso(), options.reason, client);
    const record = parseForWrite('referrals', Referral, options.outcome?.trim() ? { ...moved, outcome: options.outcome.trim() } : moved);
    await putRecord(db().referrals, 'referrals', record);
    return record;
  });
}
