/**
 * Clinics and their sessions. Sessions are made from the clinic's recurrence rule for a
 * rolling window (today + SESSION_WINDOW_WEEKS); saving a clinic writes the clinic and its
 * sessions in one transaction. A changed schedule replaces the future sessions that
 * nobody is booked into and that were not moved or cancelled by hand.
 */
import { missingSessions, sessionWindow } from '../../../shared/frontdesk/session-window';
import { Clinic, ClinicInput, Session } from '../../../shared/schemas';
import type { ClinicInput as ClinicInputType } from '../../../shared/schemas';
import { db } from '../../db/instance';
import { bulkPutRecords, newId, nowIso, openRecord, openRecords, parseForWrite, parseInput, putRecord } from '../record-store';
import { CommandRefusedError } from '../validation-error';

function stampSessions(clinic: Clinic, today: string, existing: Session[], demo: boolean): Session[] {
  const { from, to } = sessionWindow(today);
  const at = nowIso();
  return missingSessions(clinic, existing, from, to).map((draft) =>
    parseForWrite('sessions', Session, { ...draft, id: newId(), createdAt: at, updatedAt: at, ...(demo ? { demo: true } : {}) }),
  );
}

async function sessionsOfClinicFrom(clinicId: string, from: string): Promise<Session[]> {
  const stored = await db().sessions.where('[clinicId+date]').between([clinicId, from], [clinicId, '9999-12-31'], true, true).toArray();
  return openRecords('sessions', Session, stored);
}

export async function createClinic(raw: ClinicInputType, today: string): Promise<{ clinic: Clinic; sessionsAdded: number }> {
  const fields = parseInput('clinics', ClinicInput, raw);
  return db().transaction('rw', db().clinics, db().sessions, async () => {
    const at = nowIso();
    const clinic = parseForWrite('clinics', Clinic, { ...fields, id: newId(), createdAt: at, updatedAt: at });
    await putRecord(db().clinics, 'clinics', clinic);
    const added = stampSessions(clinic, today, [], false);
    await bulkPutRecords(db().sessions, 'sessions', added);
    return { clinic, sessionsAdded: added.length };
  });
}

export async function updateClinic(id: string, raw: ClinicInputType, today: string): Promise<{ clinic: Clinic; sessionsAdded: number }> {
  const fields = parseInput('clinics', ClinicInput, raw);
  return db().transaction('rw', db().clinics, db().sessions, db().appointments, async () => {
    const existing = openRecord('clinics', Clinic, await db().clinics.get(id));
    if (!existing) throw new CommandRefusedError('This clinic no longer exists.');
    const clinic = parseForWrite('clinics', Clinic, { ...existing, ...fields, updatedAt: nowIso() });
    await putRecord(db().clinics, 'clinics', clinic);

    // Future sessions untouched by hand and with nobody in them follow the new schedule.
    const future = await sessionsOfClinicFrom(id, today);
    const replaceable: Session[] = [];
    for (const session of future) {
      if (session.status !== 'scheduled' || session.originalDate) continue;
      if ((await db().appointments.where('sessionId').equals(session.id).count()) === 0) replaceable.push(session);
    }
    await db().sessions.bulkDelete(replaceable.map((s) => s.id));
    const kept = future.filter((s) => !replaceable.includes(s));
    const added = stampSessions(clinic, today, kept, existing.demo === true);
    await bulkPutRecords(db().sessions, 'sessions', added);
    return { clinic, sessionsAdded: added.length };
  });
}

/**
 * Tops every active clinic's sessions up to the end of the rolling window. Run when the
 * app opens, so a forum that uses Signpost every week always has sessions to book into.
 */
export async function topUpSessions(today: string): Promise<number> {
  return db().transaction('rw', db().clinics, db().sessions, async () => {
    const all = openRecords('clinics', Clinic, await db().clinics.toArray());
    let added = 0;
    for (const clinic of all) {
      if (!clinic.active) continue;
      const fresh = stampSessions(clinic, today, await sessionsOfClinicFrom(clinic.id, today), clinic.demo === true);
      await bulkPutRecords(db().sessions, 'sessions', fresh);
      added += fresh.length;
    }
    return added;
  });
}
