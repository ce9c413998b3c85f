/**
 * The one IndexedDB database, through Dexie. Tables hold records as the repositories
 * store them: parsed by the shared zod schemas, personal fields sealed by
 * renderer/data/personal-fields.ts. Screens never import this file (lint enforces it).
 */
import { Dexie, type Table } from 'dexie';
import type {
  AdviceEntry,
  Appointment,
  AuditEntry,
  Client,
  Clinic,
  FirstContact,
  Referral,
  Service,
  Session,
  Settings,
  Shift,
  Volunteer,
} from '../../shared/schemas';
import type { DataKeyRow, DirectorySnapshotsTableRow, ReportFactsRow, VaultRecord } from '../../shared/security/vault-records';
import type { UserRecord } from '../../shared/security/user';
import { openFollowUpMiddleware } from './open-follow-up';
import { listedMiddleware } from './listed';
import { withFirstContacts } from './first-contacts';
import { clientsRevisionMiddleware } from './clients-revision';
import { ownRecordsMiddleware } from './own-records';
import { reportFactsStaleMiddleware } from './report-facts-stale';
import { applyVersions, LATEST_VERSION } from './versions';
import { withDataKeysMadeFirst } from './data-key-needed';

export interface DatabaseDependencies {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

export const DATABASE_NAME = 'signpost';

export class SignpostDatabase extends Dexie {
  clients!: Table<Client, string>;
  clinics!: Table<Clinic, string>;
  sessions!: Table<Session, string>;
  appointments!: Table<Appointment, string>;
  adviceEntries!: Table<AdviceEntry, string>;
  services!: Table<Service, string>;
  referrals!: Table<Referral, string>;
  volunteers!: Table<Volunteer, string>;
  shifts!: Table<Shift, string>;
  settings!: Table<Settings, 'forum'>;
  auditLog!: Table<AuditEntry, string>;
  /** Who signs in, each with the forum key wrapped by their PIN or passphrase. */
  users!: Table<UserRecord, string>;
  /** Per-client and per-volunteer data keys, wrapped by the forum key. */
  dataKeys!: Table<DataKeyRow, string>;
  /** The forum key wrapped by the recovery key. */
  vault!: Table<VaultRecord, VaultRecord['key']>;
  /** Each client's first contact date, derived from their records (db/first-contacts.ts). */
  firstContacts!: Table<FirstContact, string>;
  /**
   * The client directory sealed as one value under the erasure key (data/directory-snapshot.ts),
   * and the clients table's revision it is compared with (db/clients-revision.ts).
   */
  directorySnapshots!: Table<DirectorySnapshotsTableRow, DirectorySnapshotsTableRow['key']>;
  /**
   * What the report reads of each month's records and of the clients it describes, sealed
   * under the erasure key (data/report-input/report-facts-store.ts), and stale markers.
   */
  reportFacts!: Table<ReportFactsRow, string>;

  /**
   * @param deps a separate IndexedDB (fake-indexeddb) per unit test; the browser's by default.
   * @param upToVersion for migration tests: open the schema as it was at that version.
   */
  /** The IndexedDB this database lives in, to look at it before Dexie opens (and upgrades) it. */
  readonly indexedDBFactory: IDBFactory;

  constructor(
    name: string = DATABASE_NAME,
    readonly dependencies?: DatabaseDependencies,
    upToVersion: number = LATEST_VERSION,
  ) {
    const deps = dependencies;
    super(name, {
      ...(deps ?? {}),
      // A save is reported only once it is on disk: a power cut or a killed app loses nothing.
      chromeTransactionDurability: 'strict',
    });
    this.indexedDBFactory = deps?.indexedDB ?? Dexie.dependencies.indexedDB;
    applyVersions(this, upToVersion);
    // Keeps the derived follow-up index true on every write, whichever code makes it.
    this.use(openFollowUpMiddleware);
    // Keeps restricted people's records out of the list indexes the same way (db/listed.ts).
    this.use(listedMiddleware);
    // Derived data every copy of the database keeps right, tests and restores included.
    withFirstContacts(this);
    // Every write to clients, whichever code makes it, changes the clients' revision.
    this.use(clientsRevisionMiddleware);
    // Notes that the forum has records of its own as they are written (db/own-records.ts).
    this.use(ownRecordsMiddleware);
    // Every write to the records a report reads marks their sealed facts stale, in its transaction.
    this.use(reportFactsStaleMiddleware);
    // A write that finds a person without a data key has it made first, then runs again.
    withDataKeysMadeFirst(this);
  }
}

export type TableName =
  | 'clients'
  | 'clinics'
  | 'sessions'
  | 'appointments'
  | 'adviceEntries'
  | 'services'
  | 'referrals'
  | 'volunteers'
  | 'shifts'
  | 'settings'
  | 'auditLog'
  | 'users'
  | 'dataKeys'
  | 'vault'
  | 'firstContacts'
  | 'directorySnapshots'
  | 'reportFacts';
