/**
 * The database's whole version history, in order. Each entry says why it exists.
 *
 * To change the schema: append a version (never edit a shipped one) with the new `stores`
 * (Dexie keeps tables and indexes not mentioned) and, when existing records must change,
 * an `upgrade` that rewrites them. Then add a migration test (tests/unit/renderer/db) that
 * seeds the previous version, reopens at the new one and checks the records.
 *
 * Only fields a query looks up are indexed. Personal fields (names, phone, email, free text)
 * are never indexed: they are to be encrypted at rest, and name search runs in memory.
 */
import type { Dexie, Transaction } from 'dexie';
import { OPEN_FOLLOW_UP, withOpenFollowUp } from './open-follow-up';
import { CLIENT_RESTRICTED, LISTED_DATE, LISTED_STATUS, withListed } from './listed';
import { firstContactsOf } from '../../shared/report/first-contact';

export interface DatabaseVersion {
  version: number;
  why: string;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}

export const VERSIONS: readonly DatabaseVersion[] = [
  {
    version: 1,
    why: 'The complete first model: every entity in PRODUCT.md, settings and the audit log.',
    stores: {
      // ref: the unique human number; updatedAt: "recently changed" lists.
      clients: 'id, &ref, updatedAt',
      clinics: 'id',
      // A clinic's sessions in a date range, and every session on a day.
      sessions: 'id, [clinicId+date], date',
      // A session's list, a client's history, a day's bookings, a clinic's day.
      appointments: 'id, sessionId, clientId, date, [clinicId+date]',
      // A client's timeline, a period's entries (report), follow-ups due.
      adviceEntries: 'id, clientId, date, followUpDate',
      // hsdsId: re-importing a directory updates rather than duplicates.
      services: 'id, hsdsId',
      referrals: 'id, clientId, serviceId, status, followUpDue',
      volunteers: 'id',
      shifts: 'id, sessionId, volunteerId, date',
      settings: 'key',
      auditLog: 'id, at',
    },
  },
  {
    version: 2,
    why: 'Issue 11: sign-in and encryption at rest. Users (each holding the forum key wrapped by their PIN or passphrase), one wrapped data key per client or volunteer, and the forum key wrapped by the recovery key.',
    stores: {
      users: 'id',
      dataKeys: 'id',
      vault: 'key',
    },
  },
  {
    version: 3,
    why: 'Issue 11: people\'s rights. The audit log is looked up by the client an entry is about: their subject access export lists who opened their record, and erasing them rewrites those entries to "an erased record".',
    stores: {
      auditLog: 'id, at, subjectId',
    },
  },
  {
    version: 4,
    why: 'Issue 13: lists page over indexes at ten years of data. A client\'s history is read newest first by [clientId+date] (appointments, advice, referrals), a volunteer\'s shifts by [volunteerId+date], referrals of a status newest first by [status+date], and open follow-ups by their due date through `openFollowUp` (set only while a follow-up is still to do: see db/open-follow-up.ts). The compound indexes also answer the single-field lookups they start with, so clientId, volunteerId and status go; nothing looks records up by referrals.serviceId, referrals.followUpDue, adviceEntries.followUpDate or clients.updatedAt, so those go too.',
    stores: {
      clients: 'id, &ref',
      appointments: 'id, sessionId, [clientId+date], date, [clinicId+date]',
      adviceEntries: `id, [clientId+date], date, ${OPEN_FOLLOW_UP}`,
      referrals: `id, [clientId+date], [status+date], ${OPEN_FOLLOW_UP}`,
      shifts: 'id, sessionId, [volunteerId+date], date',
    },
    upgrade: async (transaction) => {
      for (const table of ['adviceEntries', 'referrals']) {
        await transaction
          .table(table)
          .toCollection()
          .modify((record: Record<string, unknown>) => {
            const due = withOpenFollowUp(table, record)[OPEN_FOLLOW_UP];
            if (due === undefined) delete record[OPEN_FOLLOW_UP];
            else record[OPEN_FOLLOW_UP] = due;
          });
      }
    },
  },
  {
    version: 5,
    why: 'Issue 13: a year\'s report reads its own period, not ten years of history. Each client\'s first contact date is kept in firstContacts (maintained on every write by db/first-contacts.ts), filled here from the records already stored. (The period\'s referrals are read through version 4\'s [status+date].)',
    stores: {
      firstContacts: 'clientId',
    },
    upgrade: async (transaction) => {
      const appointments = await transaction.table('appointments').toArray();
      const adviceEntries = await transaction.table('adviceEntries').toArray();
      const first = firstContactsOf(appointments, adviceEntries);
      await transaction.table('firstContacts').bulkPut([...first].map(([clientId, date]) => ({ clientId, date })));
    },
  },
  {
    version: 6,
    why: 'Issue 11: a restricted person\'s existing advice entries and referrals leave the advice log, the referral lists and the follow-ups (restriction stops processing them). Each of their records is marked `clientRestricted`, and the lists page over sparse indexes of fields present only on unrestricted records (`listedDate`, [listedStatus+date]; see db/listed.ts), as `openFollowUp` now also is, so a list still reads one index range. Filled here from the clients restricted already.',
    stores: {
      adviceEntries: `id, [clientId+date], date, ${OPEN_FOLLOW_UP}, ${LISTED_DATE}`,
      referrals: `id, [clientId+date], [status+date], ${OPEN_FOLLOW_UP}, [${LISTED_STATUS}+date]`,
    },
    upgrade: async (transaction) => {
      // `restriction` is stored in the clear on the client record (restricted records are few).
      const restricted = new Set<unknown>(
        await transaction
          .table('clients')
          .filter((client: { restriction?: unknown }) => client.restriction !== undefined)
          .primaryKeys(),
      );
      for (const table of ['adviceEntries', 'referrals']) {
        await transaction
          .table(table)
          .toCollection()
          .modify((record: Record<string, unknown>) => {
            if (restricted.has(record.clientId)) record[CLIENT_RESTRICTED] = true;
            else delete record[CLIENT_RESTRICTED];
            const derived = withListed(table, withOpenFollowUp(table, record)) as Record<string, unknown>;
            for (const field of [OPEN_FOLLOW_UP, LISTED_DATE, LISTED_STATUS]) {
              if (derived[field] === undefined) delete record[field];
              else record[field] = derived[field];
            }
          });
      }
    },
  },
  {
    version: 7,
    why: 'Issue 11: sign-in to a searchable directory in under 2 s on a large forum. The client directory is kept sealed as one value under the erasure key (data/directory-snapshot.ts), so sign-in opens one value rather than 20,000 records each under its own data key. Nothing to fill: the first sign-in after the upgrade reads every client as before and seals it.',
    stores: {
      directorySnapshots: 'key',
    },
  },
  {
    version: 8,
    why: 'Issue 13: a year\'s report in under 3 s on a large forum. What the report reads of each month\'s appointments, advice entries and referrals, and of the clients it describes, is kept sealed under the erasure key in reportFacts (data/report-input/report-facts-store.ts), so a report reads a few dozen values instead of every record of the period; a middleware marks a month or a group of clients stale in the same transaction as any write to them (db/report-facts-stale.ts). Nothing to fill: the first report (or the warm-up after a sign-in) works them out from the records.',
    stores: {
      reportFacts: 'key',
    },
  },
  {
    version: 9,
    why: 'Issue 13: a year\'s report in under 3 s on a large forum. Clients are indexed by `restriction.since`, present only on a restricted record (in the clear, like the whole restriction), so a report learns who is restricted from one small index range instead of reading every person its records name. IndexedDB fills the index from the records already stored.',
    stores: {
      clients: 'id, &ref, restriction.since',
    },
  },
];

export const LATEST_VERSION = VERSIONS[VERSIONS.length - 1]!.version;

/** Declares versions 1..upTo on a Dexie instance; the migration harness opens older ones. */
export function applyVersions(db: Dexie, upTo: number = LATEST_VERSION): void {
  for (const entry of VERSIONS) {
    if (entry.version > upTo) break;
    const declared = db.version(entry.version).stores(entry.stores);
    if (entry.upgrade) declared.upgrade(entry.upgrade);
  }
}
