/**
 * THE one place the report's reader turns stored records into records it can count: their
 * personal fields opened through renderer/data/personal-fields.ts (via record-store's
 * openRecords) and each checked leniently against its schema. Every read of the report,
 * in the worker or in tests, goes through `decoderFor`.
 *
 * `ReportKeys` is what the main thread hands the worker for that: the forum key (a
 * CryptoKey is structured-cloneable, so it crosses as it is) and every person's data key
 * as stored, still wrapped. In the worker they fill its own key ring, so the one codec
 * (personal-fields.ts) opens records there exactly as it does on the main thread, and the
 * worker, not the screen, unwraps the keys of the people the period's records name.
 */
import type { z } from 'zod';
import type { TableName } from '../../db/database';
import { openAll } from '../personal-fields';
import { readAllLeniently } from '../read-leniently';
import { holdErasureKey, holdForumKey, holdWrappedDataKeys, isUnlocked, markEveryDataKeyLoaded, type WrappedDataKey } from '../../security/key-ring';

export interface ReportKeys {
  /** The forum key, which unwraps each person's data key (renderer/security). */
  forumKey?: CryptoKey;
  /** The erasure keys that wrap the data keys, by id. */
  erasureKeys?: ReadonlyMap<string, CryptoKey>;
  /** Every person's data key, wrapped (base64, and by which erasure key), by owner id. */
  wrappedDataKeys?: ReadonlyMap<string, WrappedDataKey>;
}

export interface RecordDecoder {
  /** Stored records of a table, opened and checked; damaged ones kept marked, unreadable ones left out. */
  open<S extends z.ZodType>(table: TableName, schema: S, stored: readonly unknown[]): Promise<z.output<S>[]>;
  /** What opening has cost so far (the report says what decryption costs: README, "Speed"). */
  cost(): OpeningCost;
}

export interface OpeningCost {
  records: number;
  /** Milliseconds during which some records were being decrypted (pieces overlap, so counted once). */
  decryptingMs: number;
  /** Milliseconds spent checking opened records against their schemas. */
  checkingMs: number;
}

/**
 * The decoder over the key ring. Given keys (in a worker, whose key ring starts empty),
 * they are held first: the forum key, then every person's data key the main thread read
 * at sign-in, wrapped, which is all of them, so a key not among them is a person erased.
 */
export function decoderFor(keys: ReportKeys | undefined): RecordDecoder {
  if (keys?.forumKey && !isUnlocked()) {
    holdForumKey(keys.forumKey);
    for (const [id, key] of keys.erasureKeys ?? []) holdErasureKey(id, key, false);
    holdWrappedDataKeys([...(keys.wrappedDataKeys ?? [])].map(([id, wrapped]) => ({ id, ...wrapped })));
    markEveryDataKeyLoaded();
  }
  const cost: OpeningCost = { records: 0, decryptingMs: 0, checkingMs: 0 };
  let decrypting = 0;
  let since = 0;
  return {
    async open(table, schema, stored) {
      if (decrypting++ === 0) since = performance.now();
      let opened: object[];
      try {
        opened = await openAll(table, stored as object[]);
      } finally {
        if (--decrypting === 0) cost.decryptingMs += performance.now() - since;
      }
      const checking = performance.now();
      const records = readAllLeniently(table, schema, opened);
      cost.checkingMs += performance.now() - checking;
      cost.records += stored.length;
      return records;
    },
    cost: () => ({ ...cost }),
  };
}
