import { describe, expect, it } from 'vitest';
import {
  ACTIVE_STATUSES,
  REFUSAL_MESSAGES,
  checkBooking,
  bookableSlots,
  freeSlots,
  placesTaken,
  slotTimes,
  type BookingCheck,
} from '../../../../shared/frontdesk/slots';
import type { Appointment } from '../../../../shared/schemas';

let counter = 0;
function appointment(overrides: Partial<Appointment> = {}): Appointment {
  counter += 1;
  return {
    id: `a${counter}`,
    createdAt: '2026-05-01T10:00:00.000Z',
    updatedAt: '2026-05-01T10:00:00.000Z',
    sessionId: 's1',
    clientId: `other${counter}`,
    clinicId: 'k1',
    date: '2026-05-04',
    kind: 'booked',
    slotTime: '10:00',
    status: 'booked',
    ...overrides,
  };
}

const clinic = { openTime: '10:00', closeTime: '12:00', slotMinutes: 30, placesPerSlot: 2 };
const session = { id: 's1', status: 'scheduled' as const, date: '2026-05-04', startTime: '10:00', endTime: '12:00' };

function check(overrides: Partial<BookingCheck> = {}) {
  return checkBooking({
    session,
    clinic,
    slotTime: '10:30',
    now: { date: '2026-05-01', time: '09:00' },
    sessionAppointments: [],
    clientAppointmentsThatDay: [],
    clientId: 'me',
    ...overrides,
  });
}

describe('slotTimes', () => {
  it('lists starts whose slot ends by closing time', () => {
    expect(slotTimes('10:00', '12:00', 30)).toEqual(['10:00', '10:30', '11:00', '11:30']);
    expect(slotTimes('09:30', '11:00', 40)).toEqual(['09:30', '10:10']);
    expect(slotTimes('13:00', '13:20', 30)).toEqual([]);
    expect(slotTimes('09:00', '10:00', 60)).toEqual(['09:00']);
  });
});

describe('placesTaken', () => {
  it('counts active bookings in the slot only', () => {
    const list = [
      appointment({ slotTime: '10:00', status: 'booked' }),
      appointment({ slotTime: '10:00', status: 'seen' }),
      appointment({ slotTime: '10:00', status: 'cancelled' }),
      appointment({ slotTime: '10:00', status: 'did-not-attend' }),
      appointment({ slotTime: '10:00', status: 'left-without-being-seen' }),
      appointment({ slotTime: '10:30', status: 'arrived' }),
      appointment({ kind: 'walk-in', slotTime: undefined, status: 'arrived' }),
    ];
    expect(placesTaken(list, '10:00')).toBe(2);
    expect(placesTaken(list, '10:30')).toBe(1);
    expect(placesTaken(list, '11:00')).toBe(0);
  });

  it('treats booked, arrived, called and seen as holding a place', () => {
    expect([...ACTIVE_STATUSES].sort()).toEqual(['arrived', 'booked', 'called', 'seen']);
  });
});

describe('checkBooking', () => {
  it('accepts a free slot', () => {
    expect(check()).toEqual({ ok: true });
  });

  it('refuses a cancelled session', () => {
    expect(check({ session: { ...session, status: 'cancelled' } })).toEqual({ ok: false, reason: 'session-cancelled' });
  });

  it('refuses a session in the past but allows today', () => {
    expect(check({ now: { date: '2026-05-05', time: '08:00' } })).toEqual({ ok: false, reason: 'session-past' });
    expect(check({ now: { date: '2026-05-04', time: '08:00' } })).toEqual({ ok: true });
  });

  it('refuses a slot that has started today, even by a minute, but not one starting this minute', () => {
    expect(check({ now: { date: '2026-05-04', time: '10:31' } })).toEqual({ ok: false, reason: 'slot-past' });
    expect(check({ now: { date: '2026-05-04', time: '10:30' } })).toEqual({ ok: true });
    expect(check({ now: { date: '2026-05-04', time: '23:50' }, slotTime: '11:30' })).toEqual({ ok: false, reason: 'slot-past' });
    // The same time on a later day is still ahead.
    expect(check({ now: { date: '2026-05-03', time: '23:50' } })).toEqual({ ok: true });
    expect(REFUSAL_MESSAGES['slot-past']).toBe('That time has already gone. Choose a later time.');
  });

  it('refuses a time that is not a slot', () => {
    expect(check({ slotTime: '10:15' })).toEqual({ ok: false, reason: 'not-a-slot' });
    expect(check({ slotTime: '12:00' })).toEqual({ ok: false, reason: 'not-a-slot' });
  });

  it('uses the session’s own times when it was moved', () => {
    const moved = { ...session, startTime: '14:00', endTime: '15:00' };
    expect(check({ session: moved, slotTime: '10:30' })).toEqual({ ok: false, reason: 'not-a-slot' });
    expect(check({ session: moved, slotTime: '14:30' })).toEqual({ ok: true });
  });

  it('refuses a full slot, counting only places still held', () => {
    const full = [appointment({ slotTime: '10:30' }), appointment({ slotTime: '10:30', status: 'arrived' })];
    expect(check({ sessionAppointments: full })).toEqual({ ok: false, reason: 'slot-full' });
    const freed = [appointment({ slotTime: '10:30' }), appointment({ slotTime: '10:30', status: 'cancelled' })];
    expect(check({ sessionAppointments: freed })).toEqual({ ok: true });
  });

  it('refuses a second appointment for the same person in the session', () => {
    const mine = appointment({ clientId: 'me', slotTime: '11:30' });
    expect(check({ sessionAppointments: [mine] })).toEqual({ ok: false, reason: 'already-booked' });
    const walkIn = appointment({ clientId: 'me', kind: 'walk-in', slotTime: undefined, status: 'arrived' });
    expect(check({ sessionAppointments: [walkIn] })).toEqual({ ok: false, reason: 'already-booked' });
    const cancelled = appointment({ clientId: 'me', slotTime: '11:30', status: 'cancelled' });
    expect(check({ sessionAppointments: [cancelled] })).toEqual({ ok: true });
  });

  it('lets a booking move within its session when it is ignored', () => {
    const mine = appointment({ clientId: 'me', slotTime: '10:30' });
    const other = appointment({ slotTime: '10:30' });
    expect(
      check({
        sessionAppointments: [mine, other],
        clientAppointmentsThatDay: [{ ...mine, slotMinutes: 30 }],
        ignoreAppointmentId: mine.id,
      }),
    ).toEqual({ ok: true });
  });

  it('refuses an overlapping appointment in another clinic the same day', () => {
    const elsewhere = { id: 'x1', sessionId: 's2', status: 'booked' as const, slotTime: '10:00', slotMinutes: 45 };
    expect(check({ clientAppointmentsThatDay: [elsewhere] })).toEqual({ ok: false, reason: 'overlap' });
    // 10:00 + 30 minutes ends exactly when 10:30 starts: no overlap.
    expect(check({ clientAppointmentsThatDay: [{ ...elsewhere, slotMinutes: 30 }] })).toEqual({ ok: true });
    // Starting exactly when this slot ends: no overlap.
    expect(check({ clientAppointmentsThatDay: [{ ...elsewhere, slotTime: '11:00' }] })).toEqual({ ok: true });
    expect(check({ clientAppointmentsThatDay: [{ ...elsewhere, slotTime: '10:59' }] })).toEqual({ ok: false, reason: 'overlap' });
  });

  it('ignores inactive, walk-in and ignored appointments elsewhere when checking overlap', () => {
    const base = { id: 'x1', sessionId: 's2', slotTime: '10:30', slotMinutes: 30 };
    expect(check({ clientAppointmentsThatDay: [{ ...base, status: 'cancelled' }] })).toEqual({ ok: true });
    expect(check({ clientAppointmentsThatDay: [{ ...base, status: 'did-not-attend' }] })).toEqual({ ok: true });
    expect(check({ clientAppointmentsThatDay: [{ ...base, status: 'arrived', slotTime: undefined }] })).toEqual({ ok: true });
    expect(check({ clientAppointmentsThatDay: [{ ...base, status: 'booked' }], ignoreAppointmentId: 'x1' })).toEqual({ ok: true });
  });

  it('has a plain message for every refusal', () => {
    expect(REFUSAL_MESSAGES['slot-full']).toBe('That slot is full. Choose another time.');
    expect(REFUSAL_MESSAGES.overlap).toBe('This person already has an appointment at that time in another clinic.');
    expect(Object.keys(REFUSAL_MESSAGES).sort()).toEqual(
      ['already-booked', 'not-a-slot', 'overlap', 'session-cancelled', 'session-past', 'slot-full', 'slot-past'],
    );
  });
});

describe('freeSlots', () => {
  it('shows taken places and capacity for each slot', () => {
    const list = [
      appointment({ slotTime: '10:00' }),
      appointment({ slotTime: '10:00', status: 'seen' }),
      appointment({ slotTime: '11:00', status: 'called' }),
      appointment({ slotTime: '11:30', status: 'cancelled' }),
    ];
    expect(freeSlots(session, clinic, list)).toEqual([
      { time: '10:00', taken: 2, capacity: 2, free: false },
      { time: '10:30', taken: 0, capacity: 2, free: true },
      { time: '11:00', taken: 1, capacity: 2, free: true },
      { time: '11:30', taken: 0, capacity: 2, free: true },
    ]);
  });
});

describe('bookableSlots', () => {
  it('offers only free slots that have not started, so the slot just missed is not offered', () => {
    const taken = [appointment({ slotTime: '11:00' }), appointment({ slotTime: '11:00' })];
    const at = (time: string) => bookableSlots(session, clinic, taken, { date: '2026-05-04', time }).map((s) => s.time);
    expect(at('09:00')).toEqual(['10:00', '10:30', '11:30']);
    expect(at('10:05')).toEqual(['10:30', '11:30']);
    expect(at('11:31')).toEqual([]);
    expect(bookableSlots(session, clinic, taken, { date: '2026-05-05', time: '09:00' })).toEqual([]);
  });
});
