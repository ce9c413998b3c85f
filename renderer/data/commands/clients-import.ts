/**
 * Importing clients from a spreadsheet: every row the preview accepted is written, with
 * its new reference, in one transaction with the audit entry, or none is. A page closed
 * or killed half-way leaves the client list exactly as it was.
 */
import { Client, ClientInput } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { auditEntry } from '../repositories/audit-log';
import { formatClientRef } from '../repositories/clients';
import { sealBatch } from '../personal-fields';
import { newId, nowIso, parseForWrite, parseInput } from '../record-store';
import { requirePermission } from '../../security/permissions';

export interface ClientImportFacts {
  format: 'csv' | 'xlsx';
  /** The encoding assumed for a CSV file. */
  encoding?: string;
  duplicates: number;
  refused: number;
}

export async function importClients(rows: readonly ClientInput[], facts: ClientImportFacts): Promise<number> {
  requirePermission('clients.write');
  // Checked again here, as every command does: nothing reaches the table unparsed.
  const inputs = rows.map((row) => parseInput('clients', ClientInput, row));
  const database = db();
  const at = nowIso();
  // Parsed with a stand-in reference, sealed (each with a new data key) before the
  // transaction opens; the real references, which are not sealed, are given inside it.
  const parsed = inputs.map((input) => parseForWrite('clients', Client, { ...input, id: newId(), ref: formatClientRef(1), createdAt: at, updatedAt: at }));
  const { records: sealed, newKeys } = await sealBatch('clients', parsed);
  return database.transaction('rw', database.clients, database.auditLog, database.dataKeys, async () => {
    const last = await database.clients.orderBy('ref').last();
    const first = (last ? Number.parseInt(last.ref.slice(2), 10) : 0) + 1;
    const records = sealed.map((record, i) => ({ ...record, ref: formatClientRef(first + i) }));
    await database.dataKeys.bulkPut(newKeys);
    await database.clients.bulkPut(records);
    await database.auditLog.add(
      auditEntry('import-clients', {
        format: facts.format,
        ...(facts.encoding ? { encoding: facts.encoding } : {}),
        imported: records.length,
        duplicates: facts.duplicates,
        refused: facts.refused,
      }),
    );
    return records.length;
  });
}
