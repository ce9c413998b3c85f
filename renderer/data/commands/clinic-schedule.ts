/**
 * Clinics and their sessions. Sessions are made from the clinic's recurrence rule for a
 * rolling window (today + SESSION_WINDOW_WEEKS), never on the forum's closure days;
 * saving a clinic writes the clinic and its sessions in one transaction. A changed
 * schedule replaces the future sessions that nobody is booked into and that were not
 * moved or cancelled by hand.
 */
import { missingSessions, sessionWindow } from '../../../shared/frontdesk/session-window';
import { loadBankHolidays, type BankHolidays } from '../../../shared/schedule/bank-holidays';
import { closureDays } from '../../../shared/schedule/closures';
import { Clinic, ClinicInput, Closures, Session } from '../../../shared/schemas';
import type { ClinicInput as ClinicInputType, Closures as ClosuresInput } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { bulkPutRecords, newId, nowIso, openRecord, openRecords, parseForWrite, parseInput, putRecord } from '../record-store';
import { getSettings, saveSettings } from '../repositories/settings';
import { CommandRefusedError } from '../validation-error';
import { applyClosures, closureTables, type ClosureChanges } from './closures';
import { messageCode } from '../../../shared/messages/message-code';
import { requirePermission, requireSignedIn } from '../../security/permissions';

async function stampSessions(clinic: Clinic, today: string, existing: Session[], demo: boolean, holidays: BankHolidays): Promise<Session[]> {
  const { from, to } = sessionWindow(today);
  const closed = closureDays((await getSettings()).closures, from, to, holidays);
  const at = nowIso();
  return missingSessions(clinic, existing, from, to, closed).map((draft) =>
    parseForWrite('sessions', Session, { ...draft, id: newId(), createdAt: at, updatedAt: at, ...(demo ? { demo: true } : {}) }),
  );
}

async function sessionsOfClinicFrom(clinicId: string, from: string): Promise<Session[]> {
  const stored = await db().sessions.where('[clinicId+date]').between([clinicId, from], [clinicId, '9999-12-31'], true, true).toArray();
  return await openRecords('sessions', Session, stored);
}

export async function createClinic(raw: ClinicInputType, today: string): Promise<{ clinic: Clinic; sessionsAdded: number }> {
  requirePermission('clinics.write');
  const fields = parseInput('clinics', ClinicInput, raw);
  const holidays = await loadBankHolidays(); // before the transaction: it cannot wait on a module load
  return db().transaction('rw', db().clinics, db().sessions, db().settings, async () => {
    const at = nowIso();
    const clinic = parseForWrite('clinics', Clinic, { ...fields, id: newId(), createdAt: at, updatedAt: at });
    await putRecord(db().clinics, 'clinics', clinic);
    const added = await stampSessions(clinic, today, [], false, holidays);
    await bulkPutRecords(db().sessions, 'sessions', added);
    return { clinic, sessionsAdded: added.length };
  });
}

export async function updateClinic(id: string, raw: ClinicInputType, today: string): Promise<{ clinic: Clinic; sessionsAdded: number }> {
  requirePermission('clinics.write');
  const fields = parseInput('clinics', ClinicInput, raw);
  const holidays = await loadBankHolidays();
  return db().transaction('rw', db().clinics, db().sessions, db().appointments, db().settings, async () => {
    const existing = await openRecord('clinics', Clinic, await db().clinics.get(id));
    if (!existing) throw new CommandRefusedError(messageCode('common:refusal.noLongerExists', { kind: 'clinics' }));
    const clinic = parseForWrite('clinics', Clinic, { ...existing, ...fields, updatedAt: nowIso() });
    await putRecord(db().clinics, 'clinics', clinic);

    // Future sessions untouched by hand and with nobody in them follow the new schedule.
    const future = await sessionsOfClinicFrom(id, today);
    const replaceable: Session[] = [];
    for (const session of future) {
      // A session closed for a closure day counts as untouched: the closure, not a person, closed it.
      if ((session.status !== 'scheduled' && !session.closure) || session.originalDate) continue;
      if ((await db().appointments.where('sessionId').equals(session.id).count()) === 0) replaceable.push(session);
    }
    await db().sessions.bulkDelete(replaceable.map((s) => s.id));
    const kept = future.filter((s) => !replaceable.includes(s));
    const added = await stampSessions(clinic, today, kept, existing.demo === true, holidays);
    await bulkPutRecords(db().sessions, 'sessions', added);
    return { clinic, sessionsAdded: added.length };
  });
}

/** Makes the window's missing sessions, then applies the closures to the window. Inside a transaction. */
async function topUpWithin(today: string, holidays: BankHolidays): Promise<{ added: number; changes: ClosureChanges }> {
  const all = await openRecords('clinics', Clinic, await db().clinics.toArray());
  let added = 0;
  for (const clinic of all) {
    if (!clinic.active) continue;
    const fresh = await stampSessions(clinic, today, await sessionsOfClinicFrom(clinic.id, today), clinic.demo === true, holidays);
    await bulkPutRecords(db().sessions, 'sessions', fresh);
    added += fresh.length;
  }
  return { added, changes: await applyClosures((await getSettings()).closures, today, holidays) };
}

/**
 * Tops every active clinic's sessions up to the end of the rolling window, and applies
 * the closure days to the window (closing a session made before its day became one). Run
 * when the app opens, so a forum that uses Signpost every week always has sessions to
 * book into.
 */
export async function topUpSessions(today: string): Promise<number> {
  requireSignedIn();
  const holidays = await loadBankHolidays();
  return db().transaction('rw', [db().clinics, ...closureTables()], async () => (await topUpWithin(today, holidays)).added);
}

/**
 * Saves the forum's closure days and applies them, in one transaction: sessions on a new
 * closure day are closed (their bookings listed for rebooking), and days no longer closed
 * get their sessions back.
 */
export async function saveClosures(input: ClosuresInput, today: string): Promise<ClosureChanges> {
  requirePermission('settings.write');
  const closures = parseInput('settings', Closures, input);
  const holidays = await loadBankHolidays();
  return db().transaction('rw', [db().clinics, ...closureTables()], async () => {
    await saveSettings({ closures });
    return (await topUpWithin(today, holidays)).changes;
  });
}
