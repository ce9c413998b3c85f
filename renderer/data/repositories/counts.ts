/** How many records each table holds: for Settings and the demo-data panel. */
import { db } from '../../db/instance';

export const COUNTED_TABLES = [
  'clients',
  'clinics',
  'sessions',
  'appointments',
  'adviceEntries',
  'services',
  'referrals',
  'volunteers',
  'shifts',
] as const;
export type CountedTable = (typeof COUNTED_TABLES)[number];
export type TableCounts = Record<CountedTable, number>;

export async function tableCounts(): Promise<TableCounts> {
  const database = db();
  const counts = await Promise.all(COUNTED_TABLES.map((name) => database.table(name).count()));
  return Object.fromEntries(COUNTED_TABLES.map((name, i) => [name, counts[i] ?? 0])) as TableCounts;
}
