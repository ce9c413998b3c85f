/**
 * Everyone registered, searchable as you type: one in-memory directory over names (both
 * scripts), phone and reference, shared by every screen through one provider. It is read
 * once and then kept true write by write (client-directory-store.ts), so a registration
 * or an edit costs one record, not 20,000. Searching is synchronous, so results follow
 * each keystroke (see tests/bench/search.bench.ts).
 */
import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { ClientSearchIndex } from '../../shared/frontdesk/client-search';
import type { Client } from '../../shared/schemas';
import { db } from '../db/instance';
import { ClientDirectoryStore, directoryOf, isListed, recordsOf, type ClientDirectory } from './client-directory-store';
import { clients, clientsWithIds } from './repositories/clients';
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

/** The app's one directory, reading through the repositories (so sealed fields are opened). */
const store = new ClientDirectoryStore({
  databaseName: () => db().name,
  readAll: () => clients.list(),
  readSome: (ids) => clientsWithIds(ids),
});

const NO_ONE = buildClientDirectory([]);
const noOne = (): ClientDirectory => NO_ONE;
const noSubscription = (): (() => void) => () => undefined;

const DirectoryContext = createContext<ClientDirectory | undefined>(undefined);

/**
 * One directory for the whole app, loaded while the provider is mounted, for a role that
 * may read clients; any other (the committee) gets an empty directory, and nothing
 * personal is read at all.
 */
export function ClientDirectoryProvider({ children }: { children: ReactNode }) {
  const allowed = useCan('clients.read');
  const directory = useSyncExternalStore(allowed ? store.subscribe : noSubscription, allowed ? store.getSnapshot : noOne);
  return <DirectoryContext.Provider value={directory}>{children}</DirectoryContext.Provider>;
}

/** undefined while the clients load. */
export function useClientDirectory(): ClientDirectory | undefined {
  return useContext(DirectoryContext);
}
