/** A new, empty database on its own fake IndexedDB, installed as the app's database. */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { SignpostDatabase } from '../../../../renderer/db/database';
import { replaceDatabase } from '../../../../renderer/db/instance';

export function freshDatabase(upToVersion?: number): SignpostDatabase {
  const database = new SignpostDatabase('signpost-test', { indexedDB: new IDBFactory(), IDBKeyRange }, upToVersion);
  replaceDatabase(database);
  return database;
}

export const validClient = (name = 'Amina Yusuf') => ({
  name,
  languages: ['som'],
  consents: { storage: { given: true, date: '2026-11-02', recordedBy: 'Claire' } },
});

export const validClinic = {
  name: 'Daily drop-in',
  kind: 'drop-in' as const,
  rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  startDate: '2026-01-05',
  openTime: '10:00',
  closeTime: '13:00',
  slotMinutes: 30,
  placesPerSlot: 2,
};
