/**
 * Appointment slots in a session, and whether a booking may be made. Pure: the caller
 * passes the current date and time and the appointments it has loaded.
 */
import type { Appointment, AppointmentStatus, ClinicData, Session } from '../schemas';
import { minutesOf, timeFromMinutes } from '../schedule/dates';
import { hasStarted, type LocalNow } from '../schedule/local-now';

/** 'HH:MM' slot starts from openTime, each ending by closeTime. */
export function slotTimes(openTime: string, closeTime: string, slotMinutes: number): string[] {
  if (!Number.isFinite(slotMinutes) || slotMinutes <= 0) return [];
  const close = minutesOf(closeTime);
  const times: string[] = [];
  for (let start = minutesOf(openTime); start + slotMinutes <= close; start += slotMinutes) {
    times.push(timeFromMinutes(start));
  }
  return times;
}

/** Statuses that hold a place in a slot. */
export const ACTIVE_STATUSES: readonly AppointmentStatus[] = ['booked', 'arrived', 'called', 'seen'];

export function isActive(status: AppointmentStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}

/** Booked places taken in one slot (walk-ins do not take a slot). */
export function placesTaken(appointments: Appointment[], slotTime: string): number {
  let count = 0;
  for (const a of appointments) {
    if (a.kind === 'booked' && a.slotTime === slotTime && isActive(a.status)) count += 1;
  }
  return count;
}

export type BookingRefusal = 'session-cancelled' | 'session-past' | 'slot-past' | 'not-a-slot' | 'slot-full' | 'overlap' | 'already-booked';

export const REFUSAL_MESSAGES: Record<BookingRefusal, string> = {
  'session-cancelled': 'This session has been cancelled. Choose another date.',
  'session-past': 'This session has already happened. Choose a date from today onwards.',
  'slot-past': 'That time has already gone. Choose a later time.',
  'not-a-slot': 'That is not one of the appointment times for this session. Choose a time from the list.',
  'slot-full': 'That slot is full. Choose another time.',
  overlap: 'This person already has an appointment at that time in another clinic.',
  'already-booked': 'This person already has an appointment in this session.',
};

type SessionForBooking = Pick<Session, 'status' | 'date' | 'startTime' | 'endTime'> & { id?: string };
type ClinicForBooking = Pick<ClinicData, 'openTime' | 'closeTime' | 'slotMinutes' | 'placesPerSlot'>;

export interface BookingCheck {
  session: SessionForBooking;
  clinic: ClinicForBooking;
  slotTime: string;
  /** The current local date and time: a slot that has started cannot be booked. */
  now: LocalNow;
  /** Every appointment in the session being booked. */
  sessionAppointments: Appointment[];
  /** The client's appointments on the session's date, in any clinic, with that clinic's slot length. */
  clientAppointmentsThatDay: Array<Pick<Appointment, 'id' | 'status' | 'slotTime' | 'sessionId'> & { slotMinutes: number }>;
  clientId: string;
  /** An appointment to leave out, when moving or rebooking it. */
  ignoreAppointmentId?: string;
}

export type BookingResult = { ok: true } | { ok: false; reason: BookingRefusal };

export function checkBooking(args: BookingCheck): BookingResult {
  const { session, clinic, slotTime, now, clientId, ignoreAppointmentId } = args;
  if (session.status === 'cancelled') return { ok: false, reason: 'session-cancelled' };
  if (session.date < now.date) return { ok: false, reason: 'session-past' };
  if (!slotTimes(session.startTime, session.endTime, clinic.slotMinutes).includes(slotTime)) {
    return { ok: false, reason: 'not-a-slot' };
  }
  if (hasStarted(session.date, slotTime, now)) return { ok: false, reason: 'slot-past' };

  const inSession = args.sessionAppointments.filter((a) => a.id !== ignoreAppointmentId);
  if (inSession.some((a) => a.clientId === clientId && isActive(a.status))) {
    return { ok: false, reason: 'already-booked' };
  }

  // Appointments known to be in this session: by the session's id when given, else by the
  // session ids and ids of the appointments passed for it.
  const thisSessionIds = new Set(args.sessionAppointments.map((a) => a.sessionId));
  if (session.id) thisSessionIds.add(session.id);
  const thisSessionAppointmentIds = new Set(args.sessionAppointments.map((a) => a.id));
  const start = minutesOf(slotTime);
  const end = start + clinic.slotMinutes;
  for (const other of args.clientAppointmentsThatDay) {
    if (other.id === ignoreAppointmentId || !isActive(other.status)) continue;
    if (thisSessionIds.has(other.sessionId) || thisSessionAppointmentIds.has(other.id)) {
      return { ok: false, reason: 'already-booked' };
    }
    // A walk-in has no time, so it cannot clash with a slot.
    if (!other.slotTime) continue;
    const otherStart = minutesOf(other.slotTime);
    const otherEnd = otherStart + other.slotMinutes;
    if (start < otherEnd && otherStart < end) return { ok: false, reason: 'overlap' };
  }

  if (placesTaken(inSession, slotTime) >= clinic.placesPerSlot) return { ok: false, reason: 'slot-full' };
  return { ok: true };
}

export interface SlotAvailability {
  time: string;
  taken: number;
  capacity: number;
  free: boolean;
}

/** Every slot in a session with how many places are taken and whether one is free. */
export function freeSlots(
  session: Pick<Session, 'startTime' | 'endTime'>,
  clinic: Pick<ClinicData, 'slotMinutes' | 'placesPerSlot'>,
  appointments: Appointment[],
): SlotAvailability[] {
  return slotTimes(session.startTime, session.endTime, clinic.slotMinutes).map((time) => {
    const taken = placesTaken(appointments, time);
    return { time, taken, capacity: clinic.placesPerSlot, free: taken < clinic.placesPerSlot };
  });
}

/** The slots someone can still be booked into: a place free, and not yet started by `now`. */
export function bookableSlots(
  session: Pick<Session, 'date' | 'startTime' | 'endTime'>,
  clinic: Pick<ClinicData, 'slotMinutes' | 'placesPerSlot'>,
  appointments: Appointment[],
  now: LocalNow,
): SlotAvailability[] {
  return freeSlots(session, clinic, appointments).filter((slot) => slot.free && !hasStarted(session.date, slot.time, now));
}
