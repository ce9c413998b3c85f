/**
 * Everyone registered, searchable as you type: one in-memory index over names (both
 * scripts), phone and reference, shared by every screen through one provider, rebuilt
 * when the clients table changes and built only when someone first searches. Searching
 * is synchronous, so results follow each keystroke (see tests/bench/search.bench.ts).
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { ClientSearchIndex } from '../../shared/frontdesk/client-search';
import type { Client } from '../../shared/schemas';
import { useClients } from './hooks/live-queries';

/** The name colleagues can read: the Latin spelling when there is one, else the name. */
export function readableName(client: Pick<Client, 'name' | 'nameLatin'>): string {
  return client.nameLatin ?? client.name;
}

export interface ClientDirectory {
  all: readonly Client[];
  byId: ReadonlyMap<string, Client>;
  /** The readable name of a client by id; undefined when no such client is registered. */
  nameOf(clientId: string): string | undefined;
  search(query: string, limit?: number): Client[];
}

export function buildClientDirectory(all: readonly Client[]): ClientDirectory {
  let index: ClientSearchIndex | undefined;
  // Every record answers by id (a booking still shows whose it is), but a restricted one
  // is left out of lists and search until the restriction is lifted.
  const byId = new Map(all.map((c) => [c.id, c]));
  const listed = all.filter((c) => c.restriction === undefined);
  return {
    all: listed,
    byId,
    nameOf: (clientId) => {
      const client = byId.get(clientId);
      return client ? readableName(client) : undefined;
    },
    search: (query, limit = 200) => {
      index ??= new ClientSearchIndex([...listed]);
      return index
        .search(query, limit)
        .map((id) => byId.get(id))
        .filter((c): c is Client => c !== undefined);
    },
  };
}

const DirectoryContext = createContext<ClientDirectory | undefined>(undefined);

/** One live read of the clients for the whole app. */
export function ClientDirectoryProvider({ children }: { children: ReactNode }) {
  const all = useClients();
  const directory = useMemo(() => (all ? buildClientDirectory(all) : undefined), [all]);
  return <DirectoryContext.Provider value={directory}>{children}</DirectoryContext.Provider>;
}

/** undefined while the clients load. */
export function useClientDirectory(): ClientDirectory | undefined {
  return useContext(DirectoryContext);
}
