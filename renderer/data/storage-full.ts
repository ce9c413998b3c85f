/**
 * A full disk, in plain words. IndexedDB refuses a transaction that would go over the
 * quota with QuotaExceededError, and aborts all of it: every command writes in one
 * transaction, so nothing is half-written and the message can say so. The message is a
 * code, worded in the app's language where it is shown.
 */
import { messageCode } from '../../shared/messages/message-code';

export const STORAGE_FULL_MESSAGE = messageCode('common:refusal.storageFull');

/** True for a quota refusal, however Dexie wrapped it. */
export function isStorageFull(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth += 1) {
    if (typeof current !== 'object') return false;
    const name = 'name' in current ? String(current.name) : '';
    if (name === 'QuotaExceededError' || name === 'QuotaExceeded') return true;
    current = 'inner' in current ? current.inner : undefined;
  }
  return false;
}
