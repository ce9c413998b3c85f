/**
 * A full disk, in plain words. IndexedDB refuses a transaction that would go over the
 * quota with QuotaExceededError, and aborts all of it: every command writes in one
 * transaction, so nothing is half-written and the message can say so.
 */
export const STORAGE_FULL_MESSAGE =
  'Not saved: the storage Signpost may use on this computer is full, so nothing was written. Free some disk space (empty the bin, delete large downloads), then try again. Settings → Storage shows how much is used.';

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
