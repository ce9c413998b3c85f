/**
 * THE one place the report's reader turns stored records into records it can count: their
 * personal fields opened through renderer/data/personal-fields.ts (via record-store's
 * openRecords) and each checked leniently against its schema. Every read of the report,
 * in the worker or in tests, goes through `decoderFor`.
 *
 * `ReportKeys` is what the main thread hands the worker for that: the keys unlocked at
 * sign-in (CryptoKey objects are structured-cloneable, so they cross to the worker as they
 * are, non-extractable). While records are stored in the clear it is empty; when personal
 * fields are sealed, the codec takes its keys from here, and only this file changes.
 */
import type { z } from 'zod';
import type { TableName } from '../../db/database';
import { openRecords } from '../record-store';

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

export function decoderFor(keys: ReportKeys | undefined): RecordDecoder {
  void keys; // Records are not sealed yet: nothing to unlock.
  return {
    open: async (table, schema, stored) => openRecords(table, schema, stored),
  };
}
