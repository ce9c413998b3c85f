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

/** Throws a refusal, worded "This record is restricted…", when the client's record is restricted. Call inside a transaction that holds `clients`. */
export async function refuseIfRestricted(clientId: string): Promise<void> {
  if (isRestricted(await db().clients.get(clientId))) throw new CommandRefusedError(messageCode('common:refusal.restricted'));
}
