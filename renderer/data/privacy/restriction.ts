/**
 * A restricted record (UK GDPR article 18) is kept but no longer processed: nothing new is
 * added to it. Commands that would start new processing of a person (a booking, a walk-in,
 * a rebooking, an advice entry, a referral made or sent) ask here inside their own
 * transaction, so a restriction recorded a moment earlier on another screen still holds.
 * `restriction` is stored in the clear (it says nothing about the person), so this reads
 * the stored record without opening its sealed fields.
 */
import { messageCode } from '../../../shared/messages/message-code';
import { db } from '../../db/instance';
import { CommandRefusedError } from '../validation-error';

/** Whether a client record (stored or opened) is restricted. */
export function isRestricted(client: { restriction?: unknown } | undefined): boolean {
  return client?.restriction !== undefined;
}

/**
 * Marks (or unmarks) every advice entry and referral of a client as a restricted person's,
 * which takes them out of (or back into) the advice log, the referral lists and the
 * follow-ups (db/listed.ts, db/open-follow-up.ts). Only the plain mark changes: the sealed
 * fields are not opened. Call inside the transaction that restricts or lifts, holding
 * `adviceEntries` and `referrals`, so the lists never disagree with the client record.
 */
export async function markRecordsOf(clientId: string, restricted: boolean): Promise<void> {
  const database = db();
  const marked = <T extends { clientRestricted?: true }>(record: T): T => {
    const { clientRestricted: _was, ...rest } = record;
    return (restricted ? { ...rest, clientRestricted: true } : rest) as T;
  };
  const theirs = [[clientId, ''], [clientId, '\uffff']] as const;
  // Read then written back with bulkPut rather than Collection.modify: modify's writes reach
  // the audit trail's middleware outside Dexie's zone (PSD.trans is lost after its await).
  const advice = await database.adviceEntries.where('[clientId+date]').between(...theirs).toArray();
  if (advice.length > 0) await database.adviceEntries.bulkPut(advice.map(marked));
  const referrals = await database.referrals.where('[clientId+date]').between(...theirs).toArray();
  if (referrals.length > 0) await database.referrals.bulkPut(referrals.map(marked));
}

/** Throws a refusal, worded "This record is restricted…", when the client's record is restricted. Call inside a transaction that holds `clients`. */
export async function refuseIfRestricted(clientId: string): Promise<void> {
  if (isRestricted(await db().clients.get(clientId))) throw new CommandRefusedError(messageCode('common:refusal.restricted'));
}
