/**
 * The report's sealed facts (data/report-input/report-facts-store.ts) moved under the new
 * erasure key while the previous one is still held, in the rotation that follows an
 * erasure (erasure-key.ts). Without this, every row sealed under the replaced key opens
 * with nothing, and the first report after any erasure works a whole year out from the
 * records again (a cold report, several times the warm one on a large forum).
 *
 * Why the erasure still holds: every row that held the erased person lost its sealed value
 * in the erasure's own transaction (db/report-facts-stale.ts), committed before the
 * rotation begins, so only rows holding nobody erased are still sealed and moved. A row is
 * stored again only if, in the storing transaction, it is still the row read (revision,
 * generation and sealing key): a write meanwhile made it stale, and it stays so. The copies
 * IndexedDB may keep on disk were sealed under the previous key, which the rotation then
 * deletes: they open with nothing. The bytes (gzipped JSON) are moved as they are, never
 * parsed, and never leave this function unsealed.
 */
import { Dexie } from 'dexie';
import { ReportFactsRow } from '../../shared/security/vault-records';
import { db } from '../db/instance';
import { openBytes, sealBytes } from './crypto';

interface SealingKey {
  id: string;
  key: CryptoKey;
}

/** Moves every row sealed under `from` to `to`; returns how many were moved. */
export async function resealReportFacts(from: SealingKey, to: SealingKey): Promise<number> {
  const database = db();
  const rows = (await Dexie.ignoreTransaction(() => database.reportFacts.toArray()))
    .map((row) => ReportFactsRow.safeParse(row))
    .flatMap((parsed) => (parsed.success && parsed.data.sealed && parsed.data.erasureKeyId === from.id ? [parsed.data] : []));
  if (rows.length === 0) return 0;
  // All at once, so WebCrypto works through them together. A row that does not open (damaged) is left: it is worked out again.
  const moved = (
    await Promise.all(
      rows.map(async (row) => {
        try {
          return { ...row, erasureKeyId: to.id, sealed: await sealBytes(to.key, await openBytes(from.key, row.sealed!)) };
        } catch {
          return undefined;
        }
      }),
    )
  ).filter((row) => row !== undefined);
  return database.transaction('rw', database.reportFacts, async () => {
    const now = await database.reportFacts.bulkGet(moved.map((row) => row.key));
    const unchanged = moved.filter((row, i) => {
      const stored = now[i];
      return stored?.revision === row.revision && stored.generation === row.generation && stored.erasureKeyId === from.id;
    });
    await database.reportFacts.bulkPut(unchanged);
    return unchanged.length;
  });
}
