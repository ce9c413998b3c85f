/**
 * Everyone registered, searchable as you type: one in-memory directory over names (both
 * scripts), phone and reference, shared by every screen through one provider. It is read
 * once and then kept true write by write (client-directory-store.ts), so a registration
 * or an edit costs one record, not 20,000. Searching is synchronous, so results follow
 * each keystroke (see tests/bench/search.bench.ts).
 */
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { ClientSearchIndex } from '../../shared/frontdesk/client-search';
import type { Client } from '../../shared/schemas';
import { ClientDirectoryStore, directoryOf, isListed, recordsOf, type ClientDirectory } from './client-directory-store';
import { SnapshotDirectorySource } from './client-directory-source';
import { useCan } from '../security/permissions';

export { readableName, type ClientDirectory } from './client-directory-store';

/** A directory of these clients, built at once (for one-off work such as a benchmark or a check). */
export function buildClientDirectory(all: readonly Client[]): ClientDirectory {
  let index: ClientSearchIndex | undefined;
  const byId = new Map(all.map((c) => [c.id, c]));
  const listed = all.filter(isListed);
  return directoryOf(byId, listed, (query, limit) => {
    index ??= new ClientSearchIndex([...listed]);
    return recordsOf(index.search(query, limit), byId);
  });
}

/**
 * The app's one directory, reading through the personal-fields path (so sealed fields are
 * opened), with the sealed snapshot standing in for every client unchanged since it was sealed.
 */
const store = new ClientDirectoryStore(new SnapshotDirectorySource());

const NO_ONE = buildClientDirectory([]);
const noOne = (): ClientDirectory => NO_ONE;
const noSubscription = (): (() => void) => () => undefined;

const DirectoryContext = createContext<ClientDirectory | undefined>(undefined);

/**
 * One directory for the whole app, loaded while the provider is mounted, for a role that
 * may read clients; any other (the committee) gets an empty directory, and nothing
 * personal is read at all. A restricted record is left out of `all` and search, and every
 * screen that names a booked person through `nameOf` gets `restrictedName(ref)` for it
 * (worded by the app: "Restricted record, C-00042"), never their name.
 */
export function ClientDirectoryProvider({ children, restrictedName }: { children: ReactNode; restrictedName: (ref: string) => string }) {
  const allowed = useCan('clients.read');
  const directory = useSyncExternalStore(allowed ? store.subscribe : noSubscription, allowed ? store.getSnapshot : noOne);
  const shown = useMemo(() => (directory ? withholdingRestricted(directory, restrictedName) : undefined), [directory, restrictedName]);
  return <DirectoryContext.Provider value={shown}>{children}</DirectoryContext.Provider>;
}

/**
 * The directory as screens see it: a restricted person is in `byId` only as a stand-in
 * that holds their reference, the restriction and `restrictedName(ref)` as its name, so a
 * session's slots, the calendar and the day sheet still show the appointment but none of
 * their details; `nameOf` gives the same words.
 */
export function withholdingRestricted(directory: ClientDirectory, restrictedName: (ref: string) => string): ClientDirectory {
  const restricted = [...directory.byId.values()].filter((client) => client.restriction);
  if (restricted.length === 0) return directory;
  const byId = new Map(directory.byId);
  for (const client of restricted) byId.set(client.id, standIn(client, restrictedName(client.ref)));
  // Search never finds a restricted record (it is not listed), so it is passed on as it is.
  return directoryOf(byId, directory.all, (query, limit) => directory.search(query, limit));
}

/** A restricted client with every personal field left out (consents stay: no screen lists them from here). */
function standIn(client: Client, name: string): Client {
  const { id, ref, createdAt, updatedAt, restriction, consents } = client;
  return { id, ref, createdAt, updatedAt, restriction, consents, name, languages: [], interpreterNeeded: false };
}

/** undefined while the clients load. */
export function useClientDirectory(): ClientDirectory | undefined {
  return useContext(DirectoryContext);
}
