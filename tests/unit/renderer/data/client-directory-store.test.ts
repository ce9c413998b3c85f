// @vitest-environment node
/**
 * The directory reads everyone once, then only the clients a write touched: a registration,
 * an edit or an erasure changes one entry in the list, the lookup and the search, without
 * reading the other clients again.
 */
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clients, restrictClient } from '../../../../renderer/data';
import { buildClientDirectory } from '../../../../renderer/data/client-directory';
import { ClientDirectoryStore, type ClientDirectory } from '../../../../renderer/data/client-directory-store';
import { everyClientInSteps } from '../../../../renderer/data/repositories/clients';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import { PATIENT_WAIT_MS } from '../../support/patient-wait-ms';
import { freshDatabase, validClient } from './fresh-database';

let database: SignpostDatabase;
let store: ClientDirectoryStore;
let stop: () => void;
const readAll = vi.fn(() => clients.list());
const readSome = vi.fn((ids: readonly string[]) => clients.withIds(ids));

/** The directory once `check` holds of it (writes reach it after they commit). */
async function directoryWhen(check: (directory: ClientDirectory) => boolean): Promise<ClientDirectory> {
  await vi.waitFor(() => {
    const directory = store.getSnapshot();
    if (!directory || !check(directory)) throw new Error('not yet');
  }, PATIENT_WAIT_MS);
  return store.getSnapshot()!;
}

beforeEach(async () => {
  database = freshDatabase();
  await clients.create(validClient('Amina Yusuf'));
  await clients.create(validClient('Bilal Haddad'));
  readAll.mockClear();
  readSome.mockClear();
  store = new ClientDirectoryStore({ databaseName: () => database.name, readAll, readSome });
  stop = store.subscribe(() => {});
});

afterEach(() => stop());

describe('the client directory', () => {
  it('reads everyone once, then adds, updates and removes one client per write without reading the rest', async () => {
    let directory = await directoryWhen((d) => d.all.length === 2);
    const amina = directory.all[0]!;
    expect(directory.search('amina').map((c) => c.id)).toEqual([amina.id]);

    const carla = await clients.create(validClient('Carla Mendes'));
    directory = await directoryWhen((d) => d.all.length === 3);
    expect(directory.all.map((c) => c.ref)).toEqual(['C-00001', 'C-00002', 'C-00003']);
    expect(directory.nameOf(carla.id)).toBe('Carla Mendes');
    await vi.waitFor(() => expect(store.getSnapshot()!.search('carla').map((c) => c.id)).toEqual([carla.id]), PATIENT_WAIT_MS);

    await clients.update(amina.id, { ...validClient('Amina Warsame') });
    directory = await directoryWhen((d) => d.nameOf(amina.id) === 'Amina Warsame');
    expect(directory.search('yusuf')).toEqual([]);
    expect(directory.search('warsame').map((c) => c.id)).toEqual([amina.id]);

    await clients.remove(carla.id);
    directory = await directoryWhen((d) => d.all.length === 2);
    expect(directory.byId.has(carla.id)).toBe(false);
    expect(directory.search('carla')).toEqual([]);

    expect(readAll).toHaveBeenCalledTimes(1);
    expect(readSome.mock.calls.map(([ids]) => ids)).toEqual([[carla.id], [amina.id], [carla.id]]);
  });

  it('takes a restricted client out of the list and search but still answers by id', async () => {
    const directory = await directoryWhen((d) => d.all.length === 2);
    const bilal = directory.all[1]!;
    await restrictClient(bilal.id, '2026-11-20', 'Claire');
    const after = await directoryWhen((d) => d.all.length === 1);
    expect(after.nameOf(bilal.id)).toBe('Bilal Haddad');
    expect(after.search('bilal')).toEqual([]);
  });

  it('reloads everyone after a write Dexie records as a range (a clear, a restore)', async () => {
    await directoryWhen((d) => d.all.length === 2);
    await database.transaction('rw', database.clients, () => database.clients.clear());
    await directoryWhen((d) => d.all.length === 0);
    expect(readAll).toHaveBeenCalledTimes(2);
  });

  it('answers as a directory built at once from the same clients does (the benchmark’s and a check’s)', async () => {
    const kept = await directoryWhen((d) => d.all.length === 2);
    await restrictClient(kept.all[1]!.id, '2026-11-20', 'Claire');
    const live = await directoryWhen((d) => d.all.length === 1);
    const built = buildClientDirectory(await clients.list());
    expect(built.all.map((c) => c.id)).toEqual(live.all.map((c) => c.id));
    expect([...built.byId.keys()].sort()).toEqual([...live.byId.keys()].sort());
    for (const id of live.byId.keys()) expect(built.nameOf(id)).toBe(live.nameOf(id));
    expect(built.nameOf('no-such-client')).toBeUndefined();
    for (const query of ['amina', 'bilal', 'C-00001', 'haddad']) expect(built.search(query).map((c) => c.id)).toEqual(live.search(query).map((c) => c.id));
  });

  it('keeps a client written while it was still reading everyone (it reads in steps, over seconds on a large forum)', async () => {
    stop();
    let written: string | undefined;
    const slowRead = vi.fn(async () => {
      const all = await clients.list();
      // Registered after this read passed, and heard of before the directory published what it read.
      const heard = new Promise<void>((resolve) => {
        const once = () => {
          Dexie.on('storagemutated').unsubscribe(once);
          resolve();
        };
        Dexie.on('storagemutated', once);
      });
      written = (await clients.create(validClient('Carla Mendes'))).id;
      await heard;
      // ... and read again by the directory, before it had anything to put it in.
      await readSome.mock.results.at(-1)?.value;
      await new Promise((resolve) => setTimeout(resolve, 0));
      return all;
    });
    store = new ClientDirectoryStore({ databaseName: () => database.name, readAll: slowRead, readSome });
    stop = store.subscribe(() => {});
    const directory = await directoryWhen((d) => d.all.length === 3);
    expect(directory.nameOf(written!)).toBe('Carla Mendes');
    expect(slowRead).toHaveBeenCalledTimes(1);
  });

  it('reads everyone a step at a time, in order of id, each record opened', async () => {
    for (const name of ['Carla Mendes', 'Dawit Bekele', 'Esra Kaya']) await clients.create(validClient(name));
    const read = await everyClientInSteps(2);
    const ids = read.map((client) => client.id);
    expect(ids).toEqual([...ids].sort());
    expect(read.map((client) => client.name).sort()).toEqual(['Amina Yusuf', 'Bilal Haddad', 'Carla Mendes', 'Dawit Bekele', 'Esra Kaya']);
  });
});
