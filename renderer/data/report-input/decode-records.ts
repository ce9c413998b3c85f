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
import { openAll, PERSONAL_FIELDS, withoutSealed } from '../personal-fields';
import { readLeniently } from '../read-leniently';
import { holdErasureKey, holdForumKey, holdWrappedDataKeys, isUnlocked, markEveryDataKeyLoaded, wrappedDataKeysFromText } from '../../security/key-ring';

export interface ReportKeys {
  /** The forum key, which unwraps each person's data key (renderer/security). */
  forumKey?: CryptoKey;
  /** The erasure keys that wrap the data keys, by id. */
  erasureKeys?: ReadonlyMap<string, CryptoKey>;
  /** Which of them is current: the report's facts are sealed under it (report-facts-store.ts). */
  currentErasureKeyId?: string;
  /** Every person's data key, wrapped (base64, and by which erasure key), by owner id, as one text (key-ring.ts). */
  wrappedDataKeysText?: string;
}

export interface RecordDecoder {
  /**
   * Stored records of a table, opened and checked; damaged ones kept marked, unreadable ones
   * left out. Those `leaveShut` picks are checked without their sealed part, which is not
   * decrypted: see `readableOnly`.
   */
  open<S extends z.ZodObject>(table: TableName, schema: S, stored: readonly unknown[], leaveShut?: (stored: object) => boolean): Promise<z.output<S>[]>;
  /** What opening has cost so far (the report says what decryption costs: README, "Speed"). */
  cost(): OpeningCost;
}

export interface OpeningCost {
  records: number;
  /** Of those, how many were checked without decrypting their sealed part. */
  leftShut: number;
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
    for (const [id, key] of keys.erasureKeys ?? []) holdErasureKey(id, key, id === keys.currentErasureKeyId);
    holdWrappedDataKeys(wrappedDataKeysFromText(keys.wrappedDataKeysText ?? ''));
    markEveryDataKeyLoaded();
  }
  const cost: OpeningCost = { records: 0, leftShut: 0, decryptingMs: 0, checkingMs: 0 };
  let decrypting = 0;
  let since = 0;
  return {
    async open(table, schema, stored, leaveShut) {
      // Records that are not objects go with those opened, where the check reports them.
      const shut = stored.map((record) => leaveShut !== undefined && typeof record === 'object' && record !== null && leaveShut(record));
      const toOpen = stored.filter((_, i) => !shut[i]) as object[];
      if (decrypting++ === 0) since = performance.now();
      let opened: object[];
      try {
        // Read for this decoder alone (read-report-input.ts): opened where they are, not copied.
        opened = toOpen.length > 0 ? await openAll(table, toOpen, { inPlace: true }) : [];
      } finally {
        if (--decrypting === 0) cost.decryptingMs += performance.now() - since;
      }
      const checking = performance.now();
      const readable = shut.includes(true) ? readableOnly(table, schema) : schema;
      const records: z.output<typeof schema>[] = [];
      let next = 0;
      // In the order stored, each checked against the schema its part calls for.
      stored.forEach((record, i) => {
        const read = shut[i] ? readLeniently(table, readable, withoutSealed(record as object)) : readLeniently(table, schema, opened[next++]);
        if (read !== undefined) records.push(read as z.output<typeof schema>);
      });
      cost.checkingMs += performance.now() - checking;
      cost.records += stored.length;
      cost.leftShut += shut.filter(Boolean).length;
      return records;
    },
    cost: () => ({ ...cost }),
  };
}

const readableSchemas = new Map<z.ZodObject, z.ZodObject>();

/**
 * A table's schema without its personal fields, for records whose sealed part is left shut
 * because the report counts nothing in it. A record checked against it keeps every field
 * the report counts exactly as the whole schema's check would: the tables this is used for
 * are plain objects (no check across fields), and each of their personal fields is
 * optional or has a placeholder, so a personal field that could not be opened or is damaged
 * only ever drops or fills that field, never the record (decode-records.test.ts).
 */
export function readableOnly<S extends z.ZodObject>(table: TableName, schema: S): z.ZodObject {
  const known = readableSchemas.get(schema);
  if (known) return known;
  const personal = Object.fromEntries(PERSONAL_FIELDS[table].filter((field) => field in schema.shape).map((field) => [field, true] as const));
  const readable = schema.omit(personal as never) as z.ZodObject;
  readableSchemas.set(schema, readable);
  return readable;
}
