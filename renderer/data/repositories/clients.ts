/**
 * Clients. Each gets a human reference (C-00001), allocated inside the same transaction
 * that writes the record so two volunteers registering at once never share a number.
 * The list is sorted by reference; name search runs in memory (names are not indexed).
 */
import { Client, ClientInput } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { entityRepository } from '../entity-repository';
import { openRecords } from '../record-store';
import { requirePermission } from '../../security/permissions';

export function formatClientRef(n: number): string {
  return `C-${String(n).padStart(5, '0')}`;
}

/** The number after the highest reference in use; refs sort as text while they have 5 digits. */
async function nextClientRef(): Promise<string> {
  const last = await db().clients.orderBy('ref').last();
  const n = last ? Number.parseInt(last.ref.slice(2), 10) : 0;
  return formatClientRef(n + 1);
}

export const clients = entityRepository({
  name: 'clients',
  access: { read: 'clients.read', write: 'clients.write' },
  table: () => db().clients,
  input: ClientInput,
  stored: Client,
  onCreate: async () => ({ ref: await nextClientRef() }),
  compare: (a, b) => a.ref.localeCompare(b.ref),
});


/** Lets the page paint and answer input between steps of a long read. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every client, read and opened a step at a time (250: a few milliseconds of work) in order of id, each step in its own short
 * read, with the page free between steps: on a large forum reading, decrypting and checking
 * 20,000 clients in one go held the page for seconds. For the client directory, which
 * notices any write made meanwhile (client-directory-store.ts) and reads that client again.
 */
export async function everyClientInSteps(step = 250): Promise<Client[]> {
  requirePermission('clients.read');
  const readAfter = (from: string | undefined) => {
    const reading = (from === undefined ? db().clients.orderBy(':id') : db().clients.where(':id').above(from)).limit(step).toArray();
    reading.catch(() => undefined); // A failure surfaces where it is awaited.
    return reading;
  };
  const all: Client[] = [];
  for (let next = readAfter(undefined); ; ) {
    const stored = await next;
    if (stored.length === 0) return all;
    // The next step is read from IndexedDB while this one is decrypted and checked.
    next = readAfter(stored[stored.length - 1]!.id);
    for (const client of await openRecords('clients', Client, stored)) all.push(client);
    await nextTask();
  }
}

/**
 * The first clients by reference, from the ref index: what the Clients screen shows while
 * the directory is still reading everyone (restricted records are left out, as there).
 */
export async function firstClients(limit: number): Promise<Client[]> {
  requirePermission('clients.read');
  const stored = await db().clients.orderBy('ref').limit(limit).toArray();
  return (await openRecords('clients', Client, stored)).filter((client) => client.restriction === undefined);
}
