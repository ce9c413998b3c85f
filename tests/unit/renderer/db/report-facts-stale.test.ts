// @vitest-environment node
/**
 * Every write to the records a report reads marks their facts stale in its own transaction
 * (db/report-facts-stale.ts), whichever command makes it: the months of a record as it was
 * and as written, a client's bucket, and for a write too large to name (a demo load or
 * removal, a table cleared) every row of the table, with a new generation. A merge, a
 * mistaken record deleted and the demo's removal leave no sealed facts of the people they
 * remove.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clients, deleteMistakenClient, loadDemoData, mergeClients, removeDemoData } from '../../../../renderer/data';
import { decoderFor } from '../../../../renderer/data/report-input/decode-records';
import { readReportInput } from '../../../../renderer/data/report-input/read-report-input';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import { clientBucketOf, clientFactsKey, generationKey, monthFactsKey } from '../../../../renderer/db/report-facts-keys';
import { fixedClock, setClock } from '../../../../renderer/platform/clock';
import { lock } from '../../../../renderer/security/vault';
import { setUpTestForum } from '../../support/set-up-forum';
import { validClient } from '../data/fresh-database';

const TODAY = '2026-11-24';
const YEAR = { from: '2025-12', to: '2026-11' };
let database: SignpostDatabase;
let restoreClock: () => void;

beforeEach(async () => {
  restoreClock = setClock(fixedClock(`${TODAY}T09:00:00Z`));
  database = await setUpTestForum('signpost-facts-stale-test');
  await loadDemoData(undefined, TODAY);
});
afterEach(() => {
  lock();
  restoreClock();
});

const warm = () => readReportInput(database, { period: YEAR, role: 'committee' }, decoderFor(undefined));
const sealedKeys = async () => (await database.reportFacts.toArray()).filter((row) => row.sealed !== undefined).map((row) => row.key);

describe('facts made stale by writes', () => {
  it('a demo load replaces the generation; its removal leaves sealed only the facts of months that held none of it', async () => {
    expect(await database.reportFacts.get(generationKey('appointments'))).toBeDefined();
    await warm();
    expect((await sealedKeys()).length).toBeGreaterThan(10);
    const held = new Set<string>();
    for (const table of ['appointments', 'adviceEntries', 'referrals'] as const) {
      for (const record of await database.table(table).toArray()) held.add(monthFactsKey(table, (record as { date: string }).date.slice(0, 7)));
    }
    await removeDemoData();
    const left = await sealedKeys();
    expect(left.filter((key) => held.has(key) || key.startsWith('clients/'))).toEqual([]);
  });

  it('a merge and a mistaken record deleted make stale the months and buckets of the people they remove', async () => {
    const input = await warm();
    const [kept, merged] = input.clients.slice(0, 2).map((c) => c.id);
    const mergedMonths = (await database.appointments.where('[clientId+date]').between([merged!], [merged!, []]).toArray()).map((a) => a.date.slice(0, 7));
    expect(mergedMonths.length).toBeGreaterThan(0);
    await mergeClients(kept!, merged!, {});
    const sealed = await sealedKeys();
    for (const month of mergedMonths) expect(sealed).not.toContain(monthFactsKey('appointments', month));
    expect(sealed).not.toContain(clientFactsKey(clientBucketOf(merged!)));

    await warm();
    const mistaken = await clients.create(validClient('Mistaken Entry'));
    await warm();
    await deleteMistakenClient(mistaken.id);
    expect(await sealedKeys()).not.toContain(clientFactsKey(clientBucketOf(mistaken.id)));
  });

  it('a table cleared leaves none of its facts, and a new generation', async () => {
    await warm();
    const before = await database.reportFacts.get(generationKey('referrals'));
    await database.referrals.clear();
    expect((await sealedKeys()).some((key) => key.startsWith('month/referrals/'))).toBe(false);
    expect((await database.reportFacts.get(generationKey('referrals')))?.revision).not.toBe(before?.revision);
  });
});
