// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addWalkIn,
  appointmentsInSession,
  bookAppointment,
  cancelSession,
  clients,
  CommandRefusedError,
  createClinic,
  moveSession,
  rebookAppointment,
  reopenAppointmentStatus,
  sessionsOfClinicBetween,
  setAppointmentStatus,
  topUpSessions,
  updateClinic,
  ValidationError,
} from '../../../../renderer/data';
import type { SignpostDatabase } from '../../../../renderer/db/database';
import { fixedClock, setClock } from '../../../../renderer/platform/clock';
import { openFromStorage } from '../../../../renderer/data/personal-fields';
import { freshDatabase, validClient, validClinic } from './fresh-database';
import { wordedRejection } from '../../support/worded-error';
import { wordMessage } from '../../../../renderer/i18n';

const TODAY = '2026-11-24'; // a Tuesday
/** Before the day's first slot, so every slot of TODAY is still ahead. */
const MORNING = { date: TODAY, time: '08:00' };
let database: SignpostDatabase;
beforeEach(() => {
  database = freshDatabase();
});

const appointmentsClinic = { ...validClinic, name: 'Benefits', kind: 'appointments' as const, startDate: TODAY, placesPerSlot: 1 };

async function setUp() {
  const { clinic, sessionsAdded } = await createClinic(appointmentsClinic, TODAY);
  const [first] = await sessionsOfClinicBetween(clinic.id, TODAY, TODAY);
  const amina = await clients.create(validClient('Amina Yusuf'));
  const piotr = await clients.create(validClient('Piotr Nowak'));
  return { clinic, sessionsAdded, session: first!, amina, piotr };
}

describe('clinic schedule', () => {
  it('creates the clinic and twelve weeks of weekday sessions in one go', async () => {
    const { sessionsAdded, session } = await setUp();
    // Today to today + 84 days inclusive, weekdays, less three bank holidays (25 and 28 December, 1 January).
    expect(sessionsAdded).toBe(12 * 5 + 1 - 3);
    expect(session).toMatchObject({ date: TODAY, startTime: '10:00', endTime: '13:00', status: 'scheduled' });
  });

  it('a changed schedule replaces only the future sessions nobody is booked into', async () => {
    const { clinic, session, amina } = await setUp();
    await bookAppointment({ sessionId: session.id, clientId: amina.id, slotTime: '10:00' }, MORNING);
    await updateClinic(clinic.id, { ...appointmentsClinic, rrule: 'FREQ=WEEKLY;BYDAY=WE' }, TODAY);
    const after = await sessionsOfClinicBetween(clinic.id, TODAY, '2026-12-31');
    expect(after[0]?.id).toBe(session.id); // kept: someone is booked into it
    expect(after.slice(1).every((s) => s.date >= TODAY && new Date(`${s.date}T00:00:00Z`).getUTCDay() === 3)).toBe(true);
  });

  it('topping up adds nothing twice', async () => {
    await setUp();
    const before = await database.sessions.count();
    expect(await topUpSessions(TODAY)).toBe(0);
    expect(await topUpSessions('2026-12-01')).toBe(5);
    expect(await database.sessions.count()).toBe(before + 5);
  });
});

describe('booking', () => {
  it('books a free slot and refuses a full one, an overlap and a past session, writing nothing', async () => {
    const { session, amina, piotr } = await setUp();
    await bookAppointment({ sessionId: session.id, clientId: amina.id, slotTime: '10:00' }, MORNING);
    const full = await bookAppointment({ sessionId: session.id, clientId: piotr.id, slotTime: '10:00' }, MORNING).catch((e: unknown) => e);
    expect(full).toBeInstanceOf(CommandRefusedError);
    expect(wordMessage((full as Error).message)).toBe('That slot is full. Choose another time.');

    const other = await createClinic({ ...appointmentsClinic, name: 'Housing' }, TODAY);
    const [housing] = await sessionsOfClinicBetween(other.clinic.id, TODAY, TODAY);
    const overlap = await bookAppointment({ sessionId: housing!.id, clientId: amina.id, slotTime: '10:00' }, MORNING).catch((e: unknown) => e);
    expect(wordMessage((overlap as Error).message)).toMatch(/already has an appointment at that time/);

    const past = await bookAppointment({ sessionId: session.id, clientId: piotr.id, slotTime: '11:00' }, { date: '2026-11-25', time: '08:00' }).catch((e: unknown) => e);
    expect(past).toBeInstanceOf(CommandRefusedError);
    expect(await database.appointments.count()).toBe(1);
  });

  it('refuses a slot that has already started by the clock, and books by the app clock when no time is given', async () => {
    const { session, amina, piotr } = await setUp();
    const late = await bookAppointment({ sessionId: session.id, clientId: amina.id, slotTime: '10:00' }, { date: TODAY, time: '10:05' }).catch((e: unknown) => e);
    expect(wordMessage((late as Error).message)).toBe('That time has already gone. Choose a later time.');
    const restore = setClock(fixedClock(`${TODAY}T10:40:00`));
    try {
      expect(await wordedRejection(bookAppointment({ sessionId: session.id, clientId: amina.id, slotTime: '10:30' }))).toContain('already gone');
      const booked = await bookAppointment({ sessionId: session.id, clientId: piotr.id, slotTime: '11:00' });
      expect(booked).toMatchObject({ slotTime: '11:00', createdAt: new Date(`${TODAY}T10:40:00`).toISOString() });
    } finally {
      restore();
    }
    expect(await database.appointments.count()).toBe(1);
  });

  it('two bookings racing for the last place: one wins, the other is refused', async () => {
    const { session, amina, piotr } = await setUp();
    const results = await Promise.allSettled([
      bookAppointment({ sessionId: session.id, clientId: amina.id, slotTime: '10:30' }, MORNING),
      bookAppointment({ sessionId: session.id, clientId: piotr.id, slotTime: '10:30' }, MORNING),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(await appointmentsInSession(session.id)).toHaveLength(1);
  });
});

describe('status and rebooking', () => {
  it('moves only along allowed steps and reopens a mistake', async () => {
    const { session, amina } = await setUp();
    const booked = await bookAppointment({ sessionId: session.id, clientId: amina.id, slotTime: '10:00' }, MORNING);
    await expect(setAppointmentStatus(booked.id, 'seen')).rejects.toThrow(CommandRefusedError);
    expect(await wordedRejection(setAppointmentStatus(booked.id, 'cancelled'))).toContain('Give a reason for cancelling');
    const arrived = await setAppointmentStatus(booked.id, 'arrived');
    expect(arrived.arrivedAt).toBeDefined();
    const seen = await setAppointmentStatus(booked.id, 'seen');
    expect(seen.status).toBe('seen');
    const reopened = await reopenAppointmentStatus(booked.id);
    expect(reopened).toMatchObject({ status: 'booked' });
    expect(reopened.seenAt).toBeUndefined();
  });

  it('rebooking a missed visit books the new one and keeps the old one as did not attend, linked both ways', async () => {
    const { clinic, session, amina } = await setUp();
    const missed = await bookAppointment({ sessionId: session.id, clientId: amina.id, slotTime: '10:00', purpose: 'PIP form' }, MORNING);
    await setAppointmentStatus(missed.id, 'did-not-attend');
    const [, next] = await sessionsOfClinicBetween(clinic.id, TODAY, '2026-12-31');
    const fresh = await rebookAppointment(missed.id, { sessionId: next!.id, slotTime: '11:00' }, MORNING);
    expect(fresh).toMatchObject({ status: 'booked', purpose: 'PIP form', date: next!.date, slotTime: '11:00', rebookedFrom: missed.id });
    const old = await database.appointments.get(missed.id);
    expect(old).toMatchObject({ status: 'did-not-attend', rebookedAs: fresh.id });
    expect(old?.cancelReason).toBeUndefined();
    expect(await wordedRejection(rebookAppointment(missed.id, { sessionId: next!.id, slotTime: '11:30' }, MORNING))).toContain('already been rebooked');
  });

  it('rebooking a booking not yet due moves it; someone who came cannot be rebooked', async () => {
    const { clinic, session, amina, piotr } = await setUp();
    const booked = await bookAppointment({ sessionId: session.id, clientId: amina.id, slotTime: '10:00' }, MORNING);
    const [, next] = await sessionsOfClinicBetween(clinic.id, TODAY, '2026-12-31');
    const moved = await rebookAppointment(booked.id, { sessionId: next!.id, slotTime: '10:00' }, MORNING);
    expect(await openFromStorage('appointments', (await database.appointments.get(booked.id))!)).toMatchObject({ status: 'cancelled', cancelReason: 'Rebooked', rebookedAs: moved.id });

    const came = await bookAppointment({ sessionId: session.id, clientId: piotr.id, slotTime: '10:30' }, MORNING);
    await setAppointmentStatus(came.id, 'arrived');
    expect(await wordedRejection(rebookAppointment(came.id, { sessionId: next!.id, slotTime: '11:00' }, MORNING))).toContain('nothing to rebook');
    expect(await database.appointments.count()).toBe(3);
  });

  it('rebooking refuses the slot just missed later the same day', async () => {
    const { session, amina } = await setUp();
    const missed = await bookAppointment({ sessionId: session.id, clientId: amina.id, slotTime: '10:00' }, MORNING);
    await setAppointmentStatus(missed.id, 'did-not-attend');
    const justMissed = rebookAppointment(missed.id, { sessionId: session.id, slotTime: '10:30' }, { date: TODAY, time: '10:31' });
    expect(await wordedRejection(justMissed)).toContain('already gone');
    const later = await rebookAppointment(missed.id, { sessionId: session.id, slotTime: '11:00' }, { date: TODAY, time: '10:31' });
    expect(later).toMatchObject({ slotTime: '11:00', status: 'booked' });
  });

  it('walk-ins join the queue arrived, once', async () => {
    const { clinic } = await createClinic({ ...validClinic, startDate: TODAY }, TODAY);
    const [dropIn] = await sessionsOfClinicBetween(clinic.id, TODAY, TODAY);
    const amina = await clients.create(validClient());
    const walkIn = await addWalkIn({ sessionId: dropIn!.id, clientId: amina.id }, MORNING);
    expect(walkIn).toMatchObject({ kind: 'walk-in', status: 'arrived' });
    expect(await wordedRejection(addWalkIn({ sessionId: dropIn!.id, clientId: amina.id }, MORNING))).toContain('already waiting');
  });

  it('nobody joins a queue on another day than its session’s', async () => {
    const { clinic } = await createClinic({ ...validClinic, startDate: TODAY }, TODAY);
    const [dropIn] = await sessionsOfClinicBetween(clinic.id, TODAY, TODAY);
    const amina = await clients.create(validClient());
    const nextDay = addWalkIn({ sessionId: dropIn!.id, clientId: amina.id }, { date: '2026-11-25', time: '09:00' });
    expect(await wordedRejection(nextDay)).toContain('not today');
    expect(await database.appointments.count()).toBe(0);
  });
});

describe('cancelling and moving a session', () => {
  it('cancelling needs a reason and cancels the bookings in it', async () => {
    const { session, amina, piotr } = await setUp();
    await bookAppointment({ sessionId: session.id, clientId: amina.id, slotTime: '10:00' }, MORNING);
    await bookAppointment({ sessionId: session.id, clientId: piotr.id, slotTime: '10:30' }, MORNING);
    await expect(cancelSession(session.id, '  ')).rejects.toThrow(ValidationError);
    expect(await cancelSession(session.id, 'Adviser ill')).toEqual({ bookingsCancelled: 2 });
    const inside = await appointmentsInSession(session.id);
    expect(inside.map((a) => [a.status, a.cancelReason])).toEqual([
      ['cancelled', 'Session cancelled: Adviser ill'],
      ['cancelled', 'Session cancelled: Adviser ill'],
    ]);
    await expect(bookAppointment({ sessionId: session.id, clientId: amina.id, slotTime: '11:00' }, MORNING)).rejects.toThrow(CommandRefusedError);
  });

  it('moving keeps the rule date, carries bookings along, and the schedule does not recreate it', async () => {
    const { session, amina } = await setUp();
    await bookAppointment({ sessionId: session.id, clientId: amina.id, slotTime: '10:30' }, MORNING);
    const moved = await moveSession(session.id, { date: '2026-11-28', startTime: '11:00', endTime: '14:00' }, TODAY);
    expect(moved).toMatchObject({ date: '2026-11-28', originalDate: TODAY });
    const [carried] = await appointmentsInSession(session.id);
    expect(carried).toMatchObject({ date: '2026-11-28', slotTime: '11:30' });
    expect(await topUpSessions(TODAY)).toBe(0);
    await expect(moveSession(session.id, { date: '2026-11-01', startTime: '11:00', endTime: '14:00' }, TODAY)).rejects.toThrow(ValidationError);
  });
});
