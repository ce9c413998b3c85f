/**
 * Everyone registered, searchable as you type: one in-memory index over names (both
 * scripts), phone and reference, rebuilt when the clients table changes. Searching is
 * synchronous, so results follow each keystroke (see tests/bench/search.bench.ts).
 */
import { useMemo } from 'react';
import { ClientSearchIndex } from '../../shared/frontdesk/client-search';
import type { Client } from '../../shared/schemas';
import { useClients } from './hooks/live-queries';

export interface ClientDirectory {
  all: readonly Client[];
  byId: ReadonlyMap<string, Client>;
  search(query: string, limit?: number): Client[];
}

export function buildClientDirectory(all: readonly Client[]): ClientDirectory {
  const index = new ClientSearchIndex([...all]);
  const byId = new Map(all.map((c) => [c.id, c]));
  return {
    all,
    byId,
    search: (query, limit = 200) =>
      index
        .search(query, limit)
        .map((id) => byId.get(id))
        .filter((c): c is Client => c !== undefined),
  };
}

/** undefined while the clients load. */
export function useClientDirectory(): ClientDirectory | undefined {
  const all = useClients();
  return useMemo(() => (all ? buildClientDirectory(all) : undefined), [all]);
}
