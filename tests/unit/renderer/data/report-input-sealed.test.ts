// @vitest-environment node
/**
 * The report's reader on records sealed as the app stores them. It leaves shut what the
 * report never counts (every referral's sealed part, a cancelled appointment's), reads
 * referrals for the period only, and opens only the client records of people the report
 * may describe or who are restricted. The report must be the one a read that opened
 * everything gives, damaged records included: a sealed part that cannot be opened, a
 * damaged readable field (a referral's status: not counted, and said; fields the report
 * reads and ones it never reads), and a restricted person named only by a referral.
 */
import { describe, expect, it } from 'vitest';
import { decoderFor } from '../../../../renderer/data/report-input/decode-records';
import { readReportInput } from '../../../../renderer/data/report-input/read-report-input';
import { openAll, sealBatch, SEALED } from '../../../../renderer/data/personal-fields';
import { readAllLeniently } from '../../../../renderer/data/read-leniently';
import type { SignpostDatabase, TableName } from '../../../../renderer/db/database';
import { generateForum } from '../../../../shared/demo/generate';
import { ATTENDED } from '../../../../shared/report/first-contact';
import { buildReport, type ReportInput } from '../../../../shared/report/build-report';
import { periodDates, previousPeriod, type ReportPeriod } from '../../../../shared/report/period';
import { unreadableReferralFacts } from '../../../../shared/report/report-facts';
import { AdviceEntry, Appointment, Client, Referral, REFERRAL_STATUSES, Service, Shift, Volunteer } from '../../../../shared/schemas';
import type { z } from 'zod';
import { reportOptions } from '../../../fixtures/stored-forum';
import { freshDatabase } from './fresh-database';

const generated = generateForum({ seed: 11, scale: 'demo', today: '2026-11-24' });
const period: ReportPeriod = { from: '2026-09', to: '2026-11' };
const { fromDate, toDate } = periodDates(period);
const previousFrom = periodDates(previousPeriod(period)).fromDate;
const inPeriod = (date: string) => date >= fromDate && date <= toDate;

/**
 * Someone named in the period by a referral only (no attended appointment, no advice entry
 * then), so the report needs their record for nothing but whether they are restricted:
 * a referral's person, with their attended appointments and advice of the period left out.
 */
const restricted = generated.referrals.find((r) => inPeriod(r.date) && r.status === 'accepted')!.clientId;
const forum = {
  ...generated,
  appointments: generated.appointments.filter((a) => !(a.clientId === restricted && inPeriod(a.date) && ATTENDED.has(a.status))),
  adviceEntries: generated.adviceEntries.filter((e) => !(e.clientId === restricted && inPeriod(e.date))),
};

/** Base64 that is not a sealed value any key opens. */
const UNOPENABLE = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

/** Seals every record as the app does, then damages a few and stores them all. */
async function storeSealed(database: SignpostDatabase): Promise<void> {
  // Clients the report describes (seen in the period), damaged before sealing: in a rule
  // across two fields it reads (an arrival year before the birth year), in a field it reads
  // (a nationality no country has), and in one it never reads (the reference number).
  const seen = [...new Set(forum.appointments.filter((a) => inPeriod(a.date) && ATTENDED.has(a.status)).map((a) => a.clientId))];
  const bornKnown = forum.clients.find((c) => seen.includes(c.id) && c.birthYear !== undefined && c.id !== restricted)!;
  const [nationalityDamaged, refDamaged] = seen.filter((id) => id !== restricted && id !== bornKnown.id);
  type StoredClient = (typeof forum.clients)[number];
  const damagedClient = (c: StoredClient): StoredClient => {
    if (c.id === bornKnown.id) return { ...c, arrivalYear: c.birthYear! - 1 };
    if (c.id === nationalityDamaged) return { ...c, nationality: 'Atlantis' };
    if (c.id === refDamaged) return { ...c, ref: 'broken' };
    return c;
  };
  const clients = forum.clients.map((c) => (c.id === restricted ? { ...c, restriction: { since: '2026-10-01', reason: 'person-asked' as const, recordedBy: 'Claire' } } : damagedClient(c)));
  const sealed = async <T extends object>(table: TableName, records: readonly T[]): Promise<T[]> => {
    const batch = await sealBatch(table, records);
    await database.dataKeys.bulkPut(batch.newKeys);
    return batch.records;
  };
  const stored = {
    clients: await sealed('clients', clients),
    appointments: await sealed('appointments', forum.appointments),
    adviceEntries: await sealed('adviceEntries', forum.adviceEntries),
    referrals: await sealed('referrals', forum.referrals),
    volunteers: await sealed('volunteers', forum.volunteers),
  };
  const damage = <T extends object>(records: T[], pick: (r: T) => boolean, change: (r: Record<string, unknown>) => void): void => {
    const record = records.find(pick);
    if (!record) throw new Error('Nothing to damage.');
    change(record as Record<string, unknown>);
  };
  const referralIn = (r: { date: string; status: string }) => inPeriod(r.date) && r.status === 'sent';
  // A referral whose sealed part no key opens, and one whose status is damaged.
  damage(stored.referrals, referralIn, (r) => (r[SEALED] = UNOPENABLE));
  damage(stored.referrals, (r) => referralIn(r) && r[SEALED as never] !== UNOPENABLE, (r) => (r.status = 'Sent!'));
  // A cancelled appointment and an attended one whose sealed parts no key opens.
  damage(stored.appointments, (a) => inPeriod(a.date) && a.status === 'cancelled', (a) => (a[SEALED] = UNOPENABLE));
  damage(stored.appointments, (a) => inPeriod(a.date) && a.status === 'seen', (a) => (a[SEALED] = UNOPENABLE));
  // Damaged readable fields: ones the report never reads (a seen appointment's slot time,
  // an advice entry's follow-up date), which must change nothing it counts, and one it does
  // read (an advice entry's minutes), which it counts as a record checked in full would.
  damage(stored.appointments, (a) => inPeriod(a.date) && a.status === 'seen' && a.slotTime !== undefined, (a) => (a.slotTime = 'noon'));
  damage(stored.adviceEntries, (e) => inPeriod(e.date), (e) => (e.followUpDate = 'soon'));
  damage(stored.adviceEntries, (e) => inPeriod(e.date) && e.followUpDate !== 'soon', (e) => (e.minutes = 'lots'));
  await database.transaction('rw', database.tables, async () => {
    await database.clients.bulkPut(stored.clients);
    await database.clinics.bulkPut(forum.clinics);
    await database.sessions.bulkPut(forum.sessions);
    await database.appointments.bulkPut(stored.appointments);
    await database.adviceEntries.bulkPut(stored.adviceEntries);
    await database.services.bulkPut(forum.services);
    await database.referrals.bulkPut(stored.referrals);
    await database.volunteers.bulkPut(stored.volunteers);
    await database.shifts.bulkPut(forum.shifts);
  });
}

/** Every record the report could use, each one opened and checked in full: what the reader replaces. */
async function openedEverything(database: SignpostDatabase): Promise<ReportInput> {
  const read = async <S extends z.ZodType>(table: TableName, schema: S, stored: object[]) => readAllLeniently(table, schema, await openAll(table, stored));
  const clients = await read('clients', Client, await database.clients.toArray());
  const restricted = new Set(clients.filter((c) => c.restriction !== undefined).map((c) => c.id));
  const counted = (r: { clientId: string }) => !restricted.has(r.clientId);
  const storedReferrals = await database.referrals.toArray();
  const damagedStatus = new Set(storedReferrals.filter((r) => !(REFERRAL_STATUSES as readonly unknown[]).includes(r.status)).map((r) => r.id));
  const known = (r: { id: string }) => !damagedStatus.has(r.id);
  const referrals = await read('referrals', Referral, storedReferrals);
  return {
    clients: clients.filter((c) => !restricted.has(c.id)),
    appointments: (await read('appointments', Appointment, await database.appointments.where('date').belowOrEqual(toDate).toArray())).filter(counted),
    adviceEntries: (await read('adviceEntries', AdviceEntry, await database.adviceEntries.where('date').belowOrEqual(toDate).toArray())).filter(counted),
    // A referral whose stored status is none the app knows is not counted: the report says how many.
    referrals: referrals.filter((r) => known(r) && counted(r) && r.date >= previousFrom && r.date <= toDate),
    unreadableReferrals: referrals.filter((r) => !known(r) && counted(r)).map(unreadableReferralFacts),
    services: await read('services', Service, await database.services.toArray()),
    volunteers: await read('volunteers', Volunteer, await database.volunteers.toArray()),
    shifts: await read('shifts', Shift, await database.shifts.where('date').between(previousFrom, toDate, true, true).toArray()),
    firstContacts: new Map((await database.firstContacts.toArray()).map((row) => [row.clientId, row.date])),
  };
}

describe('the report read from sealed records', () => {
  it('leaves shut what it never counts and gives the report of a read that opened everything, damaged records and restrictions included', async () => {
    const database = freshDatabase();
    await storeSealed(database);
    const decoder = decoderFor(undefined);
    const input = await readReportInput(database, { period, role: 'committee' }, decoder);
    const everything = await openedEverything(database);
    for (const clinicId of [undefined, ...forum.clinics.map((c) => c.id)]) {
      const options = reportOptions(period, { threshold: 5, rounding: 1 }, clinicId);
      expect(buildReport(input, options), clinicId ?? 'all clinics').toEqual(buildReport(everything, options));
    }
    // The restricted person's referral stays out, though their record was never needed otherwise.
    expect(forum.referrals.some((r) => r.clientId === restricted && inPeriod(r.date))).toBe(true);
    expect(input.referrals.some((r) => r.clientId === restricted)).toBe(false);
    // Every referral and the cancelled appointments were checked without being decrypted.
    const cost = decoder.cost();
    const referralsInPeriod = forum.referrals.filter((r) => inPeriod(r.date)).length;
    const cancelledInPeriod = forum.appointments.filter((a) => inPeriod(a.date) && a.status === 'cancelled').length;
    // (The referral whose status is damaged is read from between the statuses' ranges of the [status+date] index.)
    expect(cost.leftShut).toBe(referralsInPeriod + cancelledInPeriod);
    expect(buildReport(input, reportOptions(period, { threshold: 5, rounding: 1 })).unreadable).toEqual({ referrals: 1 });
    // Client records opened: only those of people the report may describe, and the restricted.
    expect(input.clients.length).toBeLessThan(new Set([...input.appointments, ...input.adviceEntries, ...input.referrals].map((r) => r.clientId)).size);
  });
});
