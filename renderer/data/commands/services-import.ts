/**
 * Applying an imported services directory: new services are created and ones imported
 * before (matched by their HSDS id) are updated, all in one transaction, so a re-import
 * never duplicates and a failure leaves the directory as it was.
 */
import type { ImportPlan } from '../../../shared/services/hsds-import';
import { Service } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { auditEntry } from '../repositories/audit-log';
import { bulkPutRecords, newId, nowIso, openRecord, parseForWrite } from '../record-store';
import { requirePermission } from '../../security/permissions';

export async function applyServicesImport(plan: ImportPlan, format: string): Promise<{ created: number; updated: number }> {
  requirePermission('services.write');
  return db().transaction('rw', db().services, db().auditLog, async () => {
    const at = nowIso();
    const created = plan.create.map((input) => parseForWrite('services', Service, { ...input, id: newId(), createdAt: at, updatedAt: at }));
    const updated: Service[] = [];
    for (const { id, input } of plan.update) {
      const existing = await openRecord('services', Service, await db().services.get(id));
      if (existing) updated.push(parseForWrite('services', Service, { ...existing, ...input, updatedAt: at }));
    }
    await bulkPutRecords(db().services, 'services', [...created, ...updated]);
    await db().auditLog.add(auditEntry('import-directory', { format, created: created.length, updated: updated.length, unchanged: plan.unchanged }));
    return { created: created.length, updated: updated.length };
  });
}
