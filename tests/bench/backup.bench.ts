/**
 * The backup file for the `large` forum (the ten-year scale of PRODUCT.md): how long it
 * takes to encode (JSON, SHA-256 per table, gzip) and to decode and check again, with and
 * without a passphrase, and how big the file is. IndexedDB reads and writes are left out:
 * fake-indexeddb in Node says nothing about Chromium's.
 */
import { generateForum } from '../../shared/demo/generate';
import { DATASET_TABLES } from '../../shared/demo/dataset';
import { decodeBackup, encodeBackup } from '../../renderer/data/backup/backup-codec';
import { storedRecordFits } from '../../renderer/data/backup/table-schemas';
import { ms } from './measure';

const forum = generateForum({ seed: 1, scale: 'large' });
const tables = DATASET_TABLES.map((name) => ({ name, records: forum[name], unreadable: [] }));
const records = tables.reduce((sum, t) => sum + t.records.length, 0);
console.log(`${records.toLocaleString('en-GB')} records in ${tables.length} tables`);

// Making a backup checks every record against its schema (to list the damaged ones), and
// a restore does it again: the cost beside the encoding.
const checkStarted = performance.now();
let unfit = 0;
for (const table of tables) for (const record of table.records) if (!storedRecordFits(table.name, record)) unfit += 1;
console.log(`every record checked against its schema: ${ms(performance.now() - checkStarted)} (${unfit} did not fit)`);

for (const passphrase of [undefined, 'a passphrase for the bench']) {
  const label = passphrase ? 'with a passphrase' : 'not encrypted';
  let t = performance.now();
  const bytes = await encodeBackup(tables, { schemaVersion: 1, appVersion: 'bench', createdAt: new Date().toISOString(), ...(passphrase ? { passphrase } : {}) });
  const encode = performance.now() - t;
  t = performance.now();
  const decoded = await decodeBackup(bytes, 1, passphrase);
  const decode = performance.now() - t;
  const back = Object.values(decoded.tables).reduce((sum, list) => sum + list.length, 0);
  console.log(
    `${label}: file ${(bytes.length / 1_048_576).toFixed(1)} MB; encode ${ms(encode)}; decode and check ${ms(decode)}; ${back.toLocaleString('en-GB')} records back`,
  );
}
