// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import {
  appointments,
  clients,
  clinics,
  CommandRefusedError,
  getSettings,
  saveSettings,
  sessions,
  ValidationError,
  volunteers,
} from '../../../../renderer/data';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import { freshDatabase, validClient, validClinic } from './fresh-database';
import { wordMessage } from '../../../../renderer/i18n';

let database: SignpostDatabase;
beforeEach(() => {
  database = freshDatabase();
});

describe('repositories', () => {
  it('creates, updates and lists clinics, sorted by name', async () => {
    const dropIn = await clinics.create(validClinic);
    await clinics.create({ ...validClinic, name: 'Advice appointments', kind: 'appointments' });
    expect(dropIn.id).toMatch(/[0-9a-f-]{36}/);
    const updated = await clinics.update(dropIn.id, { ...validClinic, venue: 'Church hall' });
    expect(updated.venue).toBe('Church hall');
    expect(updated.createdAt).toBe(dropIn.createdAt);
    expect((await clinics.list()).map((c) => c.name)).toEqual(['Advice appointments', 'Daily drop-in']);
    expect(await clinics.count()).toBe(2);
    await clinics.remove(dropIn.id);
    expect(await clinics.get(dropIn.id)).toBeUndefined();
  });

  it('refuses an invalid record with field messages and writes nothing', async () => {
    const refusal = await clinics.create({ ...validClinic, closeTime: '09:00' }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).problems.map((p) => ({ ...p, message: wordMessage(p.message) }))).toContainEqual({ path: 'closeTime', message: 'Closing time must be after opening time' });
    expect(await database.clinics.count()).toBe(0);
  });

  it('will not save a client without consent to keep their data', async () => {
    const withoutConsent = { ...validClient(), consents: { storage: { given: false, date: '2026-11-02', recordedBy: 'Claire' } } };
    await expect(clients.create(withoutConsent)).rejects.toBeInstanceOf(ValidationError);
    expect(await database.clients.count()).toBe(0);
  });

  it('numbers clients C-00001, C-00002… and keeps numbers after an update', async () => {
    const first = await clients.create(validClient('Amina Yusuf'));
    const second = await clients.create(validClient('Piotr Nowak'));
    const both = await Promise.all([clients.create(validClient('Олена Коваленко')), clients.create(validClient('Saba Haile'))]);
    expect([first.ref, second.ref]).toEqual(['C-00001', 'C-00002']);
    expect(both.map((c) => c.ref).sort()).toEqual(['C-00003', 'C-00004']);
    const edited = await clients.update(first.id, { ...validClient('Amina Yusuf Ali') });
    expect(edited.ref).toBe('C-00001');
  });

  it('books an appointment into a session, copying its clinic and date', async () => {
    const clinic = await clinics.create(validClinic);
    const session = await sessions.create({ clinicId: clinic.id, date: '2026-11-24', startTime: '10:00', endTime: '13:00', status: 'scheduled' });
    const client = await clients.create(validClient());
    const booked = await appointments.create({ sessionId: session.id, clientId: client.id, kind: 'booked', slotTime: '10:30' });
    expect(booked).toMatchObject({ clinicId: clinic.id, date: '2026-11-24', status: 'booked' });
    const walkIn = await appointments.create({ sessionId: session.id, clientId: client.id, kind: 'walk-in' });
    expect(walkIn.status).toBe('arrived');
    expect(walkIn.arrivedAt).toBeDefined();
    await expect(appointments.create({ sessionId: 'gone', clientId: client.id, kind: 'walk-in' })).rejects.toBeInstanceOf(CommandRefusedError);
    expect(await database.appointments.count()).toBe(2);
  });

  it('returns default settings until the forum saves its own', async () => {
    expect((await getSettings()).forumName).toBe('My forum');
    expect(await database.settings.count()).toBe(0);
    await saveSettings({ forumName: 'Southside Migrant Forum' });
    const saved = await getSettings();
    expect(saved.forumName).toBe('Southside Migrant Forum');
    expect(saved.disclosure).toEqual({ threshold: 10, rounding: 5 });
    await expect(saveSettings({ forumName: '   ' })).rejects.toBeInstanceOf(ValidationError);
    expect((await getSettings()).forumName).toBe('Southside Migrant Forum');
  });
});

describe('records read by key', () => {
  it('gives the records with those ids that exist, opened, and no others', async () => {
    const claire = await volunteers.create({ name: 'Claire Reid', roles: ['adviser'] });
    await volunteers.create({ name: 'Jon Reid', roles: ['front-desk'] });
    const found = await volunteers.withIds([claire.id, 'no-such-volunteer']);
    expect(found.map((v) => v.name)).toEqual(['Claire Reid']);
    expect(await volunteers.withIds([])).toEqual([]);
  });
});
