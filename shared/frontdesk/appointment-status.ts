/**
 * The life of an appointment at the front desk: booked → arrived → with an adviser → seen, with
 * the ways it can end early (did not attend, left without being seen, cancelled) and the
 * way a mistake is undone (reopen). Pure: no clock, no storage; the caller passes `at`.
 */
import { messageCode, selectValue } from '../messages/message-code';
import type { Appointment, AppointmentStatus } from '../schemas';

export const STATUS_TRANSITIONS: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  booked: ['arrived', 'did-not-attend', 'cancelled'],
  arrived: ['called', 'seen', 'left-without-being-seen', 'cancelled'],
  /** 'arrived' puts the person back in the queue. */
  called: ['seen', 'left-without-being-seen', 'arrived'],
  seen: [],
  'did-not-attend': [],
  'left-without-being-seen': [],
  cancelled: [],
};

export const FINAL_STATUSES: readonly AppointmentStatus[] = [
  'seen',
  'did-not-attend',
  'left-without-being-seen',
  'cancelled',
];

export class StatusChangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StatusChangeError';
  }
}

export function isFinalStatus(status: AppointmentStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

export function canTransition(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

/** The status a finished appointment goes back to when reopened; undefined if it is not finished. */
export function reopenStatus(appointment: Pick<Appointment, 'kind' | 'status'>): AppointmentStatus | undefined {
  if (!isFinalStatus(appointment.status)) return undefined;
  return appointment.kind === 'walk-in' ? 'arrived' : 'booked';
}

/**
 * Undoes a final status: a booking goes back to 'booked' (as if the person had not come
 * yet), a walk-in goes back to 'arrived' in the queue. Clears the stamps of what is undone.
 */
export function reopenAppointment(appointment: Appointment, at: string): Appointment {
  const status = reopenStatus(appointment);
  if (!status) {
    throw new StatusChangeError(messageCode('common:refusal.status.cannotReopen', { status: selectValue(appointment.status) }));
  }
  const next: Appointment = { ...appointment, status };
  delete next.cancelReason;
  delete next.seenAt;
  delete next.calledAt;
  if (status === 'booked') delete next.arrivedAt;
  else next.arrivedAt = appointment.arrivedAt ?? at;
  return next;
}

/** A new appointment with the status changed and the matching time stamp set. */
export function applyStatus(appointment: Appointment, to: AppointmentStatus, at: string, reason?: string): Appointment {
  const from = appointment.status;
  if (isFinalStatus(from) && to === reopenStatus(appointment)) return reopenAppointment(appointment, at);
  if (!canTransition(from, to)) {
    throw new StatusChangeError(messageCode('common:refusal.status.cannotMove', { from: selectValue(from), to: selectValue(to) }));
  }
  const next: Appointment = { ...appointment, status: to };
  switch (to) {
    case 'arrived':
      next.arrivedAt = appointment.arrivedAt ?? at;
      // Back in the queue after being called: the call no longer stands.
      delete next.calledAt;
      break;
    case 'called':
      next.calledAt = at;
      break;
    case 'seen':
      next.seenAt = at;
      break;
    case 'cancelled': {
      const text = reason?.trim();
      if (!text) throw new StatusChangeError(messageCode('common:validation.cancelReason'));
      next.cancelReason = text;
      break;
    }
    default:
      break;
  }
  return next;
}

/**
 * What rebooking does to the appointment being replaced. A booking not yet due is moved:
 * it is cancelled as "Rebooked". One that already has an outcome (did not attend, left,
 * cancelled) keeps it: the missed visit stays in the person's history and in the report.
 * Someone who came (arrived, with an adviser, seen) has nothing to rebook.
 */
export function closeForRebooking(appointment: Appointment, newId: string): Appointment {
  if (appointment.rebookedAs) throw new StatusChangeError(messageCode('common:refusal.alreadyRebooked'));
  switch (appointment.status) {
    case 'booked':
      return { ...appointment, status: 'cancelled', cancelReason: 'Rebooked', rebookedAs: newId };
    case 'did-not-attend':
    case 'left-without-being-seen':
    case 'cancelled':
      return { ...appointment, rebookedAs: newId };
    default:
      throw new StatusChangeError(messageCode('common:refusal.status.cameNothingToRebook', { status: selectValue(appointment.status) }));
  }
}
