/**
 * The client directory behind every screen, kept in memory and kept true one write at a
 * time. It reads every client once (names are encrypted at rest, so name order and name
 * search cannot come from an IndexedDB index), builds the search index in small steps
 * that leave the page free to respond, and after that reads only the clients a write
 * touched: Dexie's `storagemutated` event names their ids once the write has committed
 * (in this window or another), and each is added, updated or removed in the list, the
 * lookup by id and the search index. A write Dexie does not name key by key (a restore,
 * loading the demo data, an import of 50 or more) reloads the whole directory, as at start.
 */
import { Dexie, type IntervalTree, type IntervalTreeNode } from 'dexie';
import { ClientSearchIndex, foldForSearch, phoneDigits, type SearchText } from '../../shared/frontdesk/client-search';
import type { Client } from '../../shared/schemas';
import { yieldToPage } from './client-directory-source';

export interface ClientDirectory {
  /** Everyone listed (a restricted record is left out), by reference number. */
  all: readonly Client[];
  /** Every record by id, restricted ones too (a booking still shows whose it is). */
  byId: ReadonlyMap<string, Client>;
  /** The readable name of a client by id; undefined when no such client is registered. */
  nameOf(clientId: string): string | undefined;
  search(query: string, limit?: number): Client[];
}

/** Where the directory reads clients from: the repositories, through the personal-fields path. */
export interface DirectorySource {
  /** The database's name, as Dexie names it in `storagemutated` parts. */
  databaseName(): string;
  /** Everyone; the page's own work (parsing, matching, opening) waits for `pageReady`, reading from IndexedDB need not. */
  readAll(pageReady?: Promise<void>): Promise<Client[]>;
  /** The clients with these ids that exist (a removed one is simply not returned). */
  readSome(ids: readonly string[]): Promise<Client[]>;
  /** A record's SearchText when already worked out (the snapshot carries it), so the index does not fold its names again. */
  knownSearchText?(client: Client): SearchText | undefined;
}

/** The name colleagues can read: the Latin spelling when there is one, else the name. */
export function readableName(client: Pick<Client, 'name' | 'nameLatin'>): string {
  return client.nameLatin ?? client.name;
}

const byRef = (a: Client, b: Client): number => a.ref.localeCompare(b.ref);

/** Whether a client is listed and searchable: a restricted record is kept out of both. */
export const isListed = (client: Client): boolean => client.restriction === undefined;

/**
 * A directory over these records: `listed` as given, every record by id, readable names,
 * and `search` that finds ids in a search index (each id turned back into its record).
 */
export function directoryOf(byId: ReadonlyMap<string, Client>, listed: readonly Client[], search: (query: string, limit: number) => Client[]): ClientDirectory {
  return {
    all: listed,
    byId,
    nameOf: (clientId) => {
      const client = byId.get(clientId);
      return client ? readableName(client) : undefined;
    },
    search: (query, limit = 200) => search(query, limit),
  };
}

/** The records of the ids a search index found, in its order. */
export function recordsOf(ids: readonly string[], byId: ReadonlyMap<string, Client>): Client[] {
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The ids a committed write changed, or 'all' when Dexie recorded a range rather than keys. */
export function changedKeys(tree: IntervalTree): string[] | 'all' {
  const keys: string[] = [];
  const walk = (node: IntervalTreeNode | null | undefined): boolean => {
    if (!node || !('from' in node)) return true;
    if (typeof node.from !== 'string' || node.from !== node.to) return false;
    keys.push(node.from);
    return walk(node.l) && walk(node.r);
  };
  return walk(tree as IntervalTreeNode) ? keys : 'all';
}

/** Names, phone and reference folded once per client, for searching while the index is still being built. */
function scanText(client: Client): string {
  return `${foldForSearch(`${client.name} ${client.nameLatin ?? ''}`)} ${client.ref.toLowerCase()} ${client.phone ? phoneDigits(client.phone) : ''}`;
}

export class ClientDirectoryStore {
  private byId = new Map<string, Client>();
  private listed: Client[] = [];
  private index = new ClientSearchIndex();
  private indexReady = false;
  /** Clients changed while the index was being built: applied to it once it is. */
  private pendingForIndex = new Set<string>();
  private snapshot: ClientDirectory | undefined;
  private readonly listeners = new Set<() => void>();
  /** Bumped by every full load, so a slower earlier load never overwrites a later one. */
  private generation = 0;
  /**
   * Clients written while a full load is reading (it reads in steps, over seconds on a large
   * forum, and may have passed them already): read again once it has published.
   */
  private writtenDuringLoad: Set<string> | undefined;
  private readonly onMutated = (parts: Record<string, IntervalTree>) => {
    const tree = parts[`idb://${this.source.databaseName()}/clients/`];
    if (!tree) return;
    const keys = changedKeys(tree);
    if (keys === 'all') return void this.load();
    if (this.writtenDuringLoad) for (const id of keys) this.writtenDuringLoad.add(id);
    void this.apply(keys);
  };

  constructor(private readonly source: DirectorySource) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) {
      Dexie.on('storagemutated', this.onMutated);
      this.loadWhenIdle();
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        // Nobody shows the directory any more (the app locked): no name stays in memory.
        Dexie.on('storagemutated').unsubscribe(this.onMutated);
        this.generation += 1;
        this.writtenDuringLoad = undefined;
        this.snapshot = undefined;
        this.byId = new Map();
        this.listed = [];
        this.index = new ClientSearchIndex();
        this.indexReady = false;
        this.pendingForIndex.clear();
      }
    };
  };

  /**
   * The first read starts at once, but its work on the page waits until the page is idle
   * (a second at most): right after sign-in the first screen's own few reads and its paint
   * go first, rather than queue behind 20,000 clients. Screens say they are loading
   * meanwhile, as they do while the directory reads.
   */
  private loadWhenIdle(): void {
    const idle = new Promise<void>((resolve) => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 1000 });
      else setTimeout(resolve, 0);
    });
    void this.load(idle).catch(() => undefined);
  }

  /** undefined until the clients have been read. */
  getSnapshot = (): ClientDirectory | undefined => this.snapshot;

  /** Resolves once the search index holds everyone (searches before then scan the list). */
  async load(pageReady?: Promise<void>): Promise<void> {
    const generation = ++this.generation;
    const written = new Set<string>();
    this.writtenDuringLoad = written;
    // For the benchmark (npm run bench:browser): where the unlock's time goes.
    performance.mark('signpost:client-directory-reading');
    const all = await this.source.readAll(pageReady);
    if (generation !== this.generation) return;
    performance.mark('signpost:client-directory-read');
    this.writtenDuringLoad = undefined;
    this.byId = new Map(all.map((client) => [client.id, client]));
    this.listed = all.filter(isListed).sort(byRef);
    this.indexReady = false;
    this.pendingForIndex.clear();
    this.publish();
    if (written.size > 0) void this.apply([...written]);
    const index = new ClientSearchIndex();
    await index.replaceAllAsync(this.listed, 500, yieldToPage, (client) => this.source.knownSearchText?.(client));
    if (generation !== this.generation) return;
    this.index = index;
    this.indexReady = true;
    // For the benchmark (npm run bench:browser): unlock to a searchable directory.
    performance.mark('signpost:client-directory-indexed');
    for (const id of this.pendingForIndex) this.indexOne(id);
    this.pendingForIndex.clear();
  }

  /** Re-reads the clients with these ids and puts each in place (or takes it out). */
  async apply(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const generation = this.generation;
    const found = new Map((await this.source.readSome(ids)).map((client) => [client.id, client]));
    if (generation !== this.generation || !this.snapshot) return;
    const changed = new Set(ids);
    const listed = this.listed.filter((client) => !changed.has(client.id));
    for (const id of changed) {
      const client = found.get(id);
      if (client) this.byId.set(id, client);
      else this.byId.delete(id);
      if (client && isListed(client)) listed.splice(insertionPoint(listed, client), 0, client);
      if (this.indexReady) this.indexOne(id);
      else this.pendingForIndex.add(id);
    }
    this.listed = listed;
    this.publish();
  }

  private indexOne(id: string): void {
    const client = this.byId.get(id);
    if (client && isListed(client)) this.index.upsert(client);
    else this.index.remove(id);
  }

  private publish(): void {
    const { byId, listed } = this;
    let folded: string[] | undefined;
    this.snapshot = directoryOf(byId, listed, (query, limit) => {
      if (this.indexReady) return recordsOf(this.index.search(query, limit), byId);
      // Until the index is built: a plain scan, so the first search never waits for it.
      const wanted = foldForSearch(query.trim());
      if (!wanted) return [];
      folded ??= listed.map(scanText);
      return listed.filter((_, i) => folded![i]!.includes(wanted)).slice(0, limit);
    });
    for (const listener of this.listeners) listener();
  }
}

/** Where a client goes in a list kept in reference order (binary search). */
function insertionPoint(list: readonly Client[], client: Client): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (byRef(list[middle]!, client) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
