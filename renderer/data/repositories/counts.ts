/** How many records each table holds: for Settings and the demo-data panel. */
import { DATASET_TABLES } from '../../../shared/demo/dataset';
import { db } from '../../db/instance';
import { requirePermission } from '../../security/permissions';

/** Every table the forum's records live in: the same tables a dataset fills. */
export const COUNTED_TABLES = DATASET_TABLES;
export type CountedTable = (typeof COUNTED_TABLES)[number];
export type TableCounts = Record<CountedTable, number>;

export async function tableCounts(): Promise<TableCounts> {
  // Counts say nothing about anyone, but only the demo-data panel in Settings shows them.
  requirePermission('settings.write');
  const database = db();
  const counts = await Promise.all(COUNTED_TABLES.map((name) => database.table(name).count()));
  return Object.fromEntries(COUNTED_TABLES.map((name, i) => [name, counts[i] ?? 0])) as TableCounts;
}
