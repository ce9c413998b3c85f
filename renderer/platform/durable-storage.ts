/**
 * Durable storage: by default a browser may evict an origin's IndexedDB when the disk
 * runs short ("best effort"). Asking for persistent storage stops that where granted;
 * the estimate shows how much of the quota the forum's data uses.
 */
export interface StorageState {
  /** undefined where the browser has no Storage API. */
  persisted: boolean | undefined;
  usage: number | undefined;
  quota: number | undefined;
}

export const STORAGE_WARNING_RATIO = 0.8;

export async function readStorageState(): Promise<StorageState> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage) return { persisted: undefined, usage: undefined, quota: undefined };
  const [persisted, estimate] = await Promise.all([
    storage.persisted?.().catch(() => undefined),
    storage.estimate?.().catch(() => undefined),
  ]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/** Asks once; Chromium decides without a prompt (an installed or much-used site gets it). */
export async function requestPersistentStorage(): Promise<boolean | undefined> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage?.persist) return undefined;
  return storage.persist().catch(() => false);
}

export function isNearlyFull(state: StorageState): boolean {
  return state.usage !== undefined && state.quota !== undefined && state.quota > 0 && state.usage / state.quota >= STORAGE_WARNING_RATIO;
}
