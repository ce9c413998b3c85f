/**
 * THE one place the report's reader turns stored records into records it can count: their
 * personal fields opened through renderer/data/personal-fields.ts (via record-store's
 * openRecords) and each checked leniently against its schema. Every read of the report,
 * in the worker or in tests, goes through `decoderFor`.
 *
 * `ReportKeys` is what the main thread hands the worker for that: the keys unlocked at
 * sign-in (CryptoKey objects are structured-cloneable, so they cross to the worker as they
 * are, non-extractable). In the worker they fill its own key ring, so the one codec
 * (personal-fields.ts) opens records there exactly as it does on the main thread.
 */
import type { z } from 'zod';
import type { TableName } from '../../db/database';
import { openRecords } from '../record-store';
import { holdForumKey, isUnlocked, markEveryDataKeyLoaded, rememberDataKey } from '../../security/key-ring';

export interface ReportKeys {
  /** The forum key, which unwraps each person's data key (renderer/security). */
  forumKey?: CryptoKey;
  /** Data keys already unwrapped on the main thread, by owner id. */
  dataKeys?: ReadonlyMap<string, CryptoKey>;
}

export interface RecordDecoder {
  /** Stored records of a table, opened and checked; damaged ones kept marked, unreadable ones left out. */
  open<S extends z.ZodType>(table: TableName, schema: S, stored: readonly unknown[]): Promise<z.output<S>[]>;
}

/**
 * The decoder over the key ring. Given keys (in a worker, whose key ring starts empty),
 * they are held first: the forum key, then every person's data key the main thread had
 * unwrapped at sign-in, which is all of them, so a key not among them is a person erased.
 */
export function decoderFor(keys: ReportKeys | undefined): RecordDecoder {
  if (keys?.forumKey && !isUnlocked()) {
    holdForumKey(keys.forumKey);
    for (const [owner, key] of keys.dataKeys ?? []) rememberDataKey(owner, key);
    markEveryDataKeyLoaded();
  }
  return {
    open: async (table, schema, stored) => openRecords(table, schema, stored),
  };
}
