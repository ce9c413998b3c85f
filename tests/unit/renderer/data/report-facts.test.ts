// @vitest-environment node
/**
 * The report's sealed facts: a report built from them is byte for byte the report built
 * from the records, for years, quarters, months and one clinic; and no report is ever built
 * from stale facts: after an appointment's status changes, an advice entry moves to another
 * month, one is added, a referral is deleted, a client's nationality changes, a person is
 * restricted or erased, the report rebuilt from the facts still equals one read from the
 * records alone, and only the facts those writes touched were worked out again. An erased
 * person's facts leave the table in the erasure's transaction, and their stale bytes open
 * with nothing the forum holds once the erasure key is replaced; every other fact is moved
 * under the new key, so the next report works out only what the erasure touched.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clients, eraseClient, loadDemoData, logAdvice, restrictClient } from '../../../../renderer/data';
import { decoderFor } from '../../../../renderer/data/report-input/decode-records';
import { factsKeysFor, readReportInput, type FactsUse } from '../../../../renderer/data/report-input/read-report-input';
import { beginFacts } from '../../../../renderer/data/report-input/report-facts-store';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import { clientBucketOf, clientFactsKey, monthFactsKey } from '../../../../renderer/db/report-facts-keys';
import { fixedClock, setClock } from '../../../../renderer/platform/clock';
import { openBytes } from '../../../../renderer/security/crypto';
import { currentErasureKey, heldErasureKeys } from '../../../../renderer/security/key-ring';
import { lock } from '../../../../renderer/security/vault';
import { generateForum } from '../../../../shared/demo/generate';
import { buildReport } from '../../../../shared/report/build-report';
import type { ReportPeriod } from '../../../../shared/report/period';
import type { ReportFactsRow } from '../../../../shared/security/vault-records';
import { setUpTestForum } from '../../support/set-up-forum';
import { reportOptions } from '../../../fixtures/stored-forum';

const TODAY = '2026-11-24';
const YEAR: ReportPeriod = { from: '2025-12', to: '2026-11' };
const PERIODS: ReportPeriod[] = [YEAR, { from: '2026-09', to: '2026-11' }, { from: '2026-10', to: '2026-10' }, { from: '2026-11', to: '2026-11' }];
let database: SignpostDatabase;
let restoreClock: () => void;
let clinicId: string;

beforeAll(() => {
  clinicId = generateForum({ seed: 1, scale: 'demo', today: TODAY }).clinics[0]!.id;
});

beforeEach(async () => {
  restoreClock = setClock(fixedClock(`${TODAY}T09:00:00Z`));
  database = await setUpTestForum('signpost-facts-test');
  // The demo forum, stored sealed through the app's own loader.
  await loadDemoData(undefined, TODAY);
  clinicId = (await database.clinics.toArray())[0]!.id;
});
afterEach(() => {
  lock();
  restoreClock();
});

// The lowest rules, so that as many numbers as possible are published and compared.
const optionsFor = (period: ReportPeriod, clinic?: string) => reportOptions(period, { threshold: 5, rounding: 1 }, clinic);

/** The report as built from the facts (storing those that were missing), with what the facts did. */
async function fromFacts(period: ReportPeriod, clinic?: string): Promise<{ report: string; use: FactsUse }> {
  let use: FactsUse = { used: 0, stored: 0 };
  const input = await readReportInput(database, { period, role: 'committee', ...(clinic ? { clinicId: clinic } : {}) }, decoderFor(undefined), undefined, (u) => (use = u));
  return { report: JSON.stringify(buildReport(input, optionsFor(period, clinic))), use };
}

/** The report read from the records alone, as if no facts were kept. */
async function fromRecords(period: ReportPeriod, clinic?: string): Promise<string> {
  const input = await readReportInput(database, { period, role: 'committee', from: 'records', ...(clinic ? { clinicId: clinic } : {}) }, decoderFor(undefined));
  return JSON.stringify(buildReport(input, optionsFor(period, clinic)));
}

async function factsRow(key: string): Promise<ReportFactsRow | undefined> {
  return database.reportFacts.get(key);
}

describe('the report built from its sealed facts', () => {
  it('is byte for byte the report read from the records, for a year, a quarter, months and one clinic', async () => {
    for (const period of PERIODS) {
      for (const clinic of [undefined, clinicId]) {
        const first = await fromFacts(period, clinic);
        const second = await fromFacts(period, clinic);
        const records = await fromRecords(period, clinic);
        expect(first.report, `${period.from}–${period.to} ${clinic ?? 'all clinics'}, facts worked out`).toBe(records);
        expect(second.report, `${period.from}–${period.to} ${clinic ?? 'all clinics'}, facts used`).toBe(records);
        // The second build used facts for everything and had nothing left to work out.
        expect(second.use.used).toBeGreaterThan(0);
        expect(second.use.stored).toBe(0);
      }
    }
    const year = await fromFacts(YEAR);
    // 12 months of appointments and referrals, 24 of advice, and client buckets.
    expect(year.use.used).toBeGreaterThan(48);
  });

  it('stores each month sealed: nothing of a record is readable in the row', async () => {
    await fromFacts(YEAR);
    const row = await factsRow(monthFactsKey('adviceEntries', '2026-10'));
    expect(row?.sealed).toBeInstanceOf(Uint8Array);
    const someone = (await database.adviceEntries.where('date').between('2026-10-01', '2026-10-31').first())!;
    const text = new TextDecoder('latin1').decode(row!.sealed!);
    expect(text.includes(someone.id)).toBe(false);
    expect(text.includes(someone.clientId)).toBe(false);
  });

  it('never builds from stale facts: records changed, moved, added and deleted in cached months', async () => {
    await fromFacts(YEAR);
    // (The demo forum's records are from September to November.) A status changed, an
    // advice entry moved from October to September, one added in August, a referral deleted.
    const appointment = (await database.appointments.where('date').between('2026-09-01', '2026-09-31').filter((a) => a.status === 'seen').first())!;
    await database.appointments.update(appointment.id, { status: 'did-not-attend' });
    const moved = (await database.adviceEntries.where('date').between('2026-10-01', '2026-10-31').first())!;
    await database.adviceEntries.update(moved.id, { date: '2026-09-12' });
    await logAdvice({ clientId: moved.clientId, date: '2026-08-05', adviserName: 'Aisha', categories: ['housing'], outcome: 'advice-given', minutes: 45 }, TODAY);
    const referral = (await database.referrals.filter((r) => r.date.startsWith('2026-10') && r.status !== 'draft').first())!;
    await database.referrals.delete(referral.id);

    for (const key of [
      monthFactsKey('appointments', '2026-09'),
      monthFactsKey('adviceEntries', '2026-10'),
      monthFactsKey('adviceEntries', '2026-09'),
      monthFactsKey('adviceEntries', '2026-08'),
      monthFactsKey('referrals', '2026-10'),
    ]) {
      expect((await factsRow(key))?.sealed, key).toBeUndefined();
    }
    // Untouched months keep their facts.
    expect((await factsRow(monthFactsKey('appointments', '2026-10')))?.sealed).toBeInstanceOf(Uint8Array);
    expect((await factsRow(monthFactsKey('adviceEntries', '2026-11')))?.sealed).toBeInstanceOf(Uint8Array);

    const rebuilt = await fromFacts(YEAR);
    expect(rebuilt.report).toBe(await fromRecords(YEAR));
    // Only what was written was worked out again: five months (and a client bucket or two).
    expect(rebuilt.use.stored).toBeGreaterThanOrEqual(5);
    expect(rebuilt.use.stored).toBeLessThan(12);
    expect((await fromFacts(YEAR)).use.stored).toBe(0);
  });

  it('never builds from stale facts: a client\'s nationality changed, a person restricted', async () => {
    const before = await fromFacts(YEAR);
    const input = await readReportInput(database, { period: YEAR, role: 'committee' }, decoderFor(undefined));
    const [changed, restricted] = input.clients.slice(0, 2).map((c) => c.id);
    const stored = (await clients.get(changed!))!;
    const { id: _id, ref: _ref, createdAt: _c, updatedAt: _u, ...fields } = stored as typeof stored & { createdAt?: string; updatedAt?: string };
    await clients.update(changed!, { ...fields, nationality: stored.nationality === 'IS' ? 'FJ' : 'IS' });
    expect((await factsRow(clientFactsKey(clientBucketOf(changed!))))?.sealed).toBeUndefined();
    const afterEdit = await fromFacts(YEAR);
    expect(afterEdit.report).toBe(await fromRecords(YEAR));
    expect(afterEdit.report).not.toBe(before.report);

    await restrictClient(restricted!, '2026-11-20', 'Claire');
    const afterRestriction = await fromFacts(YEAR);
    expect(afterRestriction.report).toBe(await fromRecords(YEAR));
    const read = await readReportInput(database, { period: YEAR, role: 'committee' }, decoderFor(undefined));
    expect([...read.appointments, ...read.adviceEntries, ...read.referrals].some((r) => r.clientId === restricted)).toBe(false);
    expect(read.clients.some((c) => c.id === restricted)).toBe(false);
  });

  it('an erased person\'s facts go in the erasure\'s transaction, and their stale bytes open with nothing held', async () => {
    await fromFacts(YEAR);
    const input = await readReportInput(database, { period: YEAR, role: 'committee' }, decoderFor(undefined));
    const erased = input.adviceEntries.find((e) => e.date >= '2026-01-01')!;
    const month = erased.date.slice(0, 7);
    const staleCopy = (await factsRow(monthFactsKey('adviceEntries', month)))!;
    const staleBucket = (await factsRow(clientFactsKey(clientBucketOf(erased.clientId))))!;
    expect(staleCopy.sealed).toBeInstanceOf(Uint8Array);
    expect(staleBucket.sealed).toBeInstanceOf(Uint8Array);

    await eraseClient(erased.clientId);
    expect((await factsRow(monthFactsKey('adviceEntries', month)))?.sealed).toBeUndefined();
    expect((await factsRow(clientFactsKey(clientBucketOf(erased.clientId))))?.sealed).toBeUndefined();
    // What a disk might still hold: sealed under the erasure key the erasure replaced.
    for (const copy of [staleCopy, staleBucket]) {
      for (const key of heldErasureKeys().values()) await expect(openBytes(key, copy.sealed!)).rejects.toThrow();
    }
    const rebuilt = await fromFacts(YEAR);
    expect(rebuilt.report).toBe(await fromRecords(YEAR));
  });

  it('after an erasure, every fact it did not touch is moved under the new erasure key, and the next report uses them', async () => {
    await fromFacts(YEAR);
    const input = await readReportInput(database, { period: YEAR, role: 'committee' }, decoderFor(undefined));
    const erased = input.adviceEntries.find((e) => e.date >= '2026-01-01')!;
    const before = currentErasureKey().id;
    const sealed = async () => {
      const rows = await database.reportFacts.bulkGet(factsKeysFor(YEAR));
      return rows.filter((row) => row?.sealed !== undefined) as ReportFactsRow[];
    };
    const sealedBefore = await sealed();
    expect(sealedBefore.every((row) => row.erasureKeyId === before)).toBe(true);

    await eraseClient(erased.clientId);
    expect(currentErasureKey().id).not.toBe(before);
    const sealedAfter = await sealed();
    const touched = sealedBefore.length - sealedAfter.length;
    // The erased person's months and group of clients lost their sealed value; no other row did.
    expect(touched).toBeGreaterThanOrEqual(5);
    expect(sealedAfter.length).toBeGreaterThan(sealedBefore.length / 2);
    // Every row still sealed is sealed under the erasure key now current, none under the one destroyed.
    expect(sealedAfter.every((row) => row.erasureKeyId === currentErasureKey().id)).toBe(true);
    const next = await fromFacts(YEAR);
    expect(next.report).toBe(await fromRecords(YEAR));
    // Every row moved is used as it is; only what the erasure touched is worked out again.
    expect(next.use.used).toBe(sealedAfter.length);
    expect(next.use.stored).toBeGreaterThan(0);
    expect(next.use.stored).toBeLessThanOrEqual(touched);
  });

  it('does not store facts worked out from records a write changed meanwhile', async () => {
    const key = monthFactsKey('appointments', '2026-10');
    const facts = await beginFacts(database, [key]);
    // Between the report's first read and its storing, a volunteer changes an October appointment.
    const appointment = (await database.appointments.where('date').between('2026-10-01', '2026-10-31').first())!;
    await database.appointments.update(appointment.id, { status: 'cancelled' });
    facts.keep(key, 'appointments', []);
    await facts.store();
    expect((await factsRow(key))?.sealed).toBeUndefined();
    expect(facts.counts().stored).toBe(0);
  });
});
