// @vitest-environment node
/**
 * Each client's first contact date is kept by the database on every write, in the write's
 * own transaction: it always equals what the records say (first-contact.ts), whatever
 * changed them: adds, status changes, a record moved to another client, deletions.
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { SignpostDatabase } from '../../../../renderer/db/database';
import { firstContactsOf } from '../../../../shared/report/first-contact';
import type { AdviceEntry, Appointment } from '../../../../shared/schemas';
import { demoForum } from '../../../fixtures/forum';

let database: SignpostDatabase;
beforeEach(async () => {
  database = new SignpostDatabase('first-contacts', { indexedDB: new IDBFactory(), IDBKeyRange });
  await database.open();
});

const appointment = (id: string, clientId: string, date: string, status: Appointment['status']): Appointment =>
  ({ id, clientId, date, status, sessionId: 's1', clinicId: 'c1', kind: 'booked', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }) as Appointment;
const advice = (id: string, clientId: string, date: string): AdviceEntry =>
  ({ id, clientId, date, categories: ['housing'], minutes: 20, adviserName: 'A', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }) as unknown as AdviceEntry;

async function stored(): Promise<Map<string, string>> {
  return new Map((await database.firstContacts.toArray()).map((row) => [row.clientId, row.date]));
}

async function fromRecords(): Promise<Map<string, string>> {
  return firstContactsOf(await database.appointments.toArray(), await database.adviceEntries.toArray());
}

describe('first contact dates', () => {
  it('a booking is not contact; being seen is; an earlier advice entry moves the date back', async () => {
    await database.appointments.add(appointment('a1', 'amina', '2026-03-10', 'booked'));
    expect(await stored()).toEqual(new Map());
    await database.appointments.update('a1', { status: 'seen' });
    expect(await stored()).toEqual(new Map([['amina', '2026-03-10']]));
    await database.adviceEntries.add(advice('e1', 'amina', '2026-02-01'));
    expect(await stored()).toEqual(new Map([['amina', '2026-02-01']]));
    await database.adviceEntries.add(advice('e2', 'amina', '2026-05-01'));
    expect(await stored()).toEqual(new Map([['amina', '2026-02-01']]));
  });

  it('works the date out again when the first contact goes: deleted, moved to another client, no longer attended', async () => {
    await database.transaction('rw', database.appointments, database.adviceEntries, async () => {
      await database.appointments.bulkAdd([appointment('a1', 'amina', '2026-01-10', 'seen'), appointment('a2', 'amina', '2026-04-10', 'arrived')]);
      await database.adviceEntries.add(advice('e1', 'amina', '2026-06-01'));
    });
    expect(await stored()).toEqual(new Map([['amina', '2026-01-10']]));
    // Recorded on the wrong person: moved to Piotr (a merge or a correction).
    await database.appointments.update('a1', { clientId: 'piotr' });
    expect(await stored()).toEqual(new Map([['amina', '2026-04-10'], ['piotr', '2026-01-10']]));
    // A mistaken "arrived" put back to did not attend.
    await database.appointments.update('a2', { status: 'did-not-attend' });
    expect(await stored()).toEqual(new Map([['amina', '2026-06-01'], ['piotr', '2026-01-10']]));
    await database.adviceEntries.delete('e1');
    expect(await stored()).toEqual(new Map([['piotr', '2026-01-10']]));
    await database.appointments.where('[clientId+date]').between(['piotr', Dexie.minKey], ['piotr', Dexie.maxKey]).delete();
    expect(await stored()).toEqual(new Map());
  });

  it('a whole forum written at once, then a table cleared, agrees with its records', async () => {
    const forum = demoForum();
    await database.transaction('rw', database.appointments, database.adviceEntries, async () => {
      await database.appointments.bulkPut(forum.appointments);
      await database.adviceEntries.bulkPut(forum.adviceEntries);
    });
    expect(await stored()).toEqual(firstContactsOf(forum.appointments, forum.adviceEntries));
    await database.adviceEntries.clear();
    expect(await stored()).toEqual(await fromRecords());
    expect(await stored()).toEqual(firstContactsOf(forum.appointments, []));
  });

  it('changes nothing when the write fails: the date is written in the write\'s own transaction', async () => {
    await database.appointments.add(appointment('a1', 'amina', '2026-03-10', 'seen'));
    await expect(
      database.transaction('rw', database.appointments, async () => {
        await database.appointments.add(appointment('a2', 'amina', '2026-01-01', 'seen'));
        throw new Error('the rest of the command failed');
      }),
    ).rejects.toThrow('the rest of the command failed');
    expect(await stored()).toEqual(new Map([['amina', '2026-03-10']]));
  });
});
