import { describe, expect, it } from 'vitest';
import {
  STATUS_TRANSITIONS,
  StatusChangeError,
  applyStatus,
  canTransition,
  closeForRebooking,
  reopenAppointment,
  reopenStatus,
} from '../../../../shared/frontdesk/appointment-status';
import type { Appointment } from '../../../../shared/schemas';
import { wordedThrow } from '../../support/worded-error';

const T0 = '2026-05-04T09:00:00.000Z';
const T1 = '2026-05-04T09:20:00.000Z';
const T2 = '2026-05-04T09:45:00.000Z';

function appointment(overrides: Partial<Appointment> = {}): Appointment {
  return {
    id: 'a1',
    createdAt: '2026-05-01T10:00:00.000Z',
    updatedAt: '2026-05-01T10:00:00.000Z',
    sessionId: 's1',
    clientId: 'c1',
    clinicId: 'k1',
    date: '2026-05-04',
    kind: 'booked',
    slotTime: '09:00',
    status: 'booked',
    ...overrides,
  };
}

describe('status transitions', () => {
  it('lists the allowed next statuses', () => {
    expect(STATUS_TRANSITIONS).toEqual({
      booked: ['arrived', 'did-not-attend', 'cancelled'],
      arrived: ['called', 'seen', 'left-without-being-seen', 'cancelled'],
      called: ['seen', 'left-without-being-seen', 'arrived'],
      seen: [],
      'did-not-attend': [],
      'left-without-being-seen': [],
      cancelled: [],
    });
  });

  it('allows and refuses the expected moves', () => {
    expect(canTransition('booked', 'arrived')).toBe(true);
    expect(canTransition('called', 'arrived')).toBe(true);
    expect(canTransition('arrived', 'cancelled')).toBe(true);
    expect(canTransition('booked', 'seen')).toBe(false);
    expect(canTransition('booked', 'called')).toBe(false);
    expect(canTransition('called', 'cancelled')).toBe(false);
    expect(canTransition('seen', 'arrived')).toBe(false);
    expect(canTransition('booked', 'booked')).toBe(false);
  });
});

describe('reopenStatus', () => {
  it.each([
    ['booked', 'seen', 'booked'],
    ['booked', 'did-not-attend', 'booked'],
    ['booked', 'cancelled', 'booked'],
    ['walk-in', 'left-without-being-seen', 'arrived'],
    ['walk-in', 'seen', 'arrived'],
    ['booked', 'booked', undefined],
    ['walk-in', 'arrived', undefined],
    ['booked', 'called', undefined],
  ] as const)('a %s appointment that is %s reopens to %s', (kind, status, expected) => {
    expect(reopenStatus({ kind, status })).toBe(expected);
  });
});

describe('applyStatus', () => {
  it('stamps arrival, call and seen times through a normal visit', () => {
    const arrived = applyStatus(appointment(), 'arrived', T0);
    expect(arrived).toMatchObject({ status: 'arrived', arrivedAt: T0 });
    const called = applyStatus(arrived, 'called', T1);
    expect(called).toMatchObject({ status: 'called', arrivedAt: T0, calledAt: T1 });
    const seen = applyStatus(called, 'seen', T2);
    expect(seen).toMatchObject({ status: 'seen', arrivedAt: T0, calledAt: T1, seenAt: T2 });
  });

  it('returns a new object and leaves the original alone', () => {
    const original = appointment();
    const next = applyStatus(original, 'arrived', T0);
    expect(next).not.toBe(original);
    expect(original.status).toBe('booked');
    expect(original.arrivedAt).toBeUndefined();
  });

  it('keeps the first arrival time when a called person goes back to the queue', () => {
    const called = appointment({ status: 'called', arrivedAt: T0, calledAt: T1 });
    const back = applyStatus(called, 'arrived', T2);
    expect(back.status).toBe('arrived');
    expect(back.arrivedAt).toBe(T0);
    expect(back.calledAt).toBeUndefined();
  });

  it('needs a reason to cancel, and keeps it trimmed', () => {
    expect(() => applyStatus(appointment(), 'cancelled', T0)).toThrow(StatusChangeError);
    expect(wordedThrow(() => applyStatus(appointment(), 'cancelled', T0))).toBe('Give a reason for cancelling');
    expect(wordedThrow(() => applyStatus(appointment(), 'cancelled', T0, '   '))).toBe('Give a reason for cancelling');
    const cancelled = applyStatus(appointment(), 'cancelled', T0, '  Client phoned  ');
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Client phoned' });
  });

  it('marks a no-show without stamping a time', () => {
    const dna = applyStatus(appointment(), 'did-not-attend', T0);
    expect(dna.status).toBe('did-not-attend');
    expect(dna.arrivedAt).toBeUndefined();
    expect(dna.seenAt).toBeUndefined();
  });

  it('refuses a move that is not allowed, in plain words', () => {
    expect(() => applyStatus(appointment(), 'seen', T0)).toThrow(StatusChangeError);
    expect(wordedThrow(() => applyStatus(appointment(), 'seen', T0))).toBe('This appointment cannot go from booked to seen.');
    expect(wordedThrow(() => applyStatus(appointment({ status: 'did-not-attend' }), 'called', T0))).toBe(
      'This appointment cannot go from did not attend to with an adviser.',
    );
  });

  it('reopens a finished appointment when asked for its reopen status', () => {
    const seen = appointment({ status: 'seen', arrivedAt: T0, calledAt: T1, seenAt: T2 });
    expect(applyStatus(seen, 'booked', T2)).toEqual(appointment());
  });
});

describe('reopenAppointment', () => {
  it('puts a cancelled booking back to booked and clears its stamps', () => {
    const cancelled = appointment({ status: 'cancelled', cancelReason: 'Ill', arrivedAt: T0 });
    const reopened = reopenAppointment(cancelled, T2);
    expect(reopened).toEqual(appointment());
    expect('cancelReason' in reopened).toBe(false);
  });

  it('puts a walk-in back in the queue, keeping when they arrived', () => {
    const walkIn = appointment({
      kind: 'walk-in',
      slotTime: undefined,
      status: 'left-without-being-seen',
      arrivedAt: T0,
      calledAt: T1,
    });
    const reopened = reopenAppointment(walkIn, T2);
    expect(reopened.status).toBe('arrived');
    expect(reopened.arrivedAt).toBe(T0);
    expect(reopened.calledAt).toBeUndefined();
    expect(reopened.seenAt).toBeUndefined();
  });

  it('refuses to reopen an appointment that is still open', () => {
    expect(() => reopenAppointment(appointment({ status: 'arrived' }), T0)).toThrow(StatusChangeError);
  });
});

describe('closeForRebooking', () => {
  it('keeps a missed visit as did not attend, pointing at the new booking', () => {
    const missed = appointment({ status: 'did-not-attend' });
    expect(closeForRebooking(missed, 'a2')).toEqual({ ...missed, rebookedAs: 'a2' });
  });

  it('keeps a left or cancelled outcome and its reason', () => {
    const left = appointment({ status: 'left-without-being-seen' });
    expect(closeForRebooking(left, 'a2')).toMatchObject({ status: 'left-without-being-seen', rebookedAs: 'a2' });
    const cancelled = appointment({ status: 'cancelled', cancelReason: 'Session cancelled: Adviser ill' });
    expect(closeForRebooking(cancelled, 'a2')).toMatchObject({ status: 'cancelled', cancelReason: 'Session cancelled: Adviser ill', rebookedAs: 'a2' });
  });

  it('moves a booking not yet due: cancelled as rebooked', () => {
    expect(closeForRebooking(appointment({ status: 'booked' }), 'a2')).toMatchObject({ status: 'cancelled', cancelReason: 'Rebooked', rebookedAs: 'a2' });
  });

  it('refuses someone who came, and an appointment already rebooked', () => {
    for (const status of ['arrived', 'called', 'seen'] as const) {
      expect(() => closeForRebooking(appointment({ status }), 'a2')).toThrow(StatusChangeError);
    }
    expect(wordedThrow(() => closeForRebooking(appointment({ status: 'did-not-attend', rebookedAs: 'a9' }), 'a2'))).toContain('already been rebooked');
  });
});
